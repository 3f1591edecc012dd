import { Button, Result, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Loading } from '../../../kernel/Loading.js';
import { DownloadOutlined } from '@ant-design/icons';
import { api } from '../../../kernel/api.js';
import { errorText, showError } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { cText as m, tierText } from '../messages.js';

const tierColor: Record<string, string> = { gold: 'gold', silver: 'default', bronze: 'orange' };

export function TierTag({ tier }: { tier: string }) {
  const { t } = useI18n();
  return <Tag color={tierColor[tier] ?? 'default'}>{t(tierText(tier))}</Tag>;
}

/** Downloads an award's 荣誉证书 (the server checks it is the caller's own). */
export function CertificateButton({ awardId, certificateNo, block }: { awardId: number; certificateNo: string; block?: boolean }) {
  const { t } = useI18n();
  return (
    <Button type="primary" icon={<DownloadOutlined />} block={block} data-testid="contest-certificate" onClick={() => api.download(`/contests/awards/${awardId}/certificate.png`, undefined, `${certificateNo}.png`).catch(showError)}>
      {t(m.certificate)}
    </Button>
  );
}

export const fmtTime = (iso: string | null | undefined, lang: 'zh' | 'en') =>
  iso ? new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '—';

/** Loading, or the failure with a retry, else the children. */
export function QueryState({ loading, error, retry, children }: { loading: boolean; error: unknown; retry: () => void; children: ReactNode }) {
  const { t } = useI18n();
  if (loading) return <Loading />;
  if (error) return <Result status="warning" title={t(m.loadFailed)} subTitle={errorText(error)} extra={<Button onClick={retry}>{t(m.retry)}</Button>} />;
  return <>{children}</>;
}
