import { useState } from 'react';
import { Button, Drawer, Form, Input, List, Modal, Popconfirm, Select, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../kernel/auth.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { useFormSave } from '../../kernel/use-form-save.js';
import type { Query } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { communityApi, communityKey, type Team } from './community.api.js';
import { cText as m, statusColor } from './messages.js';
import { CommunityPicker, PersonPicker } from './Pickers.js';
import { fmtDay, useAreas, useNeedTypes } from './useCommunity.js';
import { validValues } from '../../kernel/form-values.js';

type Q = Query<'/api/v1/community/teams', 'get'>;
interface TeamValues {
  name: string;
  orgId: number;
  captainPersonId: number;
  serviceTypes: string[];
  description?: string;
  communityIds?: number[];
  streetCodes?: string[];
}

/** Streets (a team serving a whole street), labelled with their district. */
function StreetsSelect({ value, onChange }: { value?: string[]; onChange?: (v: string[]) => void }) {
  const areas = useAreas();
  const districtName = new Map((areas.data?.districts ?? []).map((d) => [d.code, d.name]));
  return (
    <Select
      mode="multiple"
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      loading={areas.isLoading}
      options={(areas.data?.streets ?? []).map((x) => ({ value: x.code, label: `${districtName.get(x.districtCode) ?? ''} · ${x.name}` }))}
    />
  );
}

/** 红色志愿服务队 of the caller's organisations: create, edit, see members, add and remove them, change the captain, disband. */
export default function TeamsPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const write = can('community.write');
  const types = useNeedTypes();
  const typeName = (code: string) => types.data?.items.find((x) => x.code === code)?.[lang === 'zh' ? 'name' : 'nameEn'] ?? code;
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Team | null>(null);
  const [editing, setEditing] = useState<Team | null>(null);
  const [form] = Form.useForm<TeamValues>();
  const refresh = () => qc.invalidateQueries({ queryKey: communityKey });
  const create = useMutation({
    mutationFn: ({ communityIds, streetCodes, ...v }: TeamValues) =>
      communityApi.createTeam({ ...v, name: v.name.trim(), description: v.description?.trim(), areas: { communityIds: communityIds ?? [], streetCodes: streetCodes ?? [] } }),
    onSuccess: () => {
      showSuccess(t(common.saved));
      setCreating(false);
      void refresh();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  const disband = useMutation({ mutationFn: communityApi.disbandTeam, onSuccess: () => void refresh() });

  const columns: TableProps<Team>['columns'] = [
    { title: t(m.team), key: 'name', dataIndex: 'name', render: (v: string, x) => <a onClick={() => setOpen(x)}>{v}</a> },
    { title: t(m.organisation), dataIndex: 'orgName', ellipsis: true },
    { title: t(m.captain), dataIndex: 'captainName', width: 100 },
    { title: t(m.memberCount), key: 'memberCount', dataIndex: 'memberCount', width: 80 },
    { title: t(m.serviceTypes), dataIndex: 'serviceTypes', render: (v: string[]) => v.map((c) => <Tag key={c}>{typeName(c)}</Tag>) },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (s: Team['status']) => <Tag color={statusColor[s]}>{t(m.teamStatus[s])}</Tag> },
    {
      title: t(common.actions),
      key: 'actions',
      width: 150,
      render: (_, x) => (
        <Space size={4}>
          <a onClick={() => setOpen(x)}>{t(m.members)}</a>
          {write && x.status === 'active' && (
            <a onClick={() => setEditing(x)} data-testid={`edit-team-${x.id}`}>
              {t(common.edit)}
            </a>
          )}
          {write && x.status === 'active' && (
            <Popconfirm title={t(m.disbandConfirm, { name: x.name })} okButtonProps={{ danger: true }} onConfirm={() => disband.mutateAsync(x.id)}>
              <a style={{ color: '#c8161d' }}>{t(m.disband)}</a>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <ListPage<Team, Q>
      title={t(m.teams)}
      extra={
        write && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-team">
            {t(m.newTeam)}
          </Button>
        )
      }
      queryKey={[...communityKey, 'teams']}
      // The route sorts by name (default) or by most members.
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, sort: s.sort === '-memberCount' ? '-members' : undefined, status: s.get('status') as Q['status'], orgId: Number(s.get('orgId')) || undefined })}
      fetch={communityApi.teams}
      columns={columns}
      sortable={['memberCount']}
      search={{ placeholder: t(m.team) }}
      filters={(s) => (
        <>
          <OrgTreeSelect value={Number(s.get('orgId')) || undefined} onChange={(v) => s.set({ orgId: v })} />
          <Select
            allowClear
            placeholder={t(m.status)}
            value={s.get('status')}
            onChange={(v) => s.set({ status: v })}
            options={Object.entries(m.teamStatus).map(([k, v]) => ({ value: k, label: t(v) }))}
            style={{ width: 100 }}
          />
        </>
      )}
      emptyText={t(m.noTeams)}
      table={{ 'data-testid': 'teams-table', size: 'middle' }}
    >
      <Modal
        open={creating}
        title={t(m.newTeam)}
        onCancel={() => setCreating(false)}
        onOk={async () => {
          const v = await validValues(form);
          if (v) create.mutate(v);
        }}
        confirmLoading={create.isPending}
        okText={t(common.save)}
        cancelText={t(common.cancel)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ serviceTypes: [] }}>
          <Form.Item name="name" label={t(m.team)} rules={[{ required: true, whitespace: true }, { max: 60 }]}>
            <Input placeholder="如：XX局“红色先锋”志愿服务队" />
          </Form.Item>
          <Form.Item name="orgId" label={t(m.organisation)} rules={[{ required: true }]}>
            <OrgTreeSelect />
          </Form.Item>
          <Form.Item name="captainPersonId" label={t(m.captain)} rules={[{ required: true }]}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="serviceTypes" label={t(m.serviceTypes)}>
            <Select mode="multiple" options={(types.data?.items ?? []).map((x) => ({ value: x.code, label: lang === 'zh' ? x.name : x.nameEn }))} />
          </Form.Item>
          <Form.Item name="communityIds" label={`${t(m.serviceAreas)} · ${t(m.communities)}`}>
            <CommunityPicker multiple />
          </Form.Item>
          <Form.Item name="streetCodes" label={`${t(m.serviceAreas)} · ${t(m.street)}`}>
            <StreetsSelect />
          </Form.Item>
          <Form.Item name="description" label={t(m.teamAbout)}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
      <TeamDrawer team={open} write={write} onClose={() => setOpen(null)} />
      <EditTeamDialog team={editing} onClose={() => setEditing(null)} />
    </ListPage>
  );
}

function TeamDrawer({ team, write, onClose }: { team: Team | null; write: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [personId, setPersonId] = useState<number | undefined>();
  const key = [...communityKey, 'team-members', team?.id];
  const members = useQuery({ queryKey: key, queryFn: () => communityApi.teamMembers(team!.id), enabled: !!team });
  const refresh = () => qc.invalidateQueries({ queryKey: communityKey });
  const add = useMutation({
    mutationFn: (pid: number) => communityApi.addTeamMember(team!.id, pid),
    onSuccess: () => {
      setPersonId(undefined);
      void refresh();
    },
  });
  const remove = useMutation({ mutationFn: (pid: number) => communityApi.removeTeamMember(team!.id, pid), onSuccess: () => void refresh() });
  const makeCaptain = useMutation({
    mutationFn: (pid: number) => communityApi.updateTeam(team!.id, { captainPersonId: pid }),
    onSuccess: () => {
      showSuccess(t(common.saved));
      void refresh();
    },
  });
  return (
    <Drawer open={!!team} onClose={onClose} title={team?.name} size="large" destroyOnHidden>
      {write && team?.status === 'active' && (
        <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
          <div style={{ flex: 1 }}>
            <PersonPicker value={personId} onChange={setPersonId} />
          </div>
          <Button type="primary" icon={<UserAddOutlined />} disabled={!personId} loading={add.isPending} onClick={() => personId && add.mutate(personId)}>
            {t(m.addMember)}
          </Button>
        </Space.Compact>
      )}
      <List
        loading={members.isLoading}
        dataSource={members.data?.items ?? []}
        locale={{ emptyText: <EmptyState description={t(m.noMembers)} /> }}
        renderItem={(p) => (
          <List.Item
            actions={
              write && !p.isCaptain
                ? [
                    ...(team?.status === 'active'
                      ? [
                          <Popconfirm key="captain" title={t(m.makeCaptainConfirm, { name: p.name })} onConfirm={() => makeCaptain.mutateAsync(p.personId)}>
                            <a data-testid={`make-captain-${p.personId}`}>{t(m.makeCaptain)}</a>
                          </Popconfirm>,
                        ]
                      : []),
                    <Popconfirm key="rm" title={t(m.removeMemberConfirm, { name: p.name })} okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync(p.personId)}>
                      <a style={{ color: '#c8161d' }}>{t(m.removeMember)}</a>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <span>
                  {p.name} {p.isCaptain && <Tag color="red">{t(m.captain)}</Tag>}
                </span>
              }
              description={`${p.orgName} · ${fmtDay(p.joinedAt)}`}
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}

/** Name, service types and description of a team (its organisation stays; the captain changes from the members). */
function EditTeamDialog({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const types = useNeedTypes();
  type Values = Pick<TeamValues, 'name' | 'serviceTypes' | 'description' | 'communityIds' | 'streetCodes'>;
  const [form] = Form.useForm<Values>();
  const save = useFormSave(
    form,
    (v: Values) =>
      communityApi.updateTeam(team!.id, {
        name: v.name.trim(),
        serviceTypes: v.serviceTypes,
        description: v.description?.trim() ?? '',
        areas: { communityIds: v.communityIds ?? [], streetCodes: v.streetCodes ?? [] },
      }),
    { invalidate: communityKey, onDone: onClose },
  );
  return (
    <Modal
      open={!!team}
      title={`${t(m.editTeam)}${t(punct.colon)}${team?.name ?? ''}`}
      onCancel={onClose}
      onOk={async () => {
        const v = await validValues(form);
        if (v) save.mutate(v);
      }}
      confirmLoading={save.isPending}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={team ? { name: team.name, serviceTypes: team.serviceTypes, description: team.description, communityIds: team.communityIds, streetCodes: team.streetCodes } : undefined}>
        <Form.Item name="name" label={t(m.team)} rules={[{ required: true, whitespace: true }, { min: 2, max: 60 }]}>
          <Input data-testid="team-name" />
        </Form.Item>
        <Form.Item name="serviceTypes" label={t(m.serviceTypes)}>
          <Select mode="multiple" options={(types.data?.items ?? []).map((x) => ({ value: x.code, label: lang === 'zh' ? x.name : x.nameEn }))} />
        </Form.Item>
        <Form.Item name="communityIds" label={`${t(m.serviceAreas)} · ${t(m.communities)}`}>
          <CommunityPicker multiple chosen={team?.communities} testId="team-communities" />
        </Form.Item>
        <Form.Item name="streetCodes" label={`${t(m.serviceAreas)} · ${t(m.street)}`}>
          <StreetsSelect />
        </Form.Item>
        <Form.Item name="description" label={t(m.teamAbout)}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
