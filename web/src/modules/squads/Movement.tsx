import { Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { useI18n } from '../../kernel/i18n.js';
import { sqText as m } from './messages.js';

/** Movement since the previous closed period: ▲ up, ▼ down, — same, 新 when not ranked then. */
export function Movement({ value, dark = false }: { value: number | null | undefined; dark?: boolean }) {
  const { t } = useI18n();
  if (value === null || value === undefined) return <span style={{ color: dark ? '#ffd666' : '#fa8c16', fontSize: 12 }} data-movement="new">{t(m.newEntry)}</span>;
  if (value === 0)
    return (
      <Tooltip title={t(m.same)}>
        <MinusOutlined style={{ color: '#999' }} data-movement="0" aria-label={t(m.same)} />
      </Tooltip>
    );
  const up = value > 0;
  return (
    <Tooltip title={t(up ? m.up : m.down, { n: Math.abs(value) })}>
      <span style={{ color: up ? '#c8161d' : '#52c41a', whiteSpace: 'nowrap' }} data-movement={value} aria-label={t(up ? m.up : m.down, { n: Math.abs(value) })}>
        {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {Math.abs(value)}
      </span>
    </Tooltip>
  );
}
