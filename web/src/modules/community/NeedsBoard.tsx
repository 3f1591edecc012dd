import { useState } from 'react';
import { Button, DatePicker, Form, Modal, Popconfirm, Segmented, Select, Space, Tag, Tooltip } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useAuth } from '../../kernel/auth.js';
import type { Query } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage, useListState, type ListState } from '../../kernel/ListPage.js';
import { AreaFilters } from './AreaFilters.js';
import { ClaimDialog } from './ClaimDialog.js';
import { communityApi, communityKey, type Need } from './community.api.js';
import { cText as m, statusColor, type NeedStatus } from './messages.js';
import { NeedFields, needDefaults, usePostNeed, type NeedValues } from './NeedForm.js';
import { ReasonDialog } from './ReasonDialog.js';
import { ClaimsList } from './ClaimsList.js';
import { EditNeedDialog } from './EditNeedDialog.js';
import { claimantName, fmtDay, fmtWindow, sortOrder, useNeedTypes } from './useCommunity.js';
import { validValues } from '../../kernel/form-values.js';

type Q = Query<'/api/v1/community-needs', 'get'>;

/** 需求清单: what communities need, filterable by area, type, date and state; staff post and cancel, organisers claim. */
export default function NeedsBoard() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const types = useNeedTypes();
  const staff = can('community.staff');
  const organiser = can('community.write');
  const [claiming, setClaiming] = useState<Need | null>(null);
  const [posting, setPosting] = useState(false);
  const [form] = Form.useForm<NeedValues>();
  const post = usePostNeed(form, () => setPosting(false));
  const [cancelling, setCancelling] = useState<number | null>(null);
  const [editing, setEditing] = useState<Need | null>(null);
  const done = () => {
    showSuccess(t(common.saved));
    void qc.invalidateQueries({ queryKey: communityKey });
  };
  const fulfil = useMutation({ mutationFn: communityApi.fulfilNeed, onSuccess: done });
  const list = useListState();
  if (list.get('tab') === 'claims' && organiser) return <ClaimsList tabs={<BoardTabs />} />;

  const columns: TableProps<Need>['columns'] = [
    {
      title: t(m.title),
      key: 'title',
      dataIndex: 'title',
      render: (v: string, n) => (
        <Space size={4} orientation="vertical">
          <span>
            {n.flaggedAt && n.status === 'open' && (
              <Tooltip title={t(m.flagged)}>
                <WarningOutlined style={{ color: '#fa8c16', marginRight: 4 }} />
              </Tooltip>
            )}
            <strong>{v}</strong>
          </span>
          {n.description && <span style={{ color: '#888', fontSize: 12 }}>{n.description}</span>}
        </Space>
      ),
    },
    { title: t(m.needType), dataIndex: 'typeName', width: 100, render: (v: string) => <Tag>{v}</Tag> },
    { title: t(m.community), dataIndex: 'communityName', width: 160, render: (v: string, n) => <Link to={`/community/communities/${n.communityId}`}>{v}</Link> },
    { title: t(m.time), key: 'startsAt', width: 200, render: (_, n) => fmtWindow(n.startsAt, n.endsAt, lang) },
    { title: t(m.place), dataIndex: 'place', ellipsis: true, width: 150 },
    { title: t(m.peopleNeeded), dataIndex: 'peopleNeeded', width: 80 },
    { title: t(m.claimDeadline), dataIndex: 'claimDeadline', width: 110, render: fmtDay },
    {
      title: t(m.status),
      dataIndex: 'status',
      width: 150,
      render: (s: NeedStatus, n) => (
        <Space size={2} orientation="vertical">
          <Tag color={statusColor[s]}>{t(m.needStatus[s])}</Tag>
          {n.claim && <span style={{ fontSize: 12 }}>{claimantName(n.claim)}</span>}
        </Space>
      ),
    },
    {
      title: t(common.actions),
      key: 'actions',
      width: 130,
      render: (_, n) => (
        <Space size={4} wrap>
          {organiser && n.status === 'open' && (
            <a onClick={() => setClaiming(n)} data-testid={`claim-${n.id}`}>
              {t(m.claim)}
            </a>
          )}
          {n.claim?.activityId && <Link to={`/activities/${n.claim.activityId}`}>{t(m.toActivity)}</Link>}
          {organiser && n.claim?.activityId && <Link to={`/community/hours?activityId=${n.claim.activityId}`}>{t(m.serviceHours)}</Link>}
          {staff && n.status === 'claimed' && (
            <Popconfirm title={t(m.fulfilConfirm)} onConfirm={() => fulfil.mutateAsync(n.id)}>
              <a>{t(m.fulfil)}</a>
            </Popconfirm>
          )}
          {staff && n.status === 'open' && (
            <a onClick={() => setEditing(n)} data-testid={`edit-need-${n.id}`}>
              {t(common.edit)}
            </a>
          )}
          {staff && (n.status === 'open' || n.status === 'claimed') && (
            <a style={{ color: '#c8161d' }} onClick={() => setCancelling(n.id)} data-testid={`cancel-need-${n.id}`}>
              {t(m.cancelNeed)}
            </a>
          )}
        </Space>
      ),
    },
  ];

  const filters = (s: ListState) => {
    const from = s.get('from');
    const to = s.get('to');
    return (
      <>
        <AreaFilters s={s} />
        <Select
          allowClear
          placeholder={t(m.needType)}
          aria-label={t(m.needType)}
          value={s.get('typeCode')}
          onChange={(v) => s.set({ typeCode: v })}
          options={(types.data?.items ?? []).map((x) => ({ value: x.code, label: lang === 'zh' ? x.name : x.nameEn }))}
          style={{ width: 120 }}
        />
        <Select
          allowClear
          placeholder={t(m.status)}
          aria-label={t(m.status)}
          value={s.get('status')}
          onChange={(v) => s.set({ status: v })}
          options={Object.entries(m.needStatus).map(([k, v]) => ({ value: k, label: t(v) }))}
          style={{ width: 110 }}
        />
        <DatePicker.RangePicker
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          onChange={(r) => s.set({ from: r?.[0]?.startOf('day').toISOString(), to: r?.[1]?.endOf('day').toISOString() })}
        />
      </>
    );
  };

  return (
    <ListPage<Need, Q>
      title={t(m.needs)}
      subTitle={<Link to="/cockpit">{t(m.figuresHint)}</Link>}
      extra={
        staff && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPosting(true)} data-testid="post-need">
            {t(m.postNeed)}
          </Button>
        )
      }
      queryKey={[...communityKey, 'needs']}
      query={(s) => ({
        page: s.page,
        pageSize: s.pageSize,
        q: s.q,
        ...sortOrder<'startsAt'>(s.sort),
        districtCode: s.get('districtCode'),
        streetCode: s.get('streetCode'),
        typeCode: s.get('typeCode'),
        status: s.get('status') as Q['status'],
        communityId: Number(s.get('communityId')) || undefined,
        from: s.get('from'),
        to: s.get('to'),
      })}
      fetch={staff ? communityApi.staffNeeds : communityApi.needs}
      columns={columns}
      sortable={['startsAt']}
      header={organiser ? () => <BoardTabs /> : undefined}
      resetKeeps={['tab']}
      search={{ placeholder: t(m.title) }}
      filters={filters}
      emptyText={t(m.noNeeds)}
      table={{ 'data-testid': 'needs-table', size: 'middle' }}
    >
      <ClaimDialog need={claiming} onClose={() => setClaiming(null)} />
      <EditNeedDialog need={editing} onClose={() => setEditing(null)} />
      <ReasonDialog open={cancelling !== null} title={t(m.cancelTitle)} message={t(m.cancelNeedConfirm)} onClose={() => setCancelling(null)} onSubmit={(reason) => communityApi.cancelNeed(cancelling!, reason).then(done)} />
      <Modal
        open={posting}
        title={t(m.postNeed)}
        onCancel={() => setPosting(false)}
        onOk={async () => {
          const v = await validValues(form);
          if (v) post.mutate(v);
        }}
        confirmLoading={post.isPending}
        okText={t(m.postNeed)}
        cancelText={t(common.cancel)}
        destroyOnHidden
        width={560}
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={needDefaults()}>
          <NeedFields form={form} />
        </Form>
      </Modal>
    </ListPage>
  );
}

/** 需求清单 | 我们的认领, for organisers. */
export function BoardTabs() {
  const { t } = useI18n();
  const list = useListState();
  return (
    <Segmented
      value={list.get('tab') === 'claims' ? 'claims' : 'board'}
      onChange={(v) => list.set({ tab: v === 'claims' ? v : undefined, status: undefined, q: undefined })}
      options={[
        { value: 'board', label: t(m.board) },
        { value: 'claims', label: t(m.claims) },
      ]}
      style={{ marginBottom: 12 }}
      data-testid="needs-tabs"
    />
  );
}
