import { useState } from 'react';
import { Descriptions, Drawer, List, Progress, Table, Tag, type TableProps } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { Loading } from '../../kernel/Loading.js';
import { bText as m } from './messages.js';
import { basesApi, basesKey, type Project, type ProjectQuery, type ProjectSummary } from './bases.api.js';

/** 党建“第一粒扣子”: the projects of the caller's subtree; a project's plan and its cohort's progress in a drawer. */
export default function ProjectsPage() {
  const { t } = useI18n();
  const [open, setOpen] = useState<number | null>(null);
  const columns: TableProps<ProjectSummary>['columns'] = [
    { title: t(m.name), dataIndex: 'name', render: (v: string, p) => <a onClick={() => setOpen(p.id)}>{v}</a> },
    { title: t(m.owner), dataIndex: 'orgName', width: 180, ellipsis: true },
    { title: t(m.period), key: 'period', width: 200, render: (_: unknown, p) => `${p.startsOn} ~ ${p.endsOn ?? ''}` },
    { title: t(m.members), dataIndex: 'memberCount', width: 80 },
    { title: t(m.milestones), dataIndex: 'milestoneCount', width: 90 },
    { title: t(m.progress), dataIndex: 'progress', width: 160, render: (v: number) => <Progress percent={v} size="small" /> },
  ];
  return (
    <ListPage<ProjectSummary, ProjectQuery>
      title={t(m.projects)}
      queryKey={[...basesKey, 'projects']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q })}
      fetch={basesApi.projects}
      columns={columns}
      search={{ placeholder: t(m.searchProject), width: 240 }}
      table={{ 'data-testid': 'projects-table', size: 'middle' }}
    >
      <ProjectDrawer id={open} onClose={() => setOpen(null)} />
    </ListPage>
  );
}

function ProjectDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: [...basesKey, 'project', id], queryFn: () => basesApi.project(id!), enabled: id !== null });
  const p: Project | undefined = q.data;
  return (
    <Drawer open={id !== null} onClose={onClose} width={760} title={p?.name} destroyOnHidden>
      {!p ? (
        <Loading />
      ) : (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t(m.owner)}>{p.orgName}</Descriptions.Item>
            <Descriptions.Item label={t(m.period)}>{`${p.startsOn} ~ ${p.endsOn ?? ''}`}</Descriptions.Item>
            <Descriptions.Item label={t(m.progress)}>
              <Progress percent={p.progress} size="small" style={{ width: 240 }} />
            </Descriptions.Item>
          </Descriptions>
          <h4>{t(m.milestones)}</h4>
          <List size="small" dataSource={p.milestones} renderItem={(s) => <List.Item extra={`${t(m.completed)} ${s.completed}`}>{`${s.dueOn} ${s.title}`}</List.Item>} />
          <h4>{t(m.members)}</h4>
          <Table
            size="small"
            rowKey="personId"
            pagination={false}
            dataSource={p.members}
            data-testid="cohort-table"
            columns={[
              { title: t(m.name), dataIndex: 'name', render: (v: string, r) => (r.role === 'mentor' ? <>{v} <Tag>导师</Tag></> : v) },
              { title: t(m.owner), dataIndex: 'orgName', ellipsis: true },
              ...p.milestones.map((s) => ({ title: s.title, key: String(s.id), width: 90, render: (_: unknown, r: Project['members'][number]) => (r.completedMilestoneIds.includes(s.id) ? '✓' : '') })),
            ]}
          />
          <h4>{t(m.results)}</h4>
          <List size="small" dataSource={p.results} locale={{ emptyText: '—' }} renderItem={(r) => <List.Item>{`${r.achievedOn} ${r.title}`}</List.Item>} />
          <h4>{t(m.activities)}</h4>
          <List size="small" dataSource={p.activities} locale={{ emptyText: '—' }} renderItem={(a) => <List.Item>{a.title}</List.Item>} />
        </>
      )}
    </Drawer>
  );
}
