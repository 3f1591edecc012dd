import type { ReactNode } from 'react';
import { Card, Tag } from 'antd';
import { useI18n, punct } from '../../../kernel/i18n.js';
import { pText as m, statusColor } from '../messages.js';
import type { Concern } from '../pairing.api.js';
import { fmtTime } from '../usePairing.js';

/** A concern on the phone: what was asked, who handles it by when, the answer and the rating. */
export function ConcernCard({ c, showWho, children }: { c: Concern; showWho?: boolean; children?: ReactNode }) {
  const { t, lang } = useI18n();
  return (
    <Card size="small" variant="borderless" data-testid={`m-concern-${c.trackingCode}`}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
        <strong style={{ wordBreak: 'break-all' }}>
          <Tag color="red">{c.categoryName}</Tag>
          {c.title}
        </strong>
        <Tag color={statusColor[c.status]} data-testid="m-concern-status" style={{ marginInlineEnd: 0 }}>
          {t(c.statusLabel)}
        </Tag>
      </div>
      {showWho && (
        <div style={{ marginTop: 4 }}>
          {c.entrepreneurName} · {c.company}
        </div>
      )}
      <div style={{ color: '#888', fontSize: 12, marginTop: 4 }}>
        {c.trackingCode} · {t(m.raisedAt)} {fmtTime(c.createdAt, lang)}
        {c.raisedAs === 'cadre' && ` · ${t(m.raisedAsCadre)}`}
      </div>
      <div style={{ marginTop: 6, whiteSpace: 'pre-wrap' }}>{c.description}</div>
      <div style={{ color: '#888', fontSize: 12, marginTop: 6 }}>
        {t(m.department)}{t(punct.colon)}{c.departmentName ?? '—'}
        {c.status !== 'closed' && ` · ${t(m.resolutionDue)} ${fmtTime(c.resolutionDueAt, lang)}`}
      </div>
      {c.answer && (
        <div style={{ marginTop: 8, padding: 8, background: '#fff7f7', borderRadius: 6 }} data-testid="m-concern-answer">
          <strong>{t(m.answer)}</strong>{t(punct.open)}{fmtTime(c.answeredAt, lang)}{t(punct.close)}{t(punct.colon)}{c.answer}
        </div>
      )}
      {c.satisfaction && (
        <div style={{ marginTop: 6 }} data-testid="m-concern-rated">
          {t(m.satisfaction)}{t(punct.colon)}<Tag color={c.satisfaction === 'dissatisfied' ? 'red' : 'green'}>{t(m[c.satisfaction])}</Tag>
        </div>
      )}
      {children}
    </Card>
  );
}
