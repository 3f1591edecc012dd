import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../kernel/i18n.js';
import type { Demand, Light } from './api-types.js';
import { dText, lightColor, lightText } from './messages.js';
import { fmtDuration, isOpen, lightAt, waitingResponse } from './useDemands.js';

export function LightDot({ light }: { light: Light | null }) {
  const { t } = useI18n();
  if (!light) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={lightColor[light]} data-light={light} style={{ marginInlineEnd: 0 }}>
      {t(lightText[light])}
    </Tag>
  );
}

function One({ label, start, due, now }: { label: string; start: string; due: string; now: number }) {
  const { t, lang } = useI18n();
  const left = new Date(due).getTime() - now;
  const light = lightAt(now, start, due);
  return (
    <div style={{ color: lightColor[light], fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}{' '}
      </Typography.Text>
      {left < 0 ? t(dText.overdue, { t: fmtDuration(left, lang) }) : fmtDuration(left, lang)}
    </div>
  );
}

/** Live countdowns to the response deadline (until accepted) and the resolution deadline (until answered). */
export function Countdown({ d, now }: { d: Demand; now: number }) {
  const { t } = useI18n();
  if (!isOpen(d.status)) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      {waitingResponse(d.status) && <One label={t(dText.responseDue)} start={d.receivedAt} due={d.responseDueAt} now={now} />}
      <One label={t(dText.resolutionDue)} start={d.receivedAt} due={d.resolutionDueAt} now={now} />
    </Space>
  );
}
