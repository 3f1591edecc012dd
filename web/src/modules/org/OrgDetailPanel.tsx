import { useState } from 'react';
import { Breadcrumb, Button, Card, Descriptions, Space, Statistic, Switch, Tag, Tooltip } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, SwapOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { modal, showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { Loading } from '../../kernel/Loading.js';
import { kindLabels } from './org-tree.js';
import { orgText } from './messages.js';
import { orgTreeKey } from './useOrgTree.js';
import { OrgFormDialog, type OrgDialogMode } from './OrgFormDialog.js';
import type { OrgDetail } from './org.api.js';

export function OrgDetailPanel({ orgId, onSelect }: { orgId: number | null; onSelect: (id: number | null) => void }) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const nav = useNavigate();
  const [dialog, setDialog] = useState<OrgDialogMode | null>(null);
  const { data: org, isLoading } = useQuery({
    queryKey: ['orgs', 'detail', orgId],
    queryFn: () => unwrap(client.GET('/api/v1/orgs/{id}', { params: { path: { id: orgId! } } })),
    enabled: orgId != null,
  });
  const invalidate = () => qc.invalidateQueries({ queryKey: ['orgs'] });

  const toggleBoard = useMutation({
    mutationFn: (on: boolean) => unwrap(client.PATCH('/api/v1/orgs/{id}', { params: { path: { id: orgId! } }, body: { personalLeaderboard: on } })),
    onSuccess: () => {
      showSuccess(t(common.saved));
      void invalidate();
    },
  });
  const dissolve = useMutation({
    mutationFn: () => unwrap(client.DELETE('/api/v1/orgs/{id}', { params: { path: { id: orgId! } } })),
    onSuccess: () => {
      showSuccess(t(orgText.dissolved));
      onSelect(org?.parentId ?? null);
      void qc.invalidateQueries({ queryKey: orgTreeKey });
    },
  });

  if (orgId == null) {
    return (
      <Card variant="borderless">
        <EmptyState description={t(orgText.selectHint)} />
      </Card>
    );
  }
  if (isLoading || !org) return <Card variant="borderless">{isLoading ? <Loading /> : <EmptyState />}</Card>;

  const writable = can('org.write');
  const isRoot = org.parentId == null || org.ancestors.length === 0;
  const confirmDissolve = () =>
    modal()?.confirm({
      title: t(orgText.dissolve),
      content: t(orgText.dissolveConfirm, { name: org.name }),
      okButtonProps: { danger: true },
      okText: t(orgText.dissolve),
      onOk: () => dissolve.mutateAsync(),
    });

  return (
    <Card
      variant="borderless"
      data-testid="org-detail"
      title={
        <Space>
          <span>{org.name}</span>
          <Tag color="red">{t(kindLabels[org.kind])}</Tag>
        </Space>
      }
      extra={
        <Button icon={<TeamOutlined />} onClick={() => nav(`/org/members?orgId=${org.id}`)} disabled={!can('people.read')}>
          {t(orgText.viewMembers)}
        </Button>
      }
    >
      {org.ancestors.length > 0 && (
        <Breadcrumb
          style={{ marginBottom: 16 }}
          items={org.ancestors.map((a) => ({ key: a.id, title: <a onClick={() => onSelect(a.id)}>{a.name}</a> }))}
        />
      )}
      <Space size={48} wrap style={{ marginBottom: 16 }}>
        <Statistic title={t(orgText.people)} value={org.personCount} />
        <Statistic title={t(orgText.children)} value={org.childCount} />
      </Space>
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t(orgText.kind)}>{t(kindLabels[org.kind])}</Descriptions.Item>
        <Descriptions.Item label={t(orgText.path)}>{org.ancestors.map((a) => a.name).join(' / ') || '—'}</Descriptions.Item>
        <Descriptions.Item label={<Tooltip title={t(orgText.personalBoardHelp)}>{t(orgText.personalBoard)}</Tooltip>}>
          <Switch
            checked={org.personalLeaderboard}
            disabled={!writable}
            loading={toggleBoard.isPending}
            onChange={(on) => toggleBoard.mutate(on)}
            checkedChildren={lang === 'zh' ? '开' : 'On'}
            unCheckedChildren={lang === 'zh' ? '关' : 'Off'}
            data-testid="personal-board-switch"
          />
        </Descriptions.Item>
      </Descriptions>
      {writable && (
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
            {t(orgText.addChild)}
          </Button>
          <Button icon={<EditOutlined />} onClick={() => setDialog('rename')}>
            {t(orgText.rename)}
          </Button>
          {!isRoot && (
            <Button icon={<SwapOutlined />} onClick={() => setDialog('move')}>
              {t(orgText.move)}
            </Button>
          )}
          {!isRoot && (
            <Button danger icon={<DeleteOutlined />} onClick={confirmDissolve} loading={dissolve.isPending}>
              {t(orgText.dissolve)}
            </Button>
          )}
        </Space>
      )}
      {dialog && (
        <OrgFormDialog
          mode={dialog}
          org={org}
          onClose={() => setDialog(null)}
          onDone={(id) => {
            setDialog(null);
            void invalidate();
            if (id) onSelect(id);
          }}
        />
      )}
    </Card>
  );
}
