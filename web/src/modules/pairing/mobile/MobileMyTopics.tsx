import { Card, Result, Tag } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { rText as m } from '../research/messages.js';
import { myResearchApi, researchKey, type Side } from '../research/research.api.js';
import { fmtDay } from '../usePairing.js';

/** The phone home of each side: the cadre's /m/pairing, the entrepreneur's /m/entrepreneur. */
export const sideHome = (side: Side) => (side === 'cadre' ? '/m/pairing' : '/m/entrepreneur');

/** 我的课题: the research topics the cadre or the entrepreneur takes (or took) part in. */
export default function MobileMyTopics({ side }: { side: Side }) {
  const { t } = useI18n();
  const list = useQuery({ queryKey: [...researchKey, 'mine', side], queryFn: () => myResearchApi(side).topics() });
  const home = sideHome(side);
  return (
    <>
      <MobileBar title={t(m.myTopics)} back={home} />
      <div className="vg-m-page" data-testid="m-my-topics">
        {list.isLoading ? (
          <Loading />
        ) : list.error ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={errorText(list.error)} />
          </Card>
        ) : list.data?.items.length ? (
          list.data.items.map((x) => (
            <Link key={x.id} to={`${home}/research/${x.id}`} data-testid={`m-topic-${x.id}`}>
              <Card size="small" variant="borderless">
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <strong style={{ fontSize: 15, color: '#222' }}>{x.title}</strong>
                  <RightOutlined style={{ color: '#bbb' }} />
                </div>
                <div style={{ marginTop: 4 }}>
                  <Tag color={x.status === 'active' ? 'green' : 'default'}>{t(m.topicStatus[x.status])}</Tag>
                  <Tag>{x.fieldName}</Tag>
                  {x.myRole === 'lead' && !x.myLeftAt && <Tag color="gold">{t(m.iAmLead)}</Tag>}
                  {x.myLeftAt && <Tag>{t(m.left)}</Tag>}
                </div>
                <div style={{ color: '#888', fontSize: 12, marginTop: 4 }}>
                  {x.orgName} · {t(m.startedOn)} {fmtDay(x.startedOn)}
                </div>
                <div style={{ color: '#888', fontSize: 12 }}>
                  {t(m.groupCount, { c: x.cadreCount, e: x.entrepreneurCount })} · {t(m.outputsCount, { n: x.outputCount, p: x.publishedCount })}
                </div>
              </Card>
            </Link>
          ))
        ) : (
          <Card variant="borderless">
            <EmptyState description={t(m.noMyTopics)} />
          </Card>
        )}
      </div>
    </>
  );
}
