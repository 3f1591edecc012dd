import { useState } from 'react';
import { Button, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { fmtDateTime } from '../activities/useActivities.js';
import { sqText as m } from './messages.js';
import { CandidatePicker } from './PersonPicker.js';
import { squadsApi, squadsKey, type Member, type MembershipStatus, type SquadProfile } from './squads.api.js';

const statusText = { proposed: m.proposed, active: m.memberActive, left: m.left, rejected: m.rejected } as const;
const statusColor: Record<MembershipStatus, string> = { proposed: 'orange', active: 'green', left: 'default', rejected: 'red' };

function AddMemberDialog({ squadId, onClose }: { squadId: number; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ personId: number; joinReason?: string }>();
  const add = useMutation({
    mutationFn: (v: { personId: number; joinReason?: string }) => squadsApi.addMember(squadId, { personId: v.personId, reason: v.joinReason?.trim() ?? '' }),
    onSuccess: () => {
      showSuccess(t(m.memberAdded));
      void qc.invalidateQueries({ queryKey: squadsKey });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  return (
    <Modal open title={t(m.addMember)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={add.isPending} okText={t(common.save)} cancelText={t(common.cancel)} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)}>
        <Form.Item name="personId" label={t(m.person)} rules={[{ required: true }]}>
          <CandidatePicker squadId={squadId} testId="member-person" />
        </Form.Item>
        <Form.Item name="joinReason" label={t(m.joinReason)} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A reason asked before a membership change that needs one (reject, leave). */
function ReasonDialog({ title, label, onOk, onClose }: { title: string; label: string; onOk: (reason: string) => Promise<unknown>; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const run = useMutation({ mutationFn: (reason: string) => onOk(reason), onSuccess: onClose, onError: (err) => applyFieldErrors(form, err) });
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={run.isPending} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => run.mutate(v.reason.trim())}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The members now in the squad and every join and leave before (who, when, why). */
export function MembersPanel({ profile, canWrite }: { profile: SquadProfile; canWrite: boolean }) {
  const squadId = profile.squad.id;
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [asking, setAsking] = useState<{ member: Member; kind: 'reject' | 'leave' } | null>(null);
  const done = () => {
    showSuccess(t(common.saved));
    void qc.invalidateQueries({ queryKey: squadsKey });
  };
  const confirm = useMutation({ mutationFn: (mb: Member) => squadsApi.confirmMember(squadId, mb.id), onSuccess: done });
  const leader = useMutation({ mutationFn: (mb: Member) => squadsApi.setLeader(squadId, mb.personId), onSuccess: done });
  const current = [...profile.members, ...profile.proposals];
  const history = profile.history;
  const columns = [
    { title: t(m.person), dataIndex: 'name', render: (v: string, mb: Member) => <Space>{v}{mb.role === 'leader' && <Tag color="red">{t(m.roleLeader)}</Tag>}</Space> },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (s: MembershipStatus) => <Tag color={statusColor[s]}>{t(statusText[s])}</Tag> },
    { title: t(m.joinedAt), dataIndex: 'joinedAt', width: 160, render: (v: string | null, mb: Member) => fmtDateTime(v ?? mb.proposedAt, lang) },
    { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
    { title: t(m.joinReason), dataIndex: 'joinReason', ellipsis: true },
  ];
  return (
    <>
      {canWrite && (
        <div className="vg-toolbar">
          <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="member-add">
            {t(m.addMember)}
          </Button>
        </div>
      )}
      <Table<Member>
        rowKey="id"
        size="small"
        dataSource={current}
        pagination={false}
        locale={{ emptyText: <EmptyState /> }}
        data-testid="members-table"
        columns={[
          ...columns,
          ...(canWrite
            ? [
                {
                  title: t(common.actions),
                  key: 'actions',
                  width: 170,
                  render: (_: unknown, mb: Member) =>
                    mb.status === 'proposed' ? (
                      <Space>
                        <a onClick={() => confirm.mutate(mb)} data-testid={`member-confirm-${mb.id}`}>{t(m.confirm)}</a>
                        <a onClick={() => setAsking({ member: mb, kind: 'reject' })}>{t(m.reject)}</a>
                      </Space>
                    ) : mb.role !== 'leader' ? (
                      <Space>
                        <a onClick={() => leader.mutate(mb)}>{t(m.makeLeader)}</a>
                        <a onClick={() => setAsking({ member: mb, kind: 'leave' })}>{t(m.remove)}</a>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <h4 style={{ marginTop: 16 }}>{t(m.history)}</h4>
      <Table<Member>
        rowKey="id"
        size="small"
        dataSource={history}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState /> }}
        data-testid="members-history"
        columns={[
          ...columns,
          { title: t(m.leftAt), dataIndex: 'leftAt', width: 160, render: (v: string | null) => fmtDateTime(v, lang) },
          { title: t(m.leaveReason), key: 'why', ellipsis: true, render: (_: unknown, mb: Member) => mb.leaveReason ?? mb.rejectReason ?? '' },
        ]}
      />
      {adding && <AddMemberDialog squadId={squadId} onClose={() => setAdding(false)} />}
      {asking && (
        <ReasonDialog
          title={`${t(asking.kind === 'reject' ? m.reject : m.remove)} · ${asking.member.name}`}
          label={t(asking.kind === 'reject' ? m.rejectReason : m.leaveReason)}
          onOk={(reason) => (asking.kind === 'reject' ? squadsApi.rejectMember(squadId, asking.member.id, reason) : squadsApi.removeMember(squadId, asking.member.id, reason)).then(done)}
          onClose={() => setAsking(null)}
        />
      )}
    </>
  );
}
