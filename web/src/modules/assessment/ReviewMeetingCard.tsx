import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { modal, showSuccess } from '../../kernel/feedback.js';
import { validValues } from '../../kernel/form-values.js';
import { fill, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { assessmentApi, assessmentKey, voteGrades, type Round, type VoteGroup } from './assessment.api.js';
import { asText as m, voteGradeText } from './messages.js';

type GroupForm = { name: string; code: string; leafKey: string; weight: number };

/** 述职评议 of a round: rater groups and their voters, opening and closing the meeting's voting, the aggregates. */
export function ReviewMeetingCard({ round }: { round: Round }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [votersOf, setVotersOf] = useState<VoteGroup | null>(null);
  const [form] = Form.useForm<GroupForm>();
  const live = round.status === 'draft' || round.status === 'running';
  const groups = useQuery({ queryKey: [...assessmentKey, 'round', round.id, 'groups'], queryFn: () => assessmentApi.voteGroups(round.id), refetchInterval: live ? 5_000 : false });
  const agg = useQuery({ queryKey: [...assessmentKey, 'round', round.id, 'aggregates'], queryFn: () => assessmentApi.aggregates(round.id), enabled: (groups.data?.items.length ?? 0) > 0, refetchInterval: live ? 5_000 : false });
  const version = useQuery({ queryKey: [...assessmentKey, 'system', round.systemId, 'version', round.version], queryFn: () => assessmentApi.version(round.systemId, round.version) });
  const rated = (version.data?.leaves ?? []).filter((l) => l.type === 'rated');
  const refresh = () => void qc.invalidateQueries({ queryKey: assessmentKey });
  const create = useMutation({
    mutationFn: (v: GroupForm) => assessmentApi.createGroup(round.id, v),
    onSuccess: () => {
      showSuccess(t(m.done));
      setAdding(false);
      form.resetFields();
      refresh();
    },
  });
  const voting = useMutation({ mutationFn: (step: 'open' | 'close') => assessmentApi.voting(round.id, step), onSuccess: refresh });
  const v = round.voting;
  const state = v.closedAt ? m.votingClosedTag : v.openedAt ? m.votingOpenTag : m.votingNotOpenTag;
  const items = groups.data?.items ?? [];
  return (
    <Card
      variant="borderless"
      style={{ marginBottom: 16 }}
      title={
        <Space>
          {t(m.meeting)}
          <Tag color={v.closedAt ? 'default' : v.openedAt ? 'processing' : 'warning'} data-testid="voting-state">
            {t(state)}
          </Tag>
        </Space>
      }
      extra={
        <Space>
          {live && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-group">
              {t(m.addGroup)}
            </Button>
          )}
          {round.status === 'running' && !v.openedAt && items.length > 0 && (
            <Button type="primary" onClick={() => modal().confirm({ title: t(m.openVoting), content: t(m.openVotingConfirm), okText: t(m.openVoting), onOk: () => voting.mutateAsync('open').catch(() => undefined) })} data-testid="voting-open">
              {t(m.openVoting)}
            </Button>
          )}
          {round.status === 'running' && v.openedAt && !v.closedAt && (
            <Button danger onClick={() => modal().confirm({ title: t(m.closeVoting), content: t(m.closeVotingConfirm), okText: t(m.closeVoting), okButtonProps: { danger: true }, onOk: () => voting.mutateAsync('close').catch(() => undefined) })} data-testid="voting-close">
              {t(m.closeVoting)}
            </Button>
          )}
        </Space>
      }
    >
      <Table<VoteGroup>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        loading={groups.isLoading}
        locale={{ emptyText: <EmptyState description={t(m.noGroups)} /> }}
        data-testid="vote-groups"
        columns={[
          { title: t(m.groupName), dataIndex: 'name' },
          { title: t(m.groupLeaf), dataIndex: 'leafName' },
          { title: t(m.groupWeight), dataIndex: 'weight' },
          { title: t(m.voters), dataIndex: 'voters' },
          { title: t(m.votesCastTitle), dataIndex: 'votesCast', render: (n: number) => fill(t(m.votesN), { n }) },
          {
            title: '',
            render: (_: unknown, g) =>
              live && (
                <Button size="small" icon={<UserAddOutlined />} onClick={() => setVotersOf(g)} data-testid={`add-voters-${g.code}`}>
                  {t(m.addVoters)}
                </Button>
              ),
          },
        ]}
      />
      {items.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t(m.aggregates)}
          </Typography.Title>
          <Table
            rowKey="targetId"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={agg.data?.items ?? []}
            data-testid="vote-aggregates"
            columns={[
              { title: t(m.targetName), dataIndex: 'name' },
              ...items.map((g) => ({
                title: g.name,
                key: g.id,
                render: (_: unknown, row: NonNullable<typeof agg.data>['items'][number]) => {
                  const c = row.groups.find((x) => x.groupId === g.id);
                  if (!c?.enough || !c.counts) return <Typography.Text type="secondary">{fill(t(m.notEnough), { n: g.minVotes })}</Typography.Text>;
                  return `${fill(t(m.votesN), { n: c.votes ?? 0 })} · ${voteGrades.map((gr) => `${t(voteGradeText[gr])}${c.counts![gr]}`).join(' ')} · ${fill(t(m.groupScore), { s: c.score ?? '—' })}`;
                },
              })),
            ]}
          />
        </>
      )}
      <Modal open={adding} title={t(m.addGroup)} onCancel={() => setAdding(false)} onOk={async () => {
          const v = await validValues(form);
          if (v) create.mutate(v);
        }} confirmLoading={create.isPending} okText={t(m.addGroup)} okButtonProps={{ 'data-testid': 'group-ok' }}>
        <Form form={form} layout="vertical" initialValues={{ weight: 50 }}>
          <Form.Item name="name" label={t(m.groupName)} rules={[{ required: true, max: 60 }]}>
            <Input data-testid="group-name" />
          </Form.Item>
          <Form.Item name="code" label={t(m.groupCode)} rules={[{ required: true, pattern: /^[a-z0-9_-]{1,40}$/ }]}>
            <Input data-testid="group-code" placeholder="leaders" />
          </Form.Item>
          <Form.Item name="leafKey" label={t(m.groupLeaf)} rules={[{ required: true }]}>
            <Select data-testid="group-leaf" options={rated.map((l) => ({ value: l.key, label: l.path.join(' / ') }))} />
          </Form.Item>
          <Form.Item name="weight" label={t(m.groupWeight)} rules={[{ required: true }]}>
            <InputNumber min={1} max={100} />
          </Form.Item>
        </Form>
      </Modal>
      {votersOf && <VotersDialog round={round} group={votersOf} onClose={() => setVotersOf(null)} />}
    </Card>
  );
}

/** Adds voters to a group (any active account; the server leaves out each voter's own organisations). */
function VotersDialog({ round, group, onClose }: { round: Round; group: VoteGroup; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [ids, setIds] = useState<number[]>([]);
  const accounts = useQuery({ queryKey: ['accounts', 'voters', q], queryFn: () => unwrap(client.GET('/api/v1/accounts', { params: { query: { q: q || undefined, page: 1, pageSize: 50 } } })) });
  const add = useMutation({
    mutationFn: () => assessmentApi.addVoters(round.id, group.id, ids),
    onSuccess: (r) => {
      showSuccess(fill(t(m.votersAdded), { a: r.added, x: r.excludedConflicts }));
      void qc.invalidateQueries({ queryKey: assessmentKey });
      onClose();
    },
  });
  return (
    <Modal open title={`${t(m.addVoters)} · ${group.name}`} onCancel={onClose} onOk={() => add.mutate()} confirmLoading={add.isPending} okButtonProps={{ disabled: ids.length === 0, 'data-testid': 'voters-ok' }} width={600}>
      <Select
        mode="multiple"
        style={{ width: '100%' }}
        showSearch={{ filterOption: false, onSearch: setQ }}
        placeholder={t(m.searchAccounts)}
        loading={accounts.isFetching}
        value={ids}
        onChange={setIds}
        options={(accounts.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.displayName}（${a.username}）` }))}
        data-testid="voters-accounts"
      />
    </Modal>
  );
}
