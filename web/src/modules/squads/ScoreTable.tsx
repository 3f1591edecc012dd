import { Table, Tag } from 'antd';
import { useI18n } from '../../kernel/i18n.js';
import { dimensionKeys, sqText as m } from './messages.js';
import { Movement } from './Movement.js';
import { fmtScore, type SquadPeriodScore } from './squads.api.js';

/** A squad's frozen scores, period by period (latest first). */
export function ScoreTable({ history }: { history: SquadPeriodScore[] }) {
  const { t } = useI18n();
  return (
    <Table<SquadPeriodScore>
      rowKey="periodId"
      size="small"
      pagination={false}
      dataSource={[...history].reverse()}
      scroll={{ x: 760 }}
      columns={[
        { title: t(m.period), key: 'period', render: (_, s) => s.label },
        ...dimensionKeys.map((k) => ({ title: t(m[k]), dataIndex: k, width: 80, render: (v: number | null) => fmtScore(v) })),
        { title: t(m.total), dataIndex: 'total', width: 80, render: (v: number | null) => <strong>{fmtScore(v)}</strong> },
        { title: t(m.rank), dataIndex: 'rank', width: 70 },
        { title: t(m.movement), dataIndex: 'movement', width: 80, render: (v: number | null) => <Movement value={v} /> },
        { title: t(m.badge), dataIndex: 'badge', width: 70, render: (b: boolean) => (b ? <Tag color="red">{t(m.badge)}</Tag> : null) },
      ]}
    />
  );
}
