import { useState } from 'react';
import { Button, Popconfirm, Select, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap, type Query } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { ListPage, type ListState } from '../../kernel/ListPage.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { questionTypes, type Question, type QuestionType } from './learning.api-types.js';
import { lt, typeLabels } from './messages.js';
import { QuestionFormDialog } from './QuestionFormDialog.js';
import { tagOptions, useQuestionTags } from './useLearning.js';

type QuestionsQuery = Query<'/api/v1/learning/questions', 'get'>;

/** The bank's filters in the URL, as /learning/questions takes them. */
function questionsQuery(s: ListState): QuestionsQuery {
  const num = (k: string) => (s.get(k) ? Number(s.get(k)) : undefined);
  return {
    page: s.page,
    pageSize: s.pageSize,
    q: s.q,
    type: s.get('type') as QuestionType | undefined,
    tag: s.get('tag'),
    difficulty: num('difficulty'),
    orgId: num('orgId'),
  };
}

export default function QuestionsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<Question | null | undefined>(undefined);
  const writable = can('learning.questions_write');
  const tags = useQuestionTags();

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

  const filters = (s: ListState) => {
    const query = questionsQuery(s);
    return (
      <>
        <Select allowClear placeholder={t(lt.type)} value={query.type} onChange={(v) => s.set({ type: v })} options={questionTypes.map((x) => ({ value: x, label: t(typeLabels[x]) }))} style={{ width: 120 }} />
        <Select allowClear showSearch placeholder={t(lt.tags)} value={query.tag} onChange={(v) => s.set({ tag: v })} options={tagOptions(tags.data)} style={{ width: 160 }} />
        <Select allowClear placeholder={t(lt.difficulty)} value={query.difficulty} onChange={(v) => s.set({ difficulty: v })} options={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: '★'.repeat(d) }))} style={{ width: 120 }} />
        <OrgTreeSelect value={query.orgId} onChange={(v) => s.set({ orgId: v })} style={{ width: 220 }} />
      </>
    );
  };

  return (
    <ListPage<Question, QuestionsQuery>
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
      queryKey={['learning', 'questions']}
      query={questionsQuery}
      fetch={(query) => unwrap(client.GET('/api/v1/learning/questions', { params: { query } }))}
      columns={columns}
      search={{ placeholder: t(lt.searchStem), width: 220 }}
      filters={filters}
      emptyText={t(lt.noQuestions)}
      table={{
        size: 'middle',
        expandable: { expandedRowRender: (r) => <div style={{ whiteSpace: 'pre-wrap' }}>{r.options.map((o, i) => `${'ABCDEFGHIJ'[i]}. ${o}`).join('\n')}{r.explanation ? `\n${t(lt.explanation)}${t(punct.colon)}${r.explanation}` : ''}</div> },
        'data-testid': 'questions-table',
      }}
    >
      <QuestionFormDialog question={editing ?? null} open={editing !== undefined} onClose={() => setEditing(undefined)} />
    </ListPage>
  );
}
