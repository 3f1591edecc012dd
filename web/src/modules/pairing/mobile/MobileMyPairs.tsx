import { Button, Card, Result, Space } from 'antd';
import { EditOutlined, ExperimentOutlined, FormOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { pText as m } from '../messages.js';
import { pairingApi, pairingKey } from '../pairing.api.js';
import { fmtDay, fmtTime, namesOf, usePairingOptions } from '../usePairing.js';

/** 我的企业家: the cadre's active pairs, each with the way to log a contact or raise a concern for them. */
export default function MobileMyPairs() {
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const sectors = namesOf(usePairingOptions().data, 'sectors');
  const pairs = useQuery({ queryKey: [...pairingKey, 'my-pairs'], queryFn: pairingApi.myPairs });
  return (
    <>
      <MobileBar title={t(m.myPairs)} extra={<Link to="/m/pairing/followed" style={{ color: '#fff', fontSize: 13 }}>{t(m.followed)}</Link>} />
      <div className="vg-m-page" data-testid="m-my-pairs">
        <Link to="/m/pairing/research" data-testid="m-my-topics-link">
          <Button block icon={<ExperimentOutlined />}>
            {t(m.myTopics)}
          </Button>
        </Link>
        {pairs.isLoading ? (
          <Loading />
        ) : pairs.error ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={errorText(pairs.error)} />
          </Card>
        ) : pairs.data?.items.length ? (
          pairs.data.items.map((p) => (
            <Card key={p.id} size="small" variant="borderless" data-testid={`m-pair-${p.id}`}>
              <strong style={{ fontSize: 16 }}>{p.entrepreneurName}</strong>
              <div>{p.company}</div>
              <div style={{ color: '#888', fontSize: 12 }}>
                {sectors[p.sector] ?? p.sector} · {t(m.startedAt)} {fmtDay(p.startedAt)}
              </div>
              <div style={{ color: '#888', fontSize: 12 }}>
                {t(m.contactCount)} {p.contactCount} · {t(m.lastContact)} {fmtTime(p.lastContactAt, lang)}
              </div>
              <Space style={{ marginTop: 8, width: '100%' }} styles={{ item: { flex: 1 } }}>
                <Button block type="primary" icon={<EditOutlined />} onClick={() => nav(`/m/pairing/pairs/${p.id}/contact`)} data-testid={`m-log-${p.id}`}>
                  {t(m.logContact)}
                </Button>
                <Button block icon={<FormOutlined />} onClick={() => nav(`/m/pairing/pairs/${p.id}/concern`)} data-testid={`m-raise-${p.id}`}>
                  {t(m.raiseFor)}
                </Button>
              </Space>
            </Card>
          ))
        ) : (
          <Card variant="borderless">
            <EmptyState description={t(m.noMyPairs)} />
          </Card>
        )}
      </div>
    </>
  );
}
