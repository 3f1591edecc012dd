import { useState } from 'react';
import { Button, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { client, unwrap, type Query } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { questionTypes, type Question, type QuestionType } from './learning.api-types.js';
import { lt, typeLabels } from './messages.js';
import { QuestionFormDialog } from './QuestionFormDialog.js';
import { tagOptions, useQuestionTags } from './useLearning.js';

export default function QuestionsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? undefined;
  const filters: Query<'/api/v1/learning/questions', 'get'> = {
    page: Number(get('page') ?? 1),
    pageSize: Number(get('pageSize') ?? 20),
    q: get('q'),
    type: get('type') as QuestionType | undefined,
    tag: get('tag'),
    difficulty: get('difficulty') ? Number(get('difficulty')) : undefined,
    orgId: get('orgId') ? Number(get('orgId')) : undefined,
  };
  const [q, setQ] = useState(filters.q ?? '');
  const [editing, setEditing] = useState<Question | null | undefined>(undefined);
  const writable = can('learning.questions_write');
  const tags = useQuestionTags();

  const update = (patch: Record<string, string | number | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };

  const { data, isFetching } = useQuery({
    queryKey: ['learning', 'questions', filters],
    queryFn: () => unwrap(client.GET('/api/v1/learning/questions', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (id: number) => unwrap(client.DELETE('/api/v1/learning/questions/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      showSuccess(t(lt.deleted));
      void qc.invalidateQueries({ queryKey: ['learning', 'questions'] });
    },
  });

  const columns: TableProps<Question>['columns'] = [
    { title: 'ID', dataIndex: 'id', width: 70 },
    { title: t(lt.type), dataIndex: 'type', width: 90, render: (v: string) => <Tag color="red">{t(typeLabels[v])}</Tag> },
    { title: t(lt.stem), dataIndex: 'stem', ellipsis: true },
    { title: t(lt.answer), dataIndex: 'answer', width: 120, ellipsis: true, render: (a: string[], r) => (r.type === 'judge' ? t(a[0] === 'true' ? lt.judgeTrue : lt.judgeFalse) : a.join(r.type === 'fill' ? ' | ' : '')) },
    { title: t(lt.tags), dataIndex: 'tags', width: 160, render: (ts: string[]) => ts.map((x) => <Tag key={x}>{x}</Tag>) },
    { title: t(lt.difficulty), dataIndex: 'difficulty', width: 70 },
    { title: t(lt.org), dataIndex: 'orgName', width: 160, ellipsis: true },
    ...(writable
      ? [
          {
            title: t(common.actions),
            key: 'actions',
            width: 120,
            render: (_: unknown, r: Question) => (
              <Space>
                <a onClick={() => setEditing(r)}>{t(common.edit)}</a>
                <Popconfirm title={t(lt.deleteConfirm)} onConfirm={() => remove.mutate(r.id)}>
                  <a>{t(lt.remove)}</a>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={t(lt.bank)}
      extra={
        writable && (
          <>
            <Button icon={<UploadOutlined />} onClick={() => nav('/learning/questions/import')}>
              {t(lt.importBank)}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="new-question">
              {t(lt.newQuestion)}
            </Button>
          </>
        )
      }
    >
      <div className="vg-toolbar">
        <Input.Search placeholder={t(lt.searchStem)} allowClear value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => update({ q: v.trim() || undefined })} style={{ width: 220 }} enterButton={t(common.search)} />
        <Select allowClear placeholder={t(lt.type)} value={filters.type} onChange={(v) => update({ type: v })} options={questionTypes.map((x) => ({ value: x, label: t(typeLabels[x]) }))} style={{ width: 120 }} />
        <Select allowClear showSearch placeholder={t(lt.tags)} value={filters.tag} onChange={(v) => update({ tag: v })} options={tagOptions(tags.data)} style={{ width: 160 }} />
        <Select allowClear placeholder={t(lt.difficulty)} value={filters.difficulty} onChange={(v) => update({ difficulty: v })} options={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: '★'.repeat(d) }))} style={{ width: 120 }} />
        <OrgTreeSelect value={filters.orgId} onChange={(v) => update({ orgId: v })} style={{ width: 220 }} />
        <Button
          onClick={() => {
            setQ('');
            setParams({}, { replace: true });
          }}
        >
          {t(common.reset)}
        </Button>
      </div>
      <Table<Question>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        expandable={{ expandedRowRender: (r) => <div style={{ whiteSpace: 'pre-wrap' }}>{r.options.map((o, i) => `${'ABCDEFGHIJ'[i]}. ${o}`).join('\n')}{r.explanation ? `\n${t(lt.explanation)}：${r.explanation}` : ''}</div> }}
        locale={{ emptyText: <EmptyState description={t(lt.noQuestions)} /> }}
        onChange={(p) => update({ page: p.current, pageSize: p.pageSize === 20 ? undefined : p.pageSize }, true)}
        pagination={{ current: filters.page, pageSize: filters.pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (n) => t(common.total, { n }) }}
        data-testid="questions-table"
      />
      <QuestionFormDialog question={editing ?? null} open={editing !== undefined} onClose={() => setEditing(undefined)} />
    </PageContainer>
  );
}
