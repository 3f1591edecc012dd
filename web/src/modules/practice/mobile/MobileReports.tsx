import { useState } from 'react';
import { Button, Card, List, Pagination, Popconfirm, Result, Segmented, Tag } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { errorText, showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n, punct } from '../../../kernel/i18n.js';
import { InboxBell } from '../../../kernel/inbox.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { MobileBar } from '../../me/MobileBar.js';
import { fmtDateTime } from '../../activities/useActivities.js';
import { pText as m, reportColor } from '../messages.js';
import { practiceKey } from '../ProjectsPage.js';

const PAGE = 10;

function MyReportList() {
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const [page, setPage] = useState(1);
  const { data, isFetching, error } = useQuery({
    queryKey: [...practiceKey, 'mine', page],
    queryFn: () => unwrap(client.GET('/api/v1/me/practice/reports', { params: { query: { page, pageSize: PAGE } } })),
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
  if (error) return <Result status="warning" subTitle={errorText(error)} />;
  return (
    <>
      <List
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <EmptyState description={t(m.noMyReports)} /> }}
        renderItem={(r) => (
          <List.Item onClick={() => nav(`/m/reports/${r.id}`)} style={{ cursor: 'pointer' }} extra={<Tag color={reportColor[r.status]}>{t(m[r.status])}</Tag>} data-testid={`my-report-${r.id}`}>
            <List.Item.Meta
              title={<span style={{ whiteSpace: 'normal' }}>{r.title}</span>}
              description={
                <>
                  {r.projectTitle && <div style={{ fontSize: 12 }}>{r.projectTitle}</div>}
                  {r.status === 'returned' && r.reviewComment && <div style={{ color: '#c8161d', fontSize: 12 }}>{`${t(m.reviewComment)}${t(punct.colon)}${r.reviewComment}`}</div>}
                  <div style={{ fontSize: 12 }}>{fmtDateTime(r.updatedAt, lang)}</div>
                </>
              }
            />
          </List.Item>
        )}
      />
      {(data?.total ?? 0) > PAGE && <Pagination simple current={page} pageSize={PAGE} total={data?.total ?? 0} onChange={setPage} style={{ marginTop: 12, textAlign: 'center' }} />}
    </>
  );
}

function ProjectList() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const { data, isFetching, error } = useQuery({
    queryKey: [...practiceKey, 'open-projects', page],
    queryFn: () => unwrap(client.GET('/api/v1/me/practice/projects', { params: { query: { page, pageSize: PAGE } } })),
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
  const membership = useMutation({
    mutationFn: (v: { id: number; join: boolean }) => {
      const params = { path: { id: v.id } };
      return unwrap(v.join ? client.POST('/api/v1/me/practice/projects/{id}/join', { params }) : client.DELETE('/api/v1/me/practice/projects/{id}/join', { params }));
    },
    onSuccess: (_r, v) => {
      showSuccess(t(v.join ? m.joinedOk : m.leftOk));
      void qc.invalidateQueries({ queryKey: practiceKey });
    },
  });
  if (error) return <Result status="warning" subTitle={errorText(error)} />;
  return (
    <>
      <List
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <EmptyState description={t(m.noOpenProjects)} /> }}
        renderItem={(p) => (
          <List.Item
            extra={
              p.joined ? (
                <Popconfirm title={t(m.leaveConfirm)} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} onConfirm={() => membership.mutateAsync({ id: p.id, join: false })}>
                  <Button size="small">{t(m.leave)}</Button>
                </Popconfirm>
              ) : (
                <Button size="small" type="primary" loading={membership.isPending && membership.variables?.id === p.id} onClick={() => membership.mutate({ id: p.id, join: true })}>
                  {t(m.join)}
                </Button>
              )
            }
          >
            <List.Item.Meta
              title={
                <span style={{ whiteSpace: 'normal' }}>
                  {p.title} {p.joined && <Tag color="green">{t(m.joinedTag)}</Tag>}
                </span>
              }
              description={
                <>
                  <div style={{ fontSize: 12 }}>{p.orgName}</div>
                  {p.description && <div style={{ fontSize: 12, color: '#666' }}>{p.description}</div>}
                  <div style={{ fontSize: 12 }}>{`${t(m.members)} ${p.memberCount} · ${t(m.reportCount)} ${p.reportCount}`}</div>
                </>
              }
            />
          </List.Item>
        )}
      />
      {(data?.total ?? 0) > PAGE && <Pagination simple current={page} pageSize={PAGE} total={data?.total ?? 0} onChange={setPage} style={{ marginTop: 12, textAlign: 'center' }} />}
    </>
  );
}

/** My grassroots reports (with reviewers' returns) and the practice projects I can join. */
export default function MobileReports() {
  const { t } = useI18n();
  const nav = useNavigate();
  const [tab, setTab] = useState<'reports' | 'projects'>('reports');
  return (
    <>
      <MobileBar title={t(m.myReports)} extra={<InboxBell />} />
      <div className="vg-m-page">
        <Segmented
          block
          value={tab}
          onChange={(v) => setTab(v as typeof tab)}
          options={[
            { value: 'reports', label: t(m.myReports) },
            { value: 'projects', label: t(m.projects) },
          ]}
        />
        <Button type="primary" block icon={<EditOutlined />} onClick={() => nav('/m/reports/new')}>
          {t(m.write)}
        </Button>
        <Card size="small" variant="borderless">
          {tab === 'reports' ? <MyReportList /> : <ProjectList />}
        </Card>
      </div>
    </>
  );
}
