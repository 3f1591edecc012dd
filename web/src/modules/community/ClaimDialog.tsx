import { useEffect } from 'react';
import { Form, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { communityApi, communityKey, type Need } from './community.api.js';
import { cText as m } from './messages.js';
import { validValues } from '../../kernel/form-values.js';

/**
 * An organiser claims a need for one of their organisations (teams claim through their captain on the phone);
 * the claim then becomes a volunteer activity at once, or later from the claims list.
 */
export function ClaimDialog({ need, onClose }: { need: Need | null; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ orgId: number }>();
  useEffect(() => {
    if (need) form.resetFields();
  }, [need, form]);
  const claim = useMutation({
    mutationFn: async ({ orgId }: { orgId: number }) => {
      const c = await communityApi.claimAsOrg(need!.id, orgId);
      return communityApi.schedule(c.id, false);
    },
    onSuccess: (r) => {
      showSuccess(t(r.activityId ? m.claimed : m.claimedOnly));
      onClose();
    },
    // A lost race answers 409: the list then shows who has it.
    onSettled: () => void qc.invalidateQueries({ queryKey: communityKey }),
  });
  return (
    <Modal
      open={!!need}
      title={`${t(m.claim)}${t(punct.colon)}${need?.title ?? ''}`}
      onCancel={onClose}
      onOk={async () => {
        const v = await validValues(form);
        if (v) claim.mutate(v);
      }}
      confirmLoading={claim.isPending}
      okText={t(m.claim)}
      cancelText={t(common.cancel)}
      destroyOnHidden
    >
      <p style={{ color: '#888' }}>{t(m.claimHelp)}</p>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="orgId" label={t(m.claimFor)} rules={[{ required: true }]}>
          <OrgTreeSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
