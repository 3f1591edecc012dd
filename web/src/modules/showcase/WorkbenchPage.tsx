import { Drawer, Space, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { Loading } from '../../kernel/Loading.js';
import { sText as m } from './messages.js';
import { RubricScoreForm } from './RubricScoreForm.js';
import { showcaseApi, showcaseKey, type BlindAssignment, type WorkbenchQuery } from './showcase.api.js';

/** 案例评审 (reviewer): my assignments, blind; open one, read it and score it on the rubric. */
export default function WorkbenchPage() {
  const { t } = useI18n();
  const [open, setOpen] = useState<number | null>(null);
  const columns: TableProps<BlindAssignment>['columns'] = [
    { title: t(m.code), dataIndex: 'caseCode', width: 100 },
    { title: t(m.caseTitle), dataIndex: 'title', ellipsis: true },
    { title: t(m.category), dataIndex: 'categoryName', width: 130 },
    { title: t(m.competitions), dataIndex: 'competitionTitle', width: 240, ellipsis: true },
    { title: t(m.total), dataIndex: 'total', width: 120, render: (v: number | null) => (v === null ? <Tag color="orange">{t(m.pending)}</Tag> : <Tag color="green">{v}</Tag>) },
    { title: t(common.actions), key: 'a', width: 90, render: (_: unknown, a) => <a onClick={() => setOpen(a.id)} data-testid={`review-${a.id}`}>{t(m.review)}</a> },
  ];
  return (
    <ListPage<BlindAssignment, WorkbenchQuery>
      title={t(m.workbench)}
      subTitle={t(m.workbenchHint)}
      queryKey={[...showcaseKey, 'mine']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, pending: s.get('pending') as 'true' | 'false' | undefined })}
      fetch={showcaseApi.myAssignments}
      columns={columns}
      rowKey="id"
    >
      {open !== null && <ReviewDrawer id={open} onClose={() => setOpen(null)} />}
    </ListPage>
  );
}

function ReviewDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: [...showcaseKey, 'case', id], queryFn: () => showcaseApi.myAssignment(id) });
  const c = q.data;
  return (
    <Drawer open width={720} title={c ? `${c.caseCode} ${c.title}` : ''} onClose={onClose} destroyOnHidden>
      {!c ? (
        <Loading />
      ) : (
        <>
          {c.parts.map((p) => (
            <div key={p.key} style={{ marginBottom: 16 }}>
              <Typography.Title level={5}>{p.label}</Typography.Title>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{p.text}</Typography.Paragraph>
            </div>
          ))}
          {c.files.length > 0 && (
            <Space wrap style={{ marginBottom: 16 }}>
              {c.files.map((f) => (
                <a key={f.id} href={`/api/v1/showcase/review/assignments/${c.id}/files/${f.id}`} target="_blank" rel="noreferrer">
                  {f.label}
                </a>
              ))}
            </Space>
          )}
          <RubricScoreForm c={c} onSaved={() => onClose()} />
        </>
      )}
    </Drawer>
  );
}
