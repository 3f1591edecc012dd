import { useState } from 'react';
import { Button, Input, Popconfirm, Space, Table, Tabs, Tag, Upload } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { showError, showSuccess } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { PageContainer } from '../../../kernel/ui.js';
import { FiguresPanel } from '../../cockpit/FiguresPanel.js';
import { BookDialog } from './BookDialog.js';
import { readingApi, readingFigures, readingKey, type Book, type Note, type QueuedComment } from './reading.api.js';
import { rText as m } from './messages.js';

const PAGE = 20;
const when = (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm');

/** 读书分享会 for organisers: book lists (ISBN-checked, covers), the comment queue, note moderation, and the figures. */
export default function ReadingPage() {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  return (
    <PageContainer title={t(m.reading)} subTitle={t(m.readingSub)} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t(m.newBook)}</Button>}>
      <Tabs
        items={[
          { key: 'books', label: t(m.books), children: <Books /> },
          { key: 'comments', label: t(m.comments), children: <Comments /> },
          { key: 'notes', label: t(m.noteList), children: <Notes /> },
          { key: 'figures', label: t(m.figures), children: <FiguresPanel names={readingFigures} testId="reading-figures" /> },
        ]}
      />
      <BookDialog open={adding} onClose={() => setAdding(false)} />
    </PageContainer>
  );
}

function Books() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState<string>();
  const list = useQuery({ queryKey: [...readingKey, 'books', page, q], queryFn: () => readingApi.books({ page, pageSize: PAGE, q }), placeholderData: keepPreviousData });
  const retire = useMutation({ mutationFn: (id: number) => readingApi.updateBook(id, { status: 'retired' }), onSuccess: () => qc.invalidateQueries({ queryKey: readingKey }) });
  const upload = async (b: Book, file: File) => {
    try {
      await readingApi.uploadCover(b.id, file);
      showSuccess(t(m.saved));
      void qc.invalidateQueries({ queryKey: readingKey });
    } catch (err) {
      showError(err);
    }
  };
  return (
    <>
      <Input.Search allowClear placeholder={t(m.searchBook)} style={{ width: 260, marginBottom: 12 }} onSearch={(v) => (setQ(v || undefined), setPage(1))} />
      <Table<Book>
        rowKey="id"
        size="middle"
        data-testid="books-table"
        loading={list.isFetching}
        dataSource={list.data?.items}
        locale={{ emptyText: <EmptyState description={t(m.noBooks)} /> }}
        pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t(m.cover), key: 'cover', width: 64, render: (_, b) => (b.coverUrl ? <img src={`${b.coverUrl}?w=96`} alt="" style={{ width: 40 }} /> : '—') },
          { title: t(m.title), dataIndex: 'title' },
          { title: t(m.author), dataIndex: 'author', width: 160, ellipsis: true },
          { title: 'ISBN', dataIndex: 'isbn', width: 140, render: (v: string | null) => v ?? '—' },
          { title: t(m.list), dataIndex: 'orgName', width: 180, ellipsis: true },
          { title: t(m.notes), dataIndex: 'notes', width: 70, align: 'right' },
          { title: t(m.readers), dataIndex: 'readers', width: 70, align: 'right' },
          { title: t(m.status), dataIndex: 'status', width: 80, render: (v: 'active' | 'retired') => <Tag color={v === 'active' ? 'green' : 'default'}>{t(m[v])}</Tag> },
          {
            title: '',
            key: 'actions',
            width: 190,
            render: (_, b) => (
              <Space>
                <Upload accept="image/png,image/jpeg,image/webp" showUploadList={false} beforeUpload={(f) => (void upload(b, f as File), false)}>
                  <Button size="small" icon={<UploadOutlined />}>{t(m.uploadCover)}</Button>
                </Upload>
                {b.status === 'active' && (
                  <Popconfirm title={t(m.confirmRetire)} onConfirm={() => retire.mutateAsync(b.id)}>
                    <Button size="small" danger>{t(m.retire)}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

function Comments() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: [...readingKey, 'comments', page], queryFn: () => readingApi.comments({ page, pageSize: PAGE, status: 'pending' }), placeholderData: keepPreviousData });
  const decide = useMutation({
    mutationFn: ({ id, ok }: { id: number; ok: boolean }) => (ok ? readingApi.approve(id) : readingApi.reject(id)),
    onSuccess: () => qc.invalidateQueries({ queryKey: readingKey }),
  });
  return (
    <Table<QueuedComment>
      rowKey="id"
      size="middle"
      data-testid="comment-queue"
      loading={list.isFetching}
      dataSource={list.data?.items}
      locale={{ emptyText: <EmptyState description={t(m.noComments)} /> }}
      pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      columns={[
        { title: t(m.comment), dataIndex: 'body' },
        { title: t(m.person), dataIndex: 'personName', width: 100 },
        { title: t(m.note), key: 'note', ellipsis: true, render: (_, c) => `《${c.bookTitle}》${c.noteBody}` },
        { title: t(m.org), dataIndex: 'orgName', width: 160, ellipsis: true },
        { title: t(m.time), dataIndex: 'createdAt', width: 150, render: when },
        {
          title: '',
          key: 'actions',
          width: 150,
          render: (_, c) => (
            <Space>
              <Button size="small" type="primary" onClick={() => decide.mutate({ id: c.id, ok: true })}>{t(m.approve)}</Button>
              <Popconfirm title={t(m.confirmReject)} onConfirm={() => decide.mutateAsync({ id: c.id, ok: false })}>
                <Button size="small" danger>{t(m.reject)}</Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
  );
}

function Notes() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [reason, setReason] = useState('');
  const list = useQuery({ queryKey: [...readingKey, 'notes', page], queryFn: () => readingApi.notes({ page, pageSize: PAGE }), placeholderData: keepPreviousData });
  const change = useMutation({
    mutationFn: ({ id, hide }: { id: number; hide: boolean }) => (hide ? readingApi.hide(id, reason) : readingApi.restore(id)),
    onSuccess: () => (setReason(''), qc.invalidateQueries({ queryKey: readingKey })),
  });
  return (
    <Table<Note>
      rowKey="id"
      size="middle"
      data-testid="notes-table"
      loading={list.isFetching}
      dataSource={list.data?.items}
      locale={{ emptyText: <EmptyState description={t(m.noNotes)} /> }}
      pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      columns={[
        { title: t(m.book), dataIndex: 'bookTitle', width: 180, ellipsis: true },
        { title: t(m.body), dataIndex: 'body', ellipsis: true, render: (v: string, n) => (n.kind === 'excerpt' ? <><Tag>{t(m.excerpt)}</Tag>{v}</> : v) },
        { title: t(m.person), dataIndex: 'personName', width: 100 },
        { title: t(m.org), dataIndex: 'orgName', width: 160, ellipsis: true },
        { title: '👍', dataIndex: 'likes', width: 60, align: 'right' },
        { title: t(m.status), dataIndex: 'status', width: 90, render: (v: 'published' | 'hidden') => <Tag color={v === 'published' ? 'green' : 'default'}>{t(m[v])}</Tag> },
        {
          title: '',
          key: 'actions',
          width: 100,
          render: (_, n) =>
            n.status === 'published' ? (
              <Popconfirm
                title={t(m.hideReason)}
                description={<Input maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />}
                okButtonProps={{ disabled: !reason.trim() }}
                onConfirm={() => change.mutateAsync({ id: n.id, hide: true })}
              >
                <Button size="small" danger>{t(m.hide)}</Button>
              </Popconfirm>
            ) : (
              <Button size="small" onClick={() => change.mutate({ id: n.id, hide: false })}>{t(m.restore)}</Button>
            ),
        },
      ]}
    />
  );
}
