import { useState } from 'react';
import { Button, Card, Form, Input, Pagination, Result, Segmented, Tag } from 'antd';
import { LikeFilled, LikeOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import dayjs from 'dayjs';
import { errorText, showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { validValues } from '../../../kernel/form-values.js';
import { useI18n, punct } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { readingApi, readingKey, type Note, type NoteBody } from './reading.api.js';
import { rText as m } from './messages.js';

/** A book on the phone: write a note or an excerpt, read others', like them, comment (shown once approved). */
export default function MobileReadingBook() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const [page, setPage] = useState(1);
  const data = useQuery({ queryKey: [...readingKey, 'book', id, page], queryFn: () => readingApi.myBook(id, page), placeholderData: keepPreviousData, meta: { silent: true } });
  return (
    <>
      <MobileBar title={t(m.reading)} back="/m/reading" />
      <div className="vg-m-page">
        {data.isLoading ? (
          <Loading />
        ) : data.error || !data.data ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={errorText(data.error)} />
          </Card>
        ) : (
          <>
            <Card size="small" variant="borderless">
              <strong>《{data.data.book.title}》</strong>
              <div style={{ color: '#666' }}>
                {data.data.book.author}
                {data.data.book.publisher ? ` · ${data.data.book.publisher}` : ''}
              </div>
              {data.data.book.isbn && <div style={{ color: '#999', fontSize: 12 }}>ISBN {data.data.book.isbn}</div>}
            </Card>
            <WriteNote bookId={id} />
            {data.data.notes.items.length === 0 ? (
              <Card variant="borderless">
                <EmptyState description={t(m.noNotes)} />
              </Card>
            ) : (
              data.data.notes.items.map((n) => <NoteCard key={n.id} n={n} />)
            )}
            {data.data.notes.total > 10 && <Pagination simple current={page} pageSize={10} total={data.data.notes.total} onChange={setPage} style={{ textAlign: 'center' }} />}
          </>
        )}
      </div>
    </>
  );
}

function WriteNote({ bookId }: { bookId: number }) {
  const { t } = useI18n();
  const [form] = Form.useForm<NoteBody>();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (b: NoteBody) => readingApi.write(bookId, b),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(m.saved));
      form.resetFields(['body', 'location']);
      void qc.invalidateQueries({ queryKey: readingKey });
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  const submit = async () => {
    const v = await validValues(form);
    if (v) save.mutate(v);
  };
  return (
    <Card size="small" variant="borderless" title={t(m.write)}>
      <Form form={form} layout="vertical" initialValues={{ kind: 'note' }} data-testid="m-note-form">
        <Form.Item name="kind">
          <Segmented block options={[{ value: 'note', label: t(m.note) }, { value: 'excerpt', label: t(m.excerpt) }]} />
        </Form.Item>
        <Form.Item name="body" rules={[{ required: true, whitespace: true, message: t(m.required, { name: t(m.body) }) }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t(m.body)} />
        </Form.Item>
        <Form.Item name="location">
          <Input maxLength={60} placeholder={t(m.location)} />
        </Form.Item>
        <Button type="primary" block onClick={submit} loading={save.isPending} data-testid="m-note-submit">
          {t(m.send)}
        </Button>
      </Form>
    </Card>
  );
}

function NoteCard({ n }: { n: Note }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const refresh = () => qc.invalidateQueries({ queryKey: readingKey });
  const like = useMutation({ mutationFn: () => readingApi.like(n.id, !n.likedByMe), onSuccess: refresh });
  const comment = useMutation({ mutationFn: () => readingApi.comment(n.id, text.trim()), onSuccess: () => (setText(''), refresh()) });
  return (
    <Card size="small" variant="borderless" data-testid="m-note">
      <div style={{ color: '#999', fontSize: 12 }}>
        {n.personName} · {n.orgName} · {dayjs(n.createdAt).format('MM-DD HH:mm')} {n.kind === 'excerpt' && <Tag>{t(m.excerpt)}</Tag>}
        {n.status === 'hidden' && <Tag color="default">{`${t(m.hidden)}${t(punct.colon)}${n.hiddenReason ?? ''}`}</Tag>}
      </div>
      <p style={{ whiteSpace: 'pre-wrap', margin: '6px 0' }}>
        {n.body}
        {n.location && <span style={{ color: '#999' }}>（{n.location}）</span>}
      </p>
      {n.status === 'published' && (
        <>
          <Button size="small" type="text" icon={n.likedByMe ? <LikeFilled style={{ color: '#c8161d' }} /> : <LikeOutlined />} onClick={() => like.mutate()} loading={like.isPending}>
            {n.likes}
          </Button>
          {n.comments.map((c) => (
            <div key={c.id} style={{ fontSize: 13, padding: '2px 0' }}>
              <strong>{c.personName}：</strong>
              {c.body} {c.status === 'pending' && <Tag>{t(m.commentPending)}</Tag>}
            </div>
          ))}
          <Input.Search size="small" maxLength={500} value={text} onChange={(e) => setText(e.target.value)} placeholder={t(m.commentHelp)} enterButton={t(m.comment)} loading={comment.isPending} onSearch={() => text.trim() && comment.mutate()} />
        </>
      )}
    </Card>
  );
}
