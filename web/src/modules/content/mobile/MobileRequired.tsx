import { Progress, Result, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { Panel } from '../../../kernel/Panel.js';
import { MobileBar } from '../../me/MobileBar.js';
import { cText as m } from '../messages.js';
import { contentKey } from '../useWorkflow.js';
import { categoryColor, contentCategoryLabels } from '../categories.js';

/** 我的必读: what my organisation requires me to read (warning cases above all), unfinished first, with the deadline. */
export default function MobileRequired() {
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const { data, isLoading, error } = useQuery({ queryKey: [...contentKey, 'required', 'mine'], queryFn: () => unwrap(client.GET('/api/v1/me/required-reading')), meta: { silent: true } });
  const due = (v: string) => new Date(new Date(v).getTime() - 1).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' });
  return (
    <>
      <MobileBar title={t(m.myRequired)} />
      <div className="vg-m-page">
        {isLoading ? (
          <Loading />
        ) : error || !data ? (
          <Result status="warning" subTitle={errorText(error)} />
        ) : (
          <Panel title={t(m.requiredDone, { done: data.completed, total: data.total })} data-testid="required-summary">
            {data.total > 0 && <Progress percent={Math.round((data.completed / data.total) * 100)} size="small" />}
            {data.items.length === 0 && <EmptyState description={t(m.noFeed)} />}
            {data.items.map((i) => (
              <div key={i.id} onClick={() => nav(`/m/reading/${i.id}`)} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0', cursor: 'pointer' }} data-testid={`required-${i.id}`}>
                <div style={{ fontSize: 15, marginBottom: 4 }}>{i.title}</div>
                <div style={{ display: 'flex', gap: 6, alignItems: 'center', fontSize: 12, color: '#888', flexWrap: 'wrap' }}>
                  {i.category && <Tag color={categoryColor[i.category]} style={{ margin: 0 }}>{contentCategoryLabels[i.category][lang]}</Tag>}
                  {i.myProgress?.completed ? <Tag color="green" style={{ margin: 0 }}>{t(m.done)}</Tag> : i.requiredBy && <span>{t(m.requiredBy, { d: due(i.requiredBy) })}</span>}
                </div>
              </div>
            ))}
          </Panel>
        )}
      </div>
    </>
  );
}
