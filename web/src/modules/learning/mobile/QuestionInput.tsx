import { Checkbox, Input, Radio, Space, Tag } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useI18n, punct } from '../../../kernel/i18n.js';
import { letters, type AskedQuestion, type ReviewedQuestion } from '../learning.api-types.js';
import { lt, typeLabels } from '../messages.js';

/** One question on a phone: the input follows the type (letters for choices, true/false, free text for fill-in). */
export function QuestionInput({ q, index, value, onChange, disabled }: { q: AskedQuestion; index: number; value: string[]; onChange: (v: string[]) => void; disabled?: boolean }) {
  const { t } = useI18n();
  const choices = q.options.map((o, i) => ({ value: letters[i], label: `${letters[i]}. ${o}` }));
  return (
    <div className="vg-question" data-testid={`question-${index}`}>
      <div style={{ marginBottom: 8 }}>
        <Tag color="red">{t(typeLabels[q.type])}</Tag>
        <strong>
          {index + 1}. {q.stem}
        </strong>
      </div>
      {q.type === 'single' && (
        <Radio.Group value={value[0]} onChange={(e) => onChange([e.target.value as string])} disabled={disabled}>
          <Space direction="vertical">{choices.map((c) => <Radio key={c.value} value={c.value}>{c.label}</Radio>)}</Space>
        </Radio.Group>
      )}
      {q.type === 'multiple' && (
        <Checkbox.Group value={value} onChange={(v) => onChange((v as string[]).slice().sort())} disabled={disabled}>
          <Space direction="vertical">{choices.map((c) => <Checkbox key={c.value} value={c.value}>{c.label}</Checkbox>)}</Space>
        </Checkbox.Group>
      )}
      {q.type === 'judge' && (
        <Radio.Group value={value[0]} onChange={(e) => onChange([e.target.value as string])} disabled={disabled} optionType="button" buttonStyle="solid">
          <Radio value="true">{t(lt.judgeTrue)}</Radio>
          <Radio value="false">{t(lt.judgeFalse)}</Radio>
        </Radio.Group>
      )}
      {q.type === 'fill' && <Input value={value[0] ?? ''} onChange={(e) => onChange(e.target.value ? [e.target.value] : [])} disabled={disabled} maxLength={500} />}
    </div>
  );
}

export function answerText(q: AskedQuestion, a: string[], t: (x: { zh: string; en: string }) => string): string {
  if (a.length === 0) return '—';
  if (q.type === 'judge') return t(a[0] === 'true' ? lt.judgeTrue : lt.judgeFalse);
  return a.join(q.type === 'fill' ? ' / ' : '');
}

/** A graded question: right or wrong, both answers and the explanation. */
export function QuestionReview({ q, index }: { q: ReviewedQuestion; index: number }) {
  const { t } = useI18n();
  return (
    <div className="vg-question" data-testid={`review-${index}`}>
      <div style={{ marginBottom: 6 }}>
        {q.correct ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#c8161d' }} />}{' '}
        <strong>
          {index + 1}. {q.stem}
        </strong>
      </div>
      {q.options.length > 0 && <div style={{ color: '#666', whiteSpace: 'pre-wrap' }}>{q.options.map((o, i) => `${letters[i]}. ${o}`).join('\n')}</div>}
      <div>
        {t(lt.yourAnswer)}{t(punct.colon)}{answerText(q, q.yourAnswer, t)}{t(punct.semi)}{t(lt.rightAnswer)}{t(punct.colon)}<strong>{answerText(q, q.correctAnswer, t)}</strong>
      </div>
      {q.explanation && (
        <div style={{ color: '#8c8c8c', marginTop: 4 }}>
          {t(lt.explanation)}{t(punct.colon)}{q.explanation}
        </div>
      )}
    </div>
  );
}
