import { Button, Checkbox, DatePicker, Drawer, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { validValues } from '../../kernel/form-values.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { exemplarCategoryName, rText as m } from './role-messages.js';
import { roleApi, roleKey, type Nomination, type RoundQuery, type VoteRound } from './role-models.api.js';

const next: Partial<Record<VoteRound['status'], { to: 'nominating' | 'voting' | 'closed'; label: keyof typeof m }>> = {
  draft: { to: 'nominating', label: 'startNominating' },
  nominating: { to: 'voting', label: 'startVoting' },
  voting: { to: 'closed', label: 'closeVoting' },
};
const statusColor: Record<VoteRound['status'], string> = { draft: 'default', nominating: 'blue', voting: 'red', closed: 'gold' };

interface RoundForm {
  title: string;
  description?: string;
  nominationDeadline: Dayjs;
  voting: [Dayjs, Dayjs];
  votesPerMember: number;
  hideResults: boolean;
  winners: number;
}

/** 典型评选 (committee): rounds, their steps (nominate → vote → close), and the nominations to review with live counts. */
export default function RoundsPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<RoundForm>();
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<VoteRound | null>(null);
  const noms = useQuery({ queryKey: [...roleKey, 'noms', open?.id], queryFn: () => roleApi.roundNominations(open!.id), enabled: !!open });
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      showSuccess(t(common.saved));
      await qc.invalidateQueries({ queryKey: roleKey });
    } catch (err) {
      showError(err);
    }
  };
  const create = async () => {
    const v = await validValues(form);
    if (!v) return;
    await act(async () => {
      await roleApi.createRound({ title: v.title, description: v.description ?? '', nominationDeadline: v.nominationDeadline.toISOString(), votingOpensAt: v.voting[0].toISOString(), votingClosesAt: v.voting[1].toISOString(), votesPerMember: v.votesPerMember, hideResults: v.hideResults, winners: v.winners });
      setCreating(false);
      form.resetFields();
    });
  };
  const columns: TableProps<VoteRound>['columns'] = [
    { title: t(m.roundTitle), dataIndex: 'title', ellipsis: true },
    { title: t(m.votingClosesAt), dataIndex: 'votingClosesAt', width: 120, render: (v: string) => String(v).slice(0, 10) },
    { title: t(m.nominations), key: 'n', width: 110, render: (_: unknown, r) => `${r.approved}/${r.nominations}` },
    { title: t(m.votes), dataIndex: 'votes', width: 80 },
    { title: t(common.actions), key: 'status', width: 260, render: (_: unknown, r) => (
      <Space>
        <Tag color={statusColor[r.status]}>{t(m[r.status])}</Tag>
        <Button size="small" onClick={() => setOpen(r)}>{t(m.nominations)}</Button>
        {next[r.status] && (
          <Popconfirm title={r.status === 'voting' ? t(m.confirmClose) : t(m[next[r.status]!.label])} onConfirm={() => act(() => roleApi.moveRound(r.id, next[r.status]!.to))}>
            <Button size="small" type="primary">{t(m[next[r.status]!.label])}</Button>
          </Popconfirm>
        )}
      </Space>
    ) },
  ];
  return (
    <>
      <ListPage<VoteRound, RoundQuery>
        title={t(m.rounds)}
        subTitle={t(m.wallSlogan)}
        extra={<Button type="primary" onClick={() => setCreating(true)}>{t(m.newRound)}</Button>}
        queryKey={[...roleKey, 'rounds']}
        query={(s) => ({ page: s.page, pageSize: s.pageSize })}
        fetch={roleApi.rounds}
        columns={columns}
        rowKey="id"
      />
      <Modal open={creating} title={t(m.newRound)} onCancel={() => setCreating(false)} onOk={create} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ votesPerMember: 3, hideResults: true, winners: 10, nominationDeadline: dayjs().add(7, 'day'), voting: [dayjs().add(8, 'day'), dayjs().add(15, 'day')] }}>
          <Form.Item name="title" label={t(m.roundTitle)} rules={[{ required: true, min: 2, max: 100 }]}><Input /></Form.Item>
          <Form.Item name="description" label={t(m.body)}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
          <Form.Item name="nominationDeadline" label={t(m.nominationDeadline)} rules={[{ required: true }]}><DatePicker showTime /></Form.Item>
          <Form.Item name="voting" label={`${t(m.votingOpensAt)} ~ ${t(m.votingClosesAt)}`} rules={[{ required: true }]}><DatePicker.RangePicker showTime /></Form.Item>
          <Space>
            <Form.Item name="votesPerMember" label={t(m.votesPerMember)} rules={[{ required: true }]}><InputNumber min={1} max={50} /></Form.Item>
            <Form.Item name="winners" label={t(m.winners)} rules={[{ required: true }]}><InputNumber min={1} max={200} /></Form.Item>
            <Form.Item name="hideResults" valuePropName="checked" label=" "><Checkbox>{t(m.hideResults)}</Checkbox></Form.Item>
          </Space>
        </Form>
      </Modal>
      <Drawer open={!!open} width={760} title={open?.title} onClose={() => setOpen(null)}>
        <Table<Nomination>
          rowKey="id"
          size="small"
          loading={noms.isLoading}
          dataSource={noms.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t(common.empty) }}
          expandable={{ expandedRowRender: (n) => n.material }}
          columns={[
            { title: t(m.title), dataIndex: 'exemplarName' },
            { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
            { title: t(m.category), dataIndex: 'category', render: (c: string) => exemplarCategoryName(c) },
            { title: t(m.votes), dataIndex: 'voteCount', width: 70 },
            { title: t(common.actions), key: 'a', width: 170, render: (_: unknown, n) =>
              n.status === 'pending' && open?.status === 'nominating' ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => act(() => roleApi.reviewNomination(n.id, 'approved'))}>{t(m.approve)}</Button>
                  <Popconfirm title={t(m.reject)} onConfirm={() => act(() => roleApi.reviewNomination(n.id, 'rejected'))}><Button size="small" danger>{t(m.reject)}</Button></Popconfirm>
                </Space>
              ) : (
                <Tag color={n.winner ? 'gold' : n.status === 'approved' ? 'green' : n.status === 'rejected' ? 'default' : 'blue'}>{t(n.winner ? m.winner : m[n.status])}</Tag>
              ) },
          ]}
        />
      </Drawer>
    </>
  );
}
