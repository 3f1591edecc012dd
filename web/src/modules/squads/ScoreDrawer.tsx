import { Descriptions, Drawer, Result, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { errorText } from '../../kernel/feedback.js';
import { useI18n, type Text } from '../../kernel/i18n.js';
import { Loading } from '../../kernel/Loading.js';
import { sqText as m } from './messages.js';
import { fmtScore, squadsApi, squadsKey } from './squads.api.js';

/** What the server keeps behind each score (scoring/inputs.ts SquadInputs), read for the drill-down. */
interface Inputs {
  learning?: { averages: Record<string, number>; members: Array<Record<string, number>> };
  skill?: { averages: Record<string, number>; members: Array<Record<string, number>> };
  innovation?: { accepted: number; memberCount: number; perMember: number };
  duty?: { tasks: Array<{ id: number; difficulty: number; onTime: boolean; points: number }>; milestones: unknown[]; points: number; memberCount: number; perMember: number };
  performance?: { criteria: Array<{ id: number; name: string; weight: number; mean: number | null; raters: number }>; score: number };
}

const metricText = (k: string): Text => (m as Record<string, Text>)[`metric_${k}`] ?? { zh: k, en: k };

/** 下钻: a squad's five scores in a period and the member figures, tasks, innovations and ratings behind them. */
export function ScoreDrawer({ periodId, squadId, name, onClose }: { periodId: number; squadId: number; name: string; onClose: () => void }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: [...squadsKey, 'drill', periodId, squadId], queryFn: () => squadsApi.squadScore(periodId, squadId) });
  const d = q.data;
  const inputs = (d?.inputs ?? {}) as Inputs;
  const names = new Map((d?.members ?? []).map((p) => [p.personId, p.name]));
  const memberTable = (part: 'learning' | 'skill') => {
    const x = inputs[part];
    if (!x) return null;
    const keys = Object.keys(x.averages);
    return (
      <Table<Record<string, number>>
        size="small"
        rowKey="personId"
        pagination={false}
        dataSource={x.members}
        scroll={{ x: 520 }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t(m.memberAverage)}</Table.Summary.Cell>
            {keys.map((k, i) => (
              <Table.Summary.Cell key={k} index={i + 1}>
                <strong>{x.averages[k]}</strong>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
        columns={[{ title: t(m.person), dataIndex: 'personId', render: (id: number) => names.get(id) ?? `#${id}` }, ...keys.map((k) => ({ title: t(metricText(k)), dataIndex: k }))]}
      />
    );
  };
  return (
    <Drawer open size={720} onClose={onClose} title={t(m.drillOf, { name })} data-testid="score-drill">
      {q.isLoading ? (
        <Loading />
      ) : q.error || !d ? (
        <Result status="warning" subTitle={errorText(q.error)} />
      ) : (
        <>
          <Descriptions size="small" bordered column={3} style={{ marginBottom: 16 }} title={<>{d.period.label} <Tag>{t(d.live ? m.live : m.frozen)}</Tag></>}>
            <Descriptions.Item label={t(m.learning)}>{fmtScore(d.line.learning)}</Descriptions.Item>
            <Descriptions.Item label={t(m.skill)}>{fmtScore(d.line.skill)}</Descriptions.Item>
            <Descriptions.Item label={t(m.innovation)}>{fmtScore(d.line.innovation)}</Descriptions.Item>
            <Descriptions.Item label={t(m.duty)}>{fmtScore(d.line.duty)}</Descriptions.Item>
            <Descriptions.Item label={t(m.performance)}>{fmtScore(d.line.performance)}</Descriptions.Item>
            <Descriptions.Item label={t(m.total)}>
              <strong>{fmtScore(d.line.total)}</strong> · {t(m.rank)} {d.line.rank}
            </Descriptions.Item>
          </Descriptions>
          <h4>{t(m.learning)}</h4>
          {memberTable('learning')}
          <h4 style={{ marginTop: 16 }}>{t(m.skill)}</h4>
          {memberTable('skill')}
          {inputs.innovation && (
            <Descriptions size="small" column={3} style={{ marginTop: 16 }} title={t(m.innovation)}>
              <Descriptions.Item label={t(m.innovationAccepted)}>{inputs.innovation.accepted}</Descriptions.Item>
              <Descriptions.Item label={t(m.memberCount)}>{inputs.innovation.memberCount}</Descriptions.Item>
              <Descriptions.Item label={t(m.perMember)}>{inputs.innovation.perMember}</Descriptions.Item>
            </Descriptions>
          )}
          {inputs.duty && (
            <>
              <Descriptions size="small" column={3} style={{ marginTop: 16 }} title={t(m.duty)}>
                <Descriptions.Item label={t(m.points)}>{inputs.duty.points}</Descriptions.Item>
                <Descriptions.Item label={t(m.milestones)}>{inputs.duty.milestones.length}</Descriptions.Item>
                <Descriptions.Item label={t(m.perMember)}>{inputs.duty.perMember}</Descriptions.Item>
              </Descriptions>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={inputs.duty.tasks}
                columns={[
                  { title: t(m.taskTitle), dataIndex: 'id', render: (id: number) => t(m.taskNo, { id }) },
                  { title: t(m.difficulty), dataIndex: 'difficulty' },
                  { title: t(m.onTime), dataIndex: 'onTime', render: (v: boolean) => <Tag color={v ? 'green' : 'orange'}>{t(v ? m.onTime : m.late)}</Tag> },
                  { title: t(m.points), dataIndex: 'points' },
                ]}
              />
            </>
          )}
          {inputs.performance && (
            <>
              <h4 style={{ marginTop: 16 }}>{t(m.performance)}</h4>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={inputs.performance.criteria}
                columns={[
                  { title: t(m.criterion), dataIndex: 'name' },
                  { title: t(m.weights), dataIndex: 'weight' },
                  { title: t(m.mean), dataIndex: 'mean', render: (v: number | null) => fmtScore(v) },
                  { title: t(m.raters), dataIndex: 'raters' },
                ]}
              />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
