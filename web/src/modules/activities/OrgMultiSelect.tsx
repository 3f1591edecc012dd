import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useI18n } from '../../kernel/i18n.js';
import { useOrgTree } from '../org/useOrgTree.js';
import { buildTree, type TreeItem } from '../org/org-tree.js';

/** Several organisations from the caller's scope (an audience); each pick means that organisation and its subtree. */
export function OrgMultiSelect({ value, onChange, id, placeholder }: { value?: number[]; onChange?: (v: number[]) => void; id?: string; placeholder?: string }) {
  const { lang } = useI18n();
  const { data, isLoading } = useOrgTree();
  const treeData = useMemo(() => {
    const map = (items: TreeItem[]): unknown[] => items.map((i) => ({ value: i.value, title: i.title, children: i.children ? map(i.children) : undefined }));
    return map(buildTree(data ?? []));
  }, [data]);
  return (
    <TreeSelect
      id={id}
      multiple
      value={value ?? []}
      onChange={(v) => onChange?.((v as number[]).map(Number))}
      treeData={treeData as never}
      loading={isLoading}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      placeholder={placeholder ?? (lang === 'zh' ? '选择组织' : 'Choose organisations')}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      maxTagCount="responsive"
    />
  );
}
