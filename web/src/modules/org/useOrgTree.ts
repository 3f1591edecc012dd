import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';

export const orgTreeKey = ['orgs', 'tree'];

/** Every organisation in the caller's scope (flat). */
export function useOrgTree(enabled = true) {
  return useQuery({
    queryKey: orgTreeKey,
    queryFn: async () => (await unwrap(client.GET('/api/v1/orgs/tree'))).nodes,
    staleTime: 30_000,
    enabled,
  });
}
