import { Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../kernel/i18n.js';
import { sqText as m } from './messages.js';
import { squadsApi, squadsKey, type Period } from './squads.api.js';

export function usePeriods() {
  return useQuery({ queryKey: [...squadsKey, 'periods'], queryFn: () => squadsApi.periods() });
}

/** The period a page shows: the one asked for, else the latest of those offered. */
export function pickPeriod(periods: Period[], id: number | undefined): Period | undefined {
  const asked = periods.find((p) => p.id === id);
  if (asked) return asked;
  const today = dayjs().format('YYYY-MM-DD');
  const started = [...periods].filter((p) => p.startsOn <= today).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return started[0] ?? [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
}

export function PeriodSelect({ periods, value, onChange }: { periods: Period[]; value?: number; onChange: (id: number) => void }) {
  const { t } = useI18n();
  return (
    <Select
      value={value}
      onChange={onChange}
      aria-label={t(m.period)}
      placeholder={t(m.period)}
      style={{ width: 220 }}
      data-testid="period-select"
      options={[...periods]
        .sort((a, b) => b.startsOn.localeCompare(a.startsOn))
        .map((p) => ({
          value: p.id,
          label: (
            <span>
              {p.label} <Tag color={p.status === 'open' ? 'processing' : 'default'}>{t(p.status === 'open' ? m.periodOpen : m.periodClosed)}</Tag>
            </span>
          ),
        }))}
    />
  );
}
