import { useState } from 'react';
import { Alert, Button, Card, List, Pagination, Segmented, Tag } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../kernel/api-client.js';
import { useI18n, punct } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { MobileBar } from '../../me/MobileBar.js';
import { letters, type AskedQuestion } from '../learning.api-types.js';
import { lt, typeLabels, wrongSourceLabels } from '../messages.js';
import { answerText, QuestionInput, QuestionReview } from './QuestionInput.js';
import { QueryState } from './StatusViews.js';

const PAGE = 10;

function BookList() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const book = useQuery({ queryKey: ['learning', 'me', 'wrong', page], queryFn: () => unwrap(client.GET('/api/v1/learning/me/wrong-answers', { params: { query: { page, pageSize: PAGE } } })), placeholderData: keepPreviousData, meta: { silent: true } });
  return (
    <QueryState loading={book.isLoading} error={book.error} retry={() => void book.refetch()}>
      <List
        dataSource={book.data?.items ?? []}
        locale={{ emptyText: <EmptyState description={t(lt.noWrong)} /> }}
        renderItem={(w) => (
          <List.Item style={{ display: 'block' }}>
            <div>
              <Tag color="red">{t(typeLabels[w.type])}</Tag>
              <Tag>{t(lt.wrongTimes, { n: w.wrongCount })}</Tag>
              <Tag data-testid={`wrong-source-${w.id}`}>{t(wrongSourceLabels[w.source])}</Tag>
              <strong>{w.stem}</strong>
            </div>
            {w.options.length > 0 && <div style={{ color: '#666', whiteSpace: 'pre-wrap' }}>{w.options.map((o, i) => `${letters[i]}. ${o}`).join('\n')}</div>}
            <div>
              {t(lt.yourAnswer)}{t(punct.colon)}{answerText(w, w.yourAnswer, t)}{t(punct.semi)}{t(lt.rightAnswer)}{t(punct.colon)}<strong>{answerText(w, w.correctAnswer, t)}</strong>
            </div>
            {w.explanation && <div style={{ color: '#8c8c8c' }}>{t(lt.explanation)}{t(punct.colon)}{w.explanation}</div>}
          </List.Item>
        )}
      />
      {(book.data?.total ?? 0) > PAGE && <Pagination simple current={page} pageSize={PAGE} total={book.data?.total ?? 0} onChange={setPage} style={{ textAlign: 'center' }} />}
    </QueryState>
  );
}

function Practice() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<string[]>([]);
  const set = useQuery({ queryKey: ['learning', 'me', 'wrong', 'practice'], queryFn: async () => (await unwrap(client.GET('/api/v1/learning/me/wrong-answers/practice', { params: { query: { limit: 10 } } }))).items, meta: { silent: true } });
  const check = useMutation({
    mutationFn: (q: AskedQuestion) => unwrap(client.POST('/api/v1/learning/me/wrong-answers/{questionId}/practice', { params: { path: { questionId: q.id } }, body: { answer } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['learning', 'me', 'wrong'], exact: false, predicate: (q) => q.queryKey[3] !== 'practice' }),
  });
  const q = set.data?.[index];
  const next = () => {
    setIndex((i) => i + 1);
    setAnswer([]);
    check.reset();
  };
  return (
    <QueryState loading={set.isLoading} error={set.error} retry={() => void set.refetch()}>
      {!q ? (
        <EmptyState description={t(lt.noWrong)} />
      ) : check.data ? (
        <>
          <Alert type={check.data.correct ? 'success' : 'error'} showIcon message={check.data.removed ? t(lt.removed) : t(check.data.correct ? lt.right : lt.wrong)} />
          <QuestionReview q={check.data} index={index} />
          <Button block type="primary" onClick={next} style={{ marginTop: 12 }}>
            {t(lt.next)}
          </Button>
        </>
      ) : (
        <>
          <QuestionInput q={q} index={index} value={answer} onChange={setAnswer} />
          <Button block type="primary" disabled={answer.length === 0} loading={check.isPending} onClick={() => check.mutate(q)} style={{ marginTop: 12 }} data-testid="practice-check">
            {t(lt.submit)}
          </Button>
        </>
      )}
    </QueryState>
  );
}

/** 错题本: the questions I got wrong (with answers and explanations), and practice until right twice in a row. */
export default function WrongBook() {
  const { t } = useI18n();
  const [tab, setTab] = useState<'list' | 'practice'>('list');
  return (
    <>
      <MobileBar title={t(lt.wrongBook)} />
      <div className="vg-m-page" data-testid="wrong-book">
        <Segmented block value={tab} onChange={(v) => setTab(v as 'list' | 'practice')} options={[{ value: 'list', label: t(lt.wrongBook) }, { value: 'practice', label: t(lt.practise) }]} />
        <Card variant="borderless" size="small">{tab === 'list' ? <BookList /> : <Practice />}</Card>
      </div>
    </>
  );
}
