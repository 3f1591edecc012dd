import { lazy, Suspense, useState } from 'react';
import { Button, Card, Descriptions, Form, Input, List, Modal, Result, Segmented, Select, Tag } from 'antd';
import { FlagOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { errorText, showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { common, useI18n, punct } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { sqText as m } from '../messages.js';
import { Movement } from '../Movement.js';
import { fmtScore, squadsApi, squadsKey, type MySquad } from '../squads.api.js';

const SquadRadar = lazy(() => import('../charts/SquadCharts.js').then((c) => ({ default: c.SquadRadar })));

function SquadCard({ mine }: { mine: MySquad & { squad: NonNullable<MySquad['squad']> } }) {
  const { t } = useI18n();
  const nav = useNavigate();
  const s = mine.squad;
  const active = mine.members;
  return (
    <>
      <Card size="small" variant="borderless" title={s.name} data-testid="my-squad">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t(m.org)}>{s.orgName}</Descriptions.Item>
          <Descriptions.Item label={t(m.field)}>{s.field}</Descriptions.Item>
          <Descriptions.Item label={t(m.leader)}>{s.leaderName ?? '—'}</Descriptions.Item>
          {s.mission && <Descriptions.Item label={t(m.mission)}>{s.mission}</Descriptions.Item>}
        </Descriptions>
        <Button block type="primary" icon={<FlagOutlined />} onClick={() => nav('/m/squad/tasks')} data-testid="my-squad-tasks">
          {t(m.myTasks)}
        </Button>
      </Card>
      {mine.role === 'leader' && <ProposeCard proposals={mine.proposals} />}
      <Card size="small" variant="borderless" title={`${t(m.members)} · ${active.length}`}>
        <List
          size="small"
          dataSource={active}
          renderItem={(mb) => (
            <List.Item>
              {mb.name} {mb.role === 'leader' && <Tag color="red">{t(m.roleLeader)}</Tag>}
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}

/** The leader proposes a young cadre of the squad's organisation; the organisation confirms. */
function ProposeCard({ proposals }: { proposals: MySquad['proposals'] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [form] = Form.useForm<{ personId: number; reason?: string }>();
  const candidates = useQuery({ queryKey: [...squadsKey, 'my-candidates', q], queryFn: () => squadsApi.myCandidates(q), enabled: open && q.trim().length > 0 });
  const propose = useMutation({
    mutationFn: (v: { personId: number; reason?: string }) => squadsApi.propose({ personId: v.personId, reason: v.reason?.trim() ?? '' }),
    onSuccess: () => {
      showSuccess(t(m.proposedOk));
      void qc.invalidateQueries({ queryKey: squadsKey });
      setOpen(false);
      form.resetFields();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  return (
    <Card size="small" variant="borderless" title={t(m.pendingProposals)} extra={<Button size="small" icon={<UserAddOutlined />} onClick={() => setOpen(true)}>{t(m.proposeMember)}</Button>}>
      {proposals.length === 0 ? <EmptyState /> : <List size="small" dataSource={proposals} renderItem={(p) => <List.Item extra={<Tag color="orange">{t(m.proposed)}</Tag>}>{p.name}</List.Item>} />}
      <Modal open={open} title={t(m.proposeMember)} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={propose.isPending} okText={t(common.confirm)} cancelText={t(common.cancel)} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => propose.mutate(v)}>
          <Form.Item name="personId" label={t(m.person)} rules={[{ required: true }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: setQ }}
              loading={candidates.isFetching}
              placeholder={t(m.pickPerson)}
              options={(candidates.data?.items ?? []).map((c) => ({ value: c.id, disabled: !c.eligible || !!c.activeSquad, label: `${c.name} · ${c.age}岁 · ${c.unit ?? c.orgName}` }))}
            />
          </Form.Item>
          <Form.Item name="reason" label={t(m.joinReason)} rules={[{ max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** The top squads of the current period (the public board) and where our squad stands. */
function RankingList({ squadName }: { squadName: string }) {
  const { t } = useI18n();
  const board = useQuery({ queryKey: [...squadsKey, 'board'], queryFn: () => squadsApi.board(), meta: { silent: true } });
  const mine = useQuery({ queryKey: [...squadsKey, 'my-scores'], queryFn: () => squadsApi.myHistory(), meta: { silent: true } });
  if (board.isLoading) return <Loading />;
  if (board.error) return <Result status="warning" subTitle={errorText(board.error)} />;
  const d = board.data;
  if (!d?.period) return <EmptyState description={t(m.noClosed)} />;
  const me = mine.data?.items.find((i) => i.periodId === d.period!.id);
  return (
    <>
      {me && (
        <Card size="small" variant="borderless" data-testid="my-squad-rank">
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <span>{`${t(m.myRank)}${t(punct.colon)}${me.rank} / ${me.ranked}`}</span>
            <Movement value={me.movement} />
            <strong>{fmtScore(me.total)}</strong>
          </div>
        </Card>
      )}
      <Card size="small" variant="borderless" title={d.period.label}>
        <List
          size="small"
          dataSource={d.items}
          data-testid="my-ranking"
          renderItem={(r) => (
            <List.Item style={r.name === squadName ? { background: '#fff1f0' } : undefined} extra={<strong>{fmtScore(r.total)}</strong>}>
              <span style={{ display: 'flex', gap: 8, alignItems: 'center', minWidth: 0 }}>
                <strong style={{ width: 24, textAlign: 'right' }}>{r.rank}</strong>
                <Movement value={r.movement} />
                <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{r.name}</span>
                {r.badge && <Tag color="red">{t(m.badge)}</Tag>}
              </span>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}

function MyRadar() {
  const { t } = useI18n();
  const scores = useQuery({ queryKey: [...squadsKey, 'my-scores'], queryFn: () => squadsApi.myHistory(), meta: { silent: true } });
  if (scores.isLoading) return <Loading />;
  if (scores.error) return <Result status="warning" subTitle={errorText(scores.error)} />;
  const items = scores.data?.items ?? [];
  if (items.length === 0) return <EmptyState description={t(m.noClosed)} />;
  const last = items[items.length - 1];
  return (
    <Card size="small" variant="borderless" title={t(m.radar)} extra={<span>{`${t(m.myRank)} ${last.rank}`}</span>}>
      <Suspense fallback={<Loading />}>
        <SquadRadar scores={items} height={300} />
      </Suspense>
    </Card>
  );
}

/** 我的尖刀班 on the phone: the squad and its members, the ranking, and our radar of the five dimensions. */
export default function MobileSquad() {
  const { t } = useI18n();
  const [tab, setTab] = useState<'squad' | 'ranking' | 'radar'>('squad');
  const mine = useQuery({ queryKey: [...squadsKey, 'mine'], queryFn: () => squadsApi.mySquad(), meta: { silent: true } });
  return (
    <>
      <MobileBar title={t(m.mySquad)} />
      <div className="vg-m-page">
        {mine.isLoading ? (
          <Loading />
        ) : mine.error ? (
          <Result status="warning" subTitle={errorText(mine.error)} />
        ) : !mine.data?.squad ? (
          <Card size="small" variant="borderless">
            <EmptyState description={t(m.notInSquad)} />
          </Card>
        ) : (
          <>
            <Segmented
              block
              value={tab}
              onChange={(v) => setTab(v as typeof tab)}
              options={[
                { value: 'squad', label: t(m.mySquad) },
                { value: 'ranking', label: t(m.squadRanking) },
                { value: 'radar', label: t(m.radar) },
              ]}
            />
            {tab === 'squad' && <SquadCard mine={{ ...mine.data, squad: mine.data.squad }} />}
            {tab === 'ranking' && <RankingList squadName={mine.data.squad.name} />}
            {tab === 'radar' && <MyRadar />}
          </>
        )}
      </div>
    </>
  );
}
