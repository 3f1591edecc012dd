import { Spin } from 'antd';
import { common, useI18n } from './i18n.js';

/** Kept apart from ui.tsx so the first load of a page (the Suspense fallback) does not bring antd's Result and Card. */
export function Loading() {
  const { t } = useI18n();
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin description={t(common.loading)}>
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );
}
