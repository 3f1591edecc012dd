import { useState } from 'react';
import { Button, Checkbox, Form, Input, Modal, Select, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { sqText as m } from './messages.js';
import { squadsApi, squadsKey, type Squad } from './squads.api.js';

interface Values {
  intoId?: number;
  reason: string;
  moveMembers?: boolean;
}

/** Merge a squad into another one, or disband it: both end it and need a reason. */
function EndDialog({ squad, kind, onClose }: { squad: Squad; kind: 'merge' | 'disband'; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const targets = useQuery({
    queryKey: [...squadsKey, 'merge-targets', q],
    queryFn: () => squadsApi.list({ q: q || undefined, status: 'active', page: 1, pageSize: 20 }),
    enabled: kind === 'merge',
  });
  const run = useMutation({
    mutationFn: async (v: Values) => {
      if (kind === 'disband') {
        await squadsApi.disband(squad.id, v.reason.trim());
        return t(common.saved);
      }
      const r = await squadsApi.merge(squad.id, { intoId: v.intoId!, reason: v.reason.trim(), moveMembers: v.moveMembers ?? true });
      const notMoved = r.notMoved.length ? ` ${t(m.notMoved, { list: r.notMoved.map((x) => x.reason).join(t(punct.semi)) })}` : '';
      return t(m.mergedOk, { moved: r.moved.length }) + notMoved;
    },
    onSuccess: (text) => {
      showSuccess(text);
      void qc.invalidateQueries({ queryKey: squadsKey });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  const title = `${t(kind === 'merge' ? m.mergeSquad : m.disbandSquad)} · ${squad.name}`;
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={run.isPending} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ moveMembers: true }} onFinish={(v) => run.mutate(v)}>
        {kind === 'disband' && <p style={{ color: '#c8161d' }}>{t(m.disbandConfirm)}</p>}
        {kind === 'merge' && (
          <>
            <Form.Item name="intoId" label={t(m.mergeInto)} rules={[{ required: true }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setQ }}
                loading={targets.isFetching}
                options={(targets.data?.items ?? []).filter((s) => s.id !== squad.id).map((s) => ({ value: s.id, label: `${s.name} · ${s.orgName}` }))}
              />
            </Form.Item>
            <Form.Item name="moveMembers" valuePropName="checked">
              <Checkbox>{t(m.moveMembers)}</Checkbox>
            </Form.Item>
          </>
        )}
        <Form.Item name="reason" label={t(m.reason)} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The profile's actions that end an active squad. */
export function SquadEndActions({ squad }: { squad: Squad }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'merge' | 'disband' | null>(null);
  return (
    <Space>
      <Button onClick={() => setKind('merge')}>{t(m.mergeSquad)}</Button>
      <Button danger onClick={() => setKind('disband')}>
        {t(m.disbandSquad)}
      </Button>
      {kind && <EndDialog squad={squad} kind={kind} onClose={() => setKind(null)} />}
    </Space>
  );
}
