import { useState } from 'react';
import { Button, Popconfirm, Segmented, Select, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { BellOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../kernel/auth.js';
import type { Query } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage, useListState, type ListState } from '../../kernel/ListPage.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { communityApi, communityKey, type MemberRegistrationRow, type OrgRegistration, type UnregisteredMember } from './community.api.js';
import { cText as m, statusColor, type MemberRegStatus, type OrgRegStatus } from './messages.js';
import { OrgRegistrationDialog } from './OrgRegistrationDialog.js';
import { ReasonDialog } from './ReasonDialog.js';
import { fmtDay } from './useCommunity.js';

type Tab = 'org' | 'member' | 'unregistered';
const regsKey = [...communityKey, 'registrations'];

/** 双报到: organisations' agreements and members' registrations with their confirmation queues, and who has not registered yet. */
export default function RegistrationsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const list = useListState();
  const staff = can('community.staff');
  const tabs: { value: Tab; label: string }[] = [
    { value: 'org', label: t(m.orgLevel) },
    { value: 'member', label: t(m.memberLevel) },
    ...(can('community.read') ? [{ value: 'unregistered' as Tab, label: t(m.unregistered) }] : []),
  ];
  const tab = (tabs.find((x) => x.value === list.get('tab'))?.value ?? 'org') as Tab;
  const header = (s: ListState) => (
    <Segmented value={tab} onChange={(v) => s.set({ tab: v === 'org' ? undefined : v, status: undefined, orgId: undefined, q: undefined })} options={tabs} style={{ marginBottom: 12 }} data-testid="reg-tabs" />
  );
  if (tab === 'member') return <MemberRegs header={header} staff={staff} />;
  if (tab === 'unregistered') return <Unregistered header={header} />;
  return <OrgRegs header={header} staff={staff} organiser={can('community.write')} />;
}

/** The status filter; a queue opens on what waits (`initial`), and "all" shows every state. */
function StatusFilter({ s, options, initial }: { s: ListState; options: Record<string, { zh: string; en: string }>; initial?: string }) {
  const { t } = useI18n();
  return (
    <Select
      placeholder={t(m.status)}
      aria-label={t(m.status)}
      value={s.get('status') ?? initial ?? 'all'}
      onChange={(v) => s.set({ status: v === (initial ?? 'all') ? undefined : v })}
      options={[{ value: 'all', label: t(m.all) }, ...Object.entries(options).map(([k, v]) => ({ value: k, label: t(v) }))]}
      style={{ width: 120 }}
    />
  );
}

/** The `status` the route gets: the URL's, else the queue's initial one; "all" means none. */
const statusOf = (s: ListState, initial?: string) => {
  const v = s.get('status') ?? initial;
  return v === 'all' ? undefined : v;
};

function OrgRegs({ header, staff, organiser }: { header: (s: ListState) => React.ReactNode; staff: boolean; organiser: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [proposing, setProposing] = useState(false);
  const [declining, setDeclining] = useState<number | null>(null);
  const done = () => {
    showSuccess(t(common.saved));
    void qc.invalidateQueries({ queryKey: communityKey });
  };
  const confirm = useMutation({ mutationFn: communityApi.confirmOrg, onSuccess: done });
  const end = useMutation({ mutationFn: communityApi.endOrg, onSuccess: done });
  const columns: TableProps<OrgRegistration>['columns'] = [
    { title: t(m.organisation), dataIndex: 'orgName', ellipsis: true },
    { title: t(m.community), dataIndex: 'communityName', ellipsis: true },
    { title: t(m.period), key: 'period', width: 200, render: (_, r) => `${fmtDay(r.periodStart)} ~ ${fmtDay(r.periodEnd)}` },
    { title: t(m.contact), key: 'contact', width: 170, render: (_, r) => `${r.contactName} ${r.contactPhone}` },
    { title: t(m.agreedServices), dataIndex: 'agreedServices', render: (v: string[]) => v.map((x) => <Tag key={x}>{x}</Tag>) },
    {
      title: t(m.status),
      dataIndex: 'status',
      width: 100,
      render: (s: OrgRegStatus, r) => (
        <span title={r.declineReason ?? undefined}>
          <Tag color={statusColor[s]}>{t(m.orgStatus[s])}</Tag>
        </span>
      ),
    },
    {
      title: t(common.actions),
      key: 'actions',
      width: 140,
      render: (_, r) => (
        <Space size={4}>
          {staff && r.status === 'proposed' && (
            <>
              <Popconfirm title={t(m.confirm)} onConfirm={() => confirm.mutateAsync(r.id)}>
                <a data-testid={`org-reg-confirm-${r.id}`}>{t(m.confirm)}</a>
              </Popconfirm>
              <a onClick={() => setDeclining(r.id)} style={{ color: '#c8161d' }}>
                {t(m.decline)}
              </a>
            </>
          )}
          {organiser && r.status === 'confirmed' && (
            <Popconfirm title={t(m.endConfirm)} okButtonProps={{ danger: true }} onConfirm={() => end.mutateAsync(r.id)}>
              <a>{t(m.end)}</a>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  return (
    <ListPage<OrgRegistration, Query<'/api/v1/community-org-registrations', 'get'>>
      title={t(m.registrations)}
      extra={
        organiser && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
            {t(m.propose)}
          </Button>
        )
      }
      header={header}
      queryKey={[...regsKey, 'org']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, status: statusOf(s, staff ? 'proposed' : undefined) as OrgRegistration['status'] | undefined, orgId: Number(s.get('orgId')) || undefined })}
      fetch={staff ? communityApi.staffOrgRegistrations : communityApi.orgRegistrations}
      columns={columns}
      filters={(s) => (
        <>
          <StatusFilter s={s} options={m.orgStatus} initial={staff ? 'proposed' : undefined} />
          {!staff && <OrgTreeSelect value={Number(s.get('orgId')) || undefined} onChange={(v) => s.set({ orgId: v })} />}
        </>
      )}
      resetKeeps={['tab']}
      emptyText={t(m.noRegistrations)}
      table={{ 'data-testid': 'org-regs-table', size: 'middle' }}
    >
      <OrgRegistrationDialog open={proposing} onClose={() => setProposing(false)} />
      <ReasonDialog open={declining !== null} title={t(m.declineTitle)} onClose={() => setDeclining(null)} onSubmit={(reason) => communityApi.declineOrg(declining!, reason).then(done)} />
    </ListPage>
  );
}

function MemberRegs({ header, staff }: { header: (s: ListState) => React.ReactNode; staff: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [declining, setDeclining] = useState<number | null>(null);
  const done = () => {
    showSuccess(t(common.saved));
    void qc.invalidateQueries({ queryKey: communityKey });
  };
  const confirm = useMutation({ mutationFn: communityApi.confirmMember, onSuccess: done });
  const columns: TableProps<MemberRegistrationRow>['columns'] = [
    { title: t(m.member), dataIndex: 'personName', width: 110 },
    { title: t(m.organisation), dataIndex: 'orgName', ellipsis: true },
    { title: t(m.community), dataIndex: 'communityName', ellipsis: true },
    { title: t(m.liveAddress), dataIndex: 'address', ellipsis: true },
    // Only the community's staff may open a proof (the member's organisation sees that there is one).
    {
      title: t(m.proof),
      dataIndex: 'hasProof',
      width: 110,
      render: (has: boolean, r) =>
        !has ? (
          '—'
        ) : staff ? (
          <a href={communityApi.proofUrl(r.id)} target="_blank" rel="noreferrer" data-testid={`member-reg-proof-${r.id}`}>
            {t(m.viewProof)}
          </a>
        ) : (
          <Tag>{t(m.proofUploaded)}</Tag>
        ),
    },
    { title: t(m.submittedAt), dataIndex: 'createdAt', width: 120, render: fmtDay },
    {
      title: t(m.status),
      dataIndex: 'status',
      width: 100,
      render: (s: MemberRegStatus, r) => (
        <span title={r.reason ?? undefined}>
          <Tag color={statusColor[s]}>{t(m.memberStatus[s])}</Tag>
        </span>
      ),
    },
    ...(staff
      ? [
          {
            title: t(common.actions),
            key: 'actions',
            width: 120,
            render: (_: unknown, r: MemberRegistrationRow) =>
              r.status === 'pending' && (
                <Space size={4}>
                  <Popconfirm title={t(m.confirm)} onConfirm={() => confirm.mutateAsync(r.id)}>
                    <a data-testid={`member-reg-confirm-${r.id}`}>{t(m.confirm)}</a>
                  </Popconfirm>
                  <a onClick={() => setDeclining(r.id)} style={{ color: '#c8161d' }}>
                    {t(m.decline)}
                  </a>
                </Space>
              ),
          },
        ]
      : []),
  ];
  return (
    <ListPage<MemberRegistrationRow, Query<'/api/v1/community-member-registrations', 'get'>>
      title={t(m.registrations)}
      header={header}
      queryKey={[...regsKey, 'member']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, status: statusOf(s, staff ? 'pending' : undefined) as MemberRegistrationRow['status'] | undefined, orgId: staff ? undefined : Number(s.get('orgId')) || undefined })}
      fetch={staff ? communityApi.staffMemberRegistrations : communityApi.memberRegistrations}
      columns={columns}
      search={{ placeholder: t(m.searchPerson) }}
      filters={(s) => (
        <>
          <StatusFilter s={s} options={m.memberStatus} initial={staff ? 'pending' : undefined} />
          {!staff && <OrgTreeSelect value={Number(s.get('orgId')) || undefined} onChange={(v) => s.set({ orgId: v })} />}
        </>
      )}
      resetKeeps={['tab']}
      emptyText={t(m.noRegistrations)}
      table={{ 'data-testid': 'member-regs-table', size: 'middle' }}
    >
      <ReasonDialog open={declining !== null} title={t(m.declineTitle)} onClose={() => setDeclining(null)} onSubmit={(reason) => communityApi.declineMember(declining!, reason).then(done)} />
    </ListPage>
  );
}

function Unregistered({ header }: { header: (s: ListState) => React.ReactNode }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<number[]>([]);
  const remind = useMutation({
    mutationFn: communityApi.remind,
    onSuccess: (r, ids) => {
      showSuccess(t(m.reminded, { n: r?.count ?? ids.length }));
      setSelected([]);
    },
  });
  const columns: TableProps<UnregisteredMember>['columns'] = [
    { title: t(m.member), dataIndex: 'name', width: 140 },
    { title: t(m.organisation), dataIndex: 'orgName' },
    { title: t(m.lastStatus), dataIndex: 'lastStatus', width: 120, render: (s: MemberRegStatus | null) => (s ? <Tag color={statusColor[s]}>{t(m.memberStatus[s])}</Tag> : '—') },
    {
      title: t(common.actions),
      key: 'actions',
      width: 120,
      render: (_, r) => (
        <a onClick={() => remind.mutate([r.personId])}>
          <BellOutlined /> {t(m.remind)}
        </a>
      ),
    },
  ];
  return (
    <ListPage<UnregisteredMember, Query<'/api/v1/community-member-registrations/unregistered', 'get'>>
      title={t(m.registrations)}
      header={header}
      extra={
        <Popconfirm title={t(m.remindSelected)} disabled={!selected.length} onConfirm={() => remind.mutateAsync(selected)}>
          <Button icon={<BellOutlined />} disabled={!selected.length} loading={remind.isPending}>
            {t(m.remindSelected)} {selected.length ? `(${selected.length})` : ''}
          </Button>
        </Popconfirm>
      }
      queryKey={[...regsKey, 'unregistered']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, orgId: Number(s.get('orgId')) || undefined })}
      fetch={communityApi.unregistered}
      columns={columns}
      rowKey="personId"
      search={{ placeholder: t(m.searchPerson) }}
      filters={(s) => <OrgTreeSelect value={Number(s.get('orgId')) || undefined} onChange={(v) => s.set({ orgId: v })} />}
      resetKeeps={['tab']}
      emptyText={t(m.noUnregistered)}
      table={{ 'data-testid': 'unregistered-table', size: 'middle', rowSelection: { selectedRowKeys: selected, onChange: (k) => setSelected(k.map(Number)) } }}
    />
  );
}
