import { useQuery } from '@tanstack/react-query';
import { api } from '../../kernel/api.js';
import type { OrgNode } from './org.types.js';

export const orgTreeKey = ['orgs', 'tree'];

/** Every organisation in the caller's scope (flat). */
export function useOrgTree(enabled = true) {
  return useQuery({
    queryKey: orgTreeKey,
    queryFn: async () => (await api.get<{ nodes: OrgNode[] }>('/orgs/tree')).nodes,
    staleTime: 30_000,
    enabled,
  });
}
