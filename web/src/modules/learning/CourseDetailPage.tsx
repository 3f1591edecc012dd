import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, List, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import { EditOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useParams } from 'react-router';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { EmptyState, Loading, PageContainer } from '../../kernel/ui.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { contentKindLabels, kindLabels, lt, statusLabels } from './messages.js';
import { CourseFormDialog } from './CourseFormDialog.js';
import { CourseCompletion } from './CourseCompletion.js';

export default function CourseDetailPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [target, setTarget] = useState<{ orgId?: number; deadline?: Dayjs | null }>({});
  const course = useQuery({ queryKey: ['learning', 'courses', id], queryFn: () => unwrap(client.GET('/api/v1/learning/courses/{id}', { params: { path: { id } } })) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['learning', 'courses'] });
  const assign = useMutation({
    mutationFn: () => unwrap(client.PUT('/api/v1/learning/courses/{id}/assignments', { params: { path: { id } }, body: { orgId: target.orgId!, deadline: target.deadline!.toISOString() } })),
    onSuccess: () => {
      showSuccess(t(common.saved));
      setAssigning(false);
      setTarget({});
      refresh();
    },
  });
  const unassign = useMutation({ mutationFn: (orgId: number) => unwrap(client.DELETE('/api/v1/learning/courses/{id}/assignments/{orgId}', { params: { path: { id, orgId } } })), onSuccess: refresh });
  if (course.isLoading) return <Loading />;
  const c = course.data;
  if (!c) return <EmptyState />;
  const required = c.kind === 'required';

  return (
    <PageContainer
      title={c.title}
      subTitle={c.orgName}
      card={false}
      extra={
        <>
          {c.editable && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t(common.edit)}
            </Button>
          )}
          {required && c.status === 'published' && (
            <Button type="primary" icon={<TeamOutlined />} onClick={() => setAssigning(true)} data-testid="assign-course">
              {t(lt.assign)}
            </Button>
          )}
        </>
      }
    >
      {!c.editable && <Alert type="info" showIcon message={t(lt.readOnly)} style={{ marginBottom: 12 }} />}
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t(lt.kind)}><Tag color={required ? 'red' : 'blue'}>{t(kindLabels[c.kind])}</Tag></Descriptions.Item>
          <Descriptions.Item label={t(lt.status)}>{t(statusLabels[c.status])}</Descriptions.Item>
          <Descriptions.Item label={t(lt.tags)}>{c.tags.map((x) => <Tag key={x}>{x}</Tag>)}</Descriptions.Item>
          <Descriptions.Item label={t(lt.description)} span={3}>{c.description || '—'}</Descriptions.Item>
        </Descriptions>
        <List
          size="small"
          header={<strong>{t(lt.lessonCount)}{t(punct.open)}{c.lessons.length}{t(punct.close)}</strong>}
          dataSource={c.lessons}
          renderItem={(l) => (
            <List.Item>
              {l.position}. <Tag>{t(contentKindLabels[l.kind] ?? contentKindLabels.article)}</Tag>
              {l.title}
            </List.Item>
          )}
        />
      </Card>
      {required && (
        <Card variant="borderless" title={t(lt.assignments)} style={{ marginBottom: 16 }}>
          <Table
            rowKey="orgId"
            size="small"
            dataSource={c.assignments}
            pagination={false}
            locale={{ emptyText: <EmptyState /> }}
            columns={[
              { title: t(lt.org), dataIndex: 'orgName' },
              { title: t(lt.deadline), dataIndex: 'deadline', render: (v: string) => new Date(v).toLocaleString() },
              {
                title: t(common.actions),
                key: 'a',
                width: 120,
                render: (_, a) => (
                  <Popconfirm title={t(lt.unassign)} onConfirm={() => unassign.mutate(a.orgId)}>
                    <a>{t(lt.unassign)}</a>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Card>
      )}
      {required && c.assignments.length > 0 && (
        <Card variant="borderless" title={t(lt.completion)}>
          <CourseCompletion courseId={c.id} />
        </Card>
      )}
      <CourseFormDialog course={c} open={editing} onClose={() => setEditing(false)} />
      <Modal open={assigning} title={t(lt.assign)} onCancel={() => setAssigning(false)} onOk={() => assign.mutate()} okButtonProps={{ disabled: !target.orgId || !target.deadline }} confirmLoading={assign.isPending}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <OrgTreeSelect value={target.orgId} onChange={(orgId) => setTarget((x) => ({ ...x, orgId }))} placeholder={t(lt.chooseOrg)} style={{ width: '100%' }} />
          <DatePicker showTime placeholder={t(lt.deadline)} value={target.deadline ?? null} onChange={(deadline) => setTarget((x) => ({ ...x, deadline }))} style={{ width: '100%' }} />
        </Space>
      </Modal>
    </PageContainer>
  );
}
