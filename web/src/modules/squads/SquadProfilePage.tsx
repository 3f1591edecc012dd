import { lazy, Suspense, useState } from 'react';
import { Button, Card, Col, Descriptions, Result, Row, Space, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../kernel/auth.js';
import { errorText } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { EmptyState, Loading, PageContainer } from '../../kernel/ui.js';
import { InnovationsPanel } from './InnovationsPanel.js';
import { MembersPanel } from './MembersPanel.js';
import { sqText as m, squadStatusColor } from './messages.js';
import { ScoreTable } from './ScoreTable.js';
import { SquadEndActions } from './SquadActions.js';
import { squadsApi, squadsKey } from './squads.api.js';
import { TaskFormDialog } from './TaskFormDialog.js';
import { TasksBoard } from './TasksBoard.js';

// The chart library loads with the charts only.
const SquadRadar = lazy(() => import('./charts/SquadCharts.js').then((c) => ({ default: c.SquadRadar })));
const RankHistory = lazy(() => import('./charts/SquadCharts.js').then((c) => ({ default: c.RankHistory })));

/** 尖刀班档案: the squad, its members with history, tasks board, innovations, the five dimensions and rank history. */
export default function SquadProfilePage() {
  const id = Number(useParams().id);
  const { t } = useI18n();
  const { can } = useAuth();
  const [tab, setTab] = useState('tasks');
  const [newTask, setNewTask] = useState(false);
  const key = [...squadsKey, 'squad', id];
  const profile = useQuery({ queryKey: key, queryFn: () => squadsApi.get(id) });
  const tasks = useQuery({ queryKey: [...key, 'tasks'], queryFn: () => squadsApi.tasks(id) });
  const innovations = useQuery({ queryKey: [...key, 'innovations'], queryFn: () => squadsApi.innovations(id), enabled: tab === 'innovations' });
  const scores = useQuery({ queryKey: [...key, 'scores'], queryFn: () => squadsApi.history(id), enabled: tab === 'scores' });
  if (profile.isLoading) return <Loading />;
  if (profile.error || !profile.data) return <Result status="warning" subTitle={errorText(profile.error)} extra={<Link to="/squads">{t(m.squads)}</Link>} />;
  const p = profile.data;
  const s = p.squad;
  const canWrite = p.canWrite && can('squads.write');
  const active = s.status === 'active';
  const history = scores.data?.items ?? [];

  return (
    <PageContainer
      title={s.name}
      subTitle={
        <Space>
          <Tag color={squadStatusColor[s.status]}>{t(m[s.status])}</Tag>
          {s.orgName} · {s.field}
          {p.mergedInto && <Link to={`/squads/${p.mergedInto.id}`}>{t(m.mergedInto, { name: p.mergedInto.name })}</Link>}
        </Space>
      }
      extra={
        canWrite &&
        active && (
          <Space>
            <SquadEndActions squad={s} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setNewTask(true)} data-testid="task-new">
              {t(m.newTask)}
            </Button>
          </Space>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }} data-testid="squad-profile">
        <Descriptions.Item label={t(m.leader)}>{s.leaderName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t(m.memberCount)}>{s.memberCount}</Descriptions.Item>
        <Descriptions.Item label={t(m.startedOn)}>{s.startedOn}{s.endedOn ? ` ~ ${s.endedOn}` : ''}</Descriptions.Item>
        <Descriptions.Item label={t(m.mission)} span={3}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{s.mission || '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'tasks', label: t(m.tasks), children: tasks.isLoading ? <Loading /> : <TasksBoard tasks={tasks.data?.items ?? []} canWrite={canWrite} /> },
          { key: 'members', label: t(m.members), children: <MembersPanel profile={p} canWrite={canWrite && active} /> },
          { key: 'innovations', label: t(m.innovations), children: <InnovationsPanel items={innovations.data?.items ?? []} loading={innovations.isLoading} canWrite={canWrite} /> },
          {
            key: 'scores',
            label: `${t(m.radar)} · ${t(m.rankHistory)}`,
            children: scores.isLoading ? (
              <Loading />
            ) : history.length === 0 ? (
              <EmptyState description={t(m.noClosed)} />
            ) : (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Row gutter={12}>
                  <Col xs={24} lg={12}>
                    <Card size="small" title={t(m.radar)}>
                      <Suspense fallback={<Loading />}>
                        <SquadRadar scores={history} />
                      </Suspense>
                    </Card>
                  </Col>
                  <Col xs={24} lg={12}>
                    <Card size="small" title={t(m.rankHistory)}>
                      <Suspense fallback={<Loading />}>
                        <RankHistory scores={history} />
                      </Suspense>
                    </Card>
                  </Col>
                </Row>
                <ScoreTable history={history} />
              </Space>
            ),
          },
        ]}
      />
      {newTask && <TaskFormDialog squadId={id} members={p.members} onClose={() => setNewTask(false)} />}
    </PageContainer>
  );
}
