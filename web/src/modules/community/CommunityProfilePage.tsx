import { useState } from 'react';
import { Button, Card, Descriptions, Form, List, Modal, Popconfirm, Space, Table, Tabs, Tag } from 'antd';
import { ArrowLeftOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../kernel/auth.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, Loading, PageContainer } from '../../kernel/ui.js';
import { communityApi, communityKey } from './community.api.js';
import { cText as m } from './messages.js';
import { CommunityFormDialog } from './CommunityFormDialog.js';
import { StaffAccountPicker } from './Pickers.js';
import { fmtDay, fmtWindow } from './useCommunity.js';
import { validValues } from '../../kernel/form-values.js';

/** One community: its data, its staff (the committee assigns them), the organisations registered with it, its open needs. */
export default function CommunityProfilePage() {
  const id = Number(useParams().id);
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const qc = useQueryClient();
  const manage = can('community.manage');
  const [assigning, setAssigning] = useState(false);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ accountId: number }>();
  const profile = useQuery({ queryKey: [...communityKey, 'community', id], queryFn: () => communityApi.community(id) });
  const staff = useQuery({ queryKey: [...communityKey, 'community', id, 'staff'], queryFn: () => communityApi.staffOf(id), enabled: manage });
  const refresh = () => qc.invalidateQueries({ queryKey: [...communityKey, 'community', id] });
  const assign = useMutation({
    mutationFn: (accountId: number) => communityApi.assignStaff(id, accountId),
    onSuccess: () => {
      showSuccess(t(common.saved));
      setAssigning(false);
      void refresh();
    },
  });
  const unassign = useMutation({ mutationFn: (accountId: number) => communityApi.removeStaff(id, accountId), onSuccess: () => void refresh() });

  if (profile.isLoading) return <Loading />;
  const c = profile.data;
  if (!c) return <EmptyState />;

  return (
    <PageContainer
      title={c.name}
      subTitle={`${c.districtName} · ${c.streetName}`}
      extra={
        <>
          <Button icon={<ArrowLeftOutlined />} onClick={() => nav('/community/communities')}>
            {t(m.communities)}
          </Button>
          {manage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-community">
              {t(common.edit)}
            </Button>
          )}
        </>
      }
      card={false}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card variant="borderless" title={t(m.profile)} data-testid="community-profile">
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t(m.partyOrg)}>{c.partyOrgName}</Descriptions.Item>
            <Descriptions.Item label={t(m.phone)}>{c.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t(m.address)}>{c.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t(m.orgsRegistered)}>{c.orgCount}</Descriptions.Item>
            <Descriptions.Item label={t(m.membersRegistered)}>{c.memberCount}</Descriptions.Item>
            <Descriptions.Item label={t(m.openNeeds)}>{c.openNeedCount}</Descriptions.Item>
          </Descriptions>
        </Card>
        {manage && (
          <Card
            variant="borderless"
            title={t(m.staff)}
            extra={
              <Button icon={<UserAddOutlined />} onClick={() => setAssigning(true)} data-testid="assign-staff">
                {t(m.assignStaff)}
              </Button>
            }
          >
            <List
              loading={staff.isLoading}
              dataSource={staff.data?.items ?? []}
              locale={{ emptyText: <EmptyState description={t(m.noStaff)} /> }}
              renderItem={(s) => (
                <List.Item
                  actions={[
                    <Popconfirm key="rm" title={t(m.unassignConfirm, { name: s.displayName })} okButtonProps={{ danger: true }} onConfirm={() => unassign.mutateAsync(s.accountId)}>
                      <a style={{ color: '#c8161d' }}>{t(m.unassign)}</a>
                    </Popconfirm>,
                  ]}
                >
                  <List.Item.Meta title={`${s.displayName}（${s.username}）`} description={fmtDay(s.since)} />
                </List.Item>
              )}
            />
          </Card>
        )}
        <Card variant="borderless">
          <Tabs
            items={[
              {
                key: 'orgs',
                label: t(m.orgsRegistered),
                children: (
                  <Table
                    rowKey="registrationId"
                    size="small"
                    dataSource={c.registeredOrgs}
                    pagination={false}
                    locale={{ emptyText: <EmptyState description={t(m.noRegistrations)} /> }}
                    columns={[
                      { title: t(m.organisation), dataIndex: 'orgName' },
                      { title: t(m.period), key: 'period', render: (_, r) => `${fmtDay(r.periodStart)} ~ ${fmtDay(r.periodEnd)}` },
                      { title: t(m.agreedServices), dataIndex: 'agreedServices', render: (v: string[]) => v.map((x) => <Tag key={x}>{x}</Tag>) },
                    ]}
                  />
                ),
              },
              {
                key: 'needs',
                label: t(m.openNeeds),
                children: (
                  <Table
                    rowKey="id"
                    size="small"
                    dataSource={c.openNeeds}
                    pagination={false}
                    locale={{ emptyText: <EmptyState description={t(m.noNeeds)} /> }}
                    columns={[
                      { title: t(m.title), dataIndex: 'title' },
                      { title: t(m.needType), dataIndex: 'typeName', width: 110, render: (v: string) => <Tag>{v}</Tag> },
                      { title: t(m.time), key: 'time', render: (_, n) => fmtWindow(n.startsAt, n.endsAt, lang) },
                      { title: t(m.peopleNeeded), dataIndex: 'peopleNeeded', width: 90 },
                    ]}
                  />
                ),
              },
            ]}
          />
          <Link to={`/community/needs?communityId=${c.id}`}>{t(m.needs)} →</Link>
        </Card>
      </Space>
      <CommunityFormDialog community={editing ? c : null} onClose={() => setEditing(false)} />
      <Modal
        open={assigning}
        title={t(m.assignStaff)}
        onCancel={() => setAssigning(false)}
        confirmLoading={assign.isPending}
        onOk={async () => {
          const v = await validValues(form);
          if (v) assign.mutate(v.accountId);
        }}
        okText={t(common.save)}
        cancelText={t(common.cancel)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="accountId" label={t(m.account)} extra={t(m.staffRoleHint)} rules={[{ required: true }]}>
            <StaffAccountPicker />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
