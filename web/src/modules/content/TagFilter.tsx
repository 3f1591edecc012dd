import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { useI18n } from '../../kernel/i18n.js';
import { cText as m } from './messages.js';
import { contentKey } from './useWorkflow.js';

/** One tag to filter by, chosen from the tags used in the caller's scope (most used first). */
export function TagFilter({ value, onChange }: { value?: string; onChange: (tag: string | undefined) => void }) {
  const { t } = useI18n();
  const tags = useQuery({ queryKey: [...contentKey, 'tags'], queryFn: () => unwrap(client.GET('/api/v1/content/tags', { params: { query: {} } })), staleTime: 60_000 });
  return (
    <Select
      allowClear
      showSearch
      placeholder={t(m.tagFilter)}
      aria-label={t(m.tagFilter)}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      loading={tags.isLoading}
      options={(tags.data?.items ?? []).map((x) => ({ value: x.tag, label: `${x.tag}（${x.count}）` }))}
      style={{ width: 170 }}
      data-testid="tag-filter"
    />
  );
}
