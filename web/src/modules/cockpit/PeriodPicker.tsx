import { DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../kernel/i18n.js';
import { periodText } from './messages.js';
import { customPeriod, lastDay, periodOf, type Period, type PeriodKind } from './period.js';

const kinds: PeriodKind[] = ['year', 'quarter', 'month', 'custom'];

/** This year by default; this quarter, this month, or any range of days. */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const { t } = useI18n();
  return (
    <Space wrap data-testid="cockpit-period">
      <Segmented<PeriodKind>
        value={value.kind}
        options={kinds.map((k) => ({ value: k, label: t(periodText[k]) }))}
        onChange={(k) => onChange(k === 'custom' ? { ...value, kind: 'custom' } : periodOf(k))}
      />
      {value.kind === 'custom' && (
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(value.start), dayjs(lastDay(value))]}
          onChange={(r) => r?.[0] && r[1] && onChange(customPeriod(r[0], r[1]))}
          data-testid="cockpit-range"
        />
      )}
    </Space>
  );
}
