import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useOrgTree } from './useOrgTree.js';
import { buildTree, pathIds } from './org-tree.js';
import { useI18n } from '../../kernel/i18n.js';

interface Props {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Org ids not selectable (e.g. a node and its subtree when moving it). */
  disabledIds?: Set<number>;
  style?: React.CSSProperties;
  id?: string;
}

/** Pick an organisation from the caller's scope; searchable by name. */
export function OrgTreeSelect({ value, onChange, placeholder, allowClear = true, disabledIds, style, id }: Props) {
  const { lang } = useI18n();
  const { data, isLoading } = useOrgTree();
  const treeData = useMemo(() => {
    const mark = (items: ReturnType<typeof buildTree>): unknown[] =>
      items.map((i) => ({ value: i.value, title: i.title, disabled: disabledIds?.has(i.value), children: i.children ? mark(i.children) : undefined }));
    return mark(buildTree(data ?? []));
  }, [data, disabledIds]);
  const expanded = useMemo(() => {
    const roots = (data ?? []).filter((n) => n.parentId == null || !data?.some((p) => p.id === n.parentId));
    const selected = data?.find((n) => n.id === value);
    return [...roots.map((r) => r.id), ...(selected ? pathIds(selected.path) : [])];
  }, [data, value]);
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v == null ? undefined : Number(v))}
      treeData={treeData as never}
      loading={isLoading}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear={allowClear}
      placeholder={placeholder ?? (lang === 'zh' ? '选择组织' : 'Choose an organisation')}
      treeDefaultExpandedKeys={expanded}
      style={{ minWidth: 220, ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
