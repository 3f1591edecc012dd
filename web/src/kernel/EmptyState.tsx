import { Empty } from 'antd';
import { common, useI18n } from './i18n.js';

export function EmptyState({ description }: { description?: string }) {
  const { t } = useI18n();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description ?? t(common.empty)} />;
}
