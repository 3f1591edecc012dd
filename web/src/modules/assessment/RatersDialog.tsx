import { useState } from 'react';
import { Alert, Form, Modal, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { fill, punct, useI18n } from '../../kernel/i18n.js';
import { assessmentApi, assessmentKey, type Round } from './assessment.api.js';
import { asText as m } from './messages.js';

const raterRoles = new Set(['reviewer', 'committee_admin', 'org_admin']);

/** Assigning raters to the rated and evidence items of a round (conflicts of interest are left out by the server). */
export function RatersDialog({ round, open, onClose }: { round: Round; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [accountIds, setAccountIds] = useState<number[]>([]);
  const [leafKeys, setLeafKeys] = useState<string[]>([]);
  const accounts = useQuery({
    queryKey: ['accounts', 'raters', q],
    queryFn: () => unwrap(client.GET('/api/v1/accounts', { params: { query: { q: q || undefined, page: 1, pageSize: 50 } } })),
    enabled: open,
  });
  const version = useQuery({ queryKey: [...assessmentKey, 'system', round.systemId, 'version', round.version], queryFn: () => assessmentApi.version(round.systemId, round.version), enabled: open });
  const leaves = (version.data?.leaves ?? []).filter((l) => l.type !== 'computed');
  const assign = useMutation({
    mutationFn: () => assessmentApi.assignRaters(round.id, { accountIds, leafKeys: leafKeys.length ? leafKeys : undefined }),
    onSuccess: (r) => {
      showSuccess(fill(t(m.assigned), { a: r.assigned, x: r.excludedConflicts }));
      void qc.invalidateQueries({ queryKey: assessmentKey });
      setAccountIds([]);
      onClose();
    },
  });
  const options = (accounts.data?.items ?? [])
    .filter((a) => a.roles.some((r) => raterRoles.has(r.role)))
    .map((a) => ({ value: a.id, label: `${a.displayName}（${a.username}）· ${a.roles.map((r) => r.orgName).join('、')}` }));
  return (
    <Modal open={open} title={t(m.assignRaters)} onCancel={onClose} onOk={() => assign.mutate()} okButtonProps={{ disabled: accountIds.length === 0, 'data-testid': 'raters-ok' }} confirmLoading={assign.isPending} width={640}>
      <Alert type="info" showIcon title={t(m.ratersHint)} style={{ marginBottom: 12 }} />
      <Form layout="vertical">
        <Form.Item label={t(m.raters)} required>
          <Select
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setQ }}
            placeholder={t(m.searchAccounts)}
            loading={accounts.isFetching}
            value={accountIds}
            onChange={setAccountIds}
            options={options}
            data-testid="raters-accounts"
          />
        </Form.Item>
        <Form.Item label={t(m.leavesToRate)}>
          <Select mode="multiple" allowClear value={leafKeys} onChange={setLeafKeys} options={leaves.map((l) => ({ value: l.key, label: `${l.path.join(' / ')}${t(punct.open)}${t(l.type === 'rated' ? m.rated : m.evidence)}${t(punct.close)}` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
