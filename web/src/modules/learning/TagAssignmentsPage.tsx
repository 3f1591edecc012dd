import { useState } from 'react';
import { Alert, Button, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Answer, type Body } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { lt } from './messages.js';
import { tagOptions, useQuestionTags } from './useLearning.js';

type TagAssignment = Answer<'/api/v1/learning/tag-assignments', 'get'>['items'][number];

/** 每日答题标签: which tags an organisation's members draw their daily quiz from. */
export default function TagAssignmentsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const [orgId, setOrgId] = useState<number>();
  const [tags, setTags] = useState<string[]>([]);
  const bankTags = useQuestionTags();
  const list = useQuery({ queryKey: ['learning', 'tag-assignments'], queryFn: async () => (await unwrap(client.GET('/api/v1/learning/tag-assignments'))).items });
  const save = useMutation({
    mutationFn: (body: Body<'/api/v1/learning/tag-assignments', 'put'>) => unwrap(client.PUT('/api/v1/learning/tag-assignments', { body })),
    onSuccess: () => {
      showSuccess(t(common.saved));
      setOrgId(undefined);
      setTags([]);
      void qc.invalidateQueries({ queryKey: ['learning', 'tag-assignments'] });
    },
  });
  const writable = can('learning.questions_write');

  return (
    <PageContainer title={t(lt.tagAssign)}>
      <Alert type="info" showIcon message={t(lt.tagsHint)} style={{ marginBottom: 16 }} />
      {writable && (
        <Space wrap style={{ marginBottom: 16 }}>
          <OrgTreeSelect
            value={orgId}
            onChange={(v) => {
              setOrgId(v);
              setTags(list.data?.find((a) => a.orgId === v)?.tags ?? []);
            }}
            placeholder={t(lt.chooseOrg)}
            style={{ width: 260 }}
          />
          <Select mode="multiple" allowClear placeholder={t(lt.assignedTags)} value={tags} onChange={setTags} options={tagOptions(bankTags.data)} style={{ minWidth: 320 }} data-testid="assign-tags" />
          <Button type="primary" disabled={!orgId} loading={save.isPending} onClick={() => save.mutate({ orgId: orgId!, tags })}>
            {t(common.save)}
          </Button>
        </Space>
      )}
      <Table<TagAssignment>
        rowKey="orgId"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: <EmptyState description={t(lt.allTags)} /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t(lt.org), dataIndex: 'orgName' },
          { title: t(lt.assignedTags), dataIndex: 'tags', render: (ts: string[]) => ts.map((x) => <Tag key={x} color="red">{x}</Tag>) },
          { title: t(lt.updatedAt), dataIndex: 'updatedAt', width: 180, render: (v: string) => new Date(v).toLocaleString() },
          ...(writable
            ? [
                {
                  title: t(common.actions),
                  key: 'a',
                  width: 140,
                  render: (_: unknown, r: TagAssignment) => (
                    <Space>
                      <a onClick={() => (setOrgId(r.orgId), setTags(r.tags))}>{t(common.edit)}</a>
                      <Popconfirm title={t(lt.allTags)} onConfirm={() => save.mutate({ orgId: r.orgId, tags: [] })}>
                        <a>{t(lt.remove)}</a>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </PageContainer>
  );
}
