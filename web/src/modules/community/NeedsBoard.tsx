import { useState } from 'react';
import { Button, DatePicker, Form, Modal, Popconfirm, Select, Space, Tag, Tooltip } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useAuth } from '../../kernel/auth.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage, type ListState } from '../../kernel/ListPage.js';
import { AreaFilters } from './AreaFilters.js';
import { ClaimDialog } from './ClaimDialog.js';
import { communityApi, communityKey, type Need } from './community.api.js';
import { cText as m, statusColor, type NeedStatus } from './messages.js';
import { NeedFields, needDefaults, usePostNeed, type NeedValues } from './NeedForm.js';
import { fmtDay, fmtWindow, useNeedTypes } from './useCommunity.js';

type Q = Record<string, string | number | undefined>;

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
  const cancel = useMutation({
    mutationFn: communityApi.cancelNeed,
    onSuccess: () => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: communityKey });
    },
  });

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
    { title: t(m.claimDeadline), key: 'claimDeadline', dataIndex: 'claimDeadline', width: 110, render: fmtDay },
    {
      title: t(m.status),
      dataIndex: 'status',
      width: 150,
      render: (s: NeedStatus, n) => (
        <Space size={2} orientation="vertical">
          <Tag color={statusColor[s]}>{t(m.needStatus[s])}</Tag>
          {n.claim && <span style={{ fontSize: 12 }}>{n.claim.claimantName}</span>}
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
          {staff && (n.status === 'open' || n.status === 'claimed') && (
            <Popconfirm title={t(m.cancelNeedConfirm)} okButtonProps={{ danger: true }} onConfirm={() => cancel.mutateAsync(n.id)}>
              <a style={{ color: '#c8161d' }}>{t(m.cancelNeed)}</a>
            </Popconfirm>
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
          onChange={(r) => s.set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
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
        sort: s.sort,
        districtCode: s.get('districtCode'),
        streetCode: s.get('streetCode'),
        typeCode: s.get('typeCode'),
        status: s.get('status'),
        communityId: s.get('communityId'),
        from: s.get('from'),
        to: s.get('to'),
      })}
      fetch={staff ? communityApi.staffNeeds : communityApi.needs}
      columns={columns}
      sortable={['startsAt', 'claimDeadline']}
      search={{ placeholder: t(m.title) }}
      filters={filters}
      emptyText={t(m.noNeeds)}
      table={{ 'data-testid': 'needs-table', size: 'middle' }}
    >
      <ClaimDialog need={claiming} onClose={() => setClaiming(null)} />
      <Modal
        open={posting}
        title={t(m.postNeed)}
        onCancel={() => setPosting(false)}
        onOk={async () => post.mutate(await form.validateFields())}
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
