import { useEffect } from 'react';
import { Form, Modal, Radio, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { communityApi, communityKey, type Need } from './community.api.js';
import { cText as m } from './messages.js';

/** An organiser claims a need for one of their organisations or one of their teams; the claim becomes a volunteer activity. */
export function ClaimDialog({ need, onClose }: { need: Need | null; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ kind: 'team' | 'org'; teamId?: number; orgId?: number }>();
  const kind = Form.useWatch('kind', form);
  const teams = useQuery({ queryKey: [...communityKey, 'teams', 'mine'], queryFn: () => communityApi.teams({ status: 'active', pageSize: 100 }), enabled: !!need });
  useEffect(() => {
    if (need) form.setFieldsValue({ kind: 'team', teamId: undefined, orgId: undefined });
  }, [need, form]);
  const claim = useMutation({
    mutationFn: (v: { kind: 'team' | 'org'; teamId?: number; orgId?: number }) => communityApi.claim(need!.id, v.kind === 'team' ? { teamId: v.teamId } : { orgId: v.orgId }),
    onSuccess: (r) => {
      showSuccess(t(r?.activityId ? m.claimed : m.claimedOnly));
      void qc.invalidateQueries({ queryKey: communityKey });
      onClose();
    },
    // A lost race answers 409: the list shows who has it now.
    onError: () => void qc.invalidateQueries({ queryKey: communityKey }),
  });
  return (
    <Modal
      open={!!need}
      title={`${t(m.claim)}：${need?.title ?? ''}`}
      onCancel={onClose}
      onOk={async () => claim.mutate(await form.validateFields())}
      confirmLoading={claim.isPending}
      okText={t(m.claim)}
      cancelText={t(common.cancel)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="kind" label={t(m.claimFor)}>
          <Radio.Group
            options={[
              { value: 'team', label: t(m.claimAsTeam) },
              { value: 'org', label: t(m.claimAsOrg) },
            ]}
          />
        </Form.Item>
        {kind === 'org' ? (
          <Form.Item name="orgId" label={t(m.organisation)} rules={[{ required: true }]}>
            <OrgTreeSelect />
          </Form.Item>
        ) : (
          <Form.Item name="teamId" label={t(m.team)} rules={[{ required: true }]}>
            <Select loading={teams.isLoading} options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name}（${x.orgName}）` }))} data-testid="claim-team" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
