import { useState } from 'react';
import { Card, Col, Descriptions, Row, Statistic, Table, Tag } from 'antd';
import { TrophyOutlined } from '@ant-design/icons';
import { useAuth } from '../../kernel/auth.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { roleLabels } from '../../../../common/roles.js';
import { meText as m } from './messages.js';
import { myOrgName, useMyPoints, useOrgRanking, usePeopleRanking } from './usePoints.js';

export default function MyProfilePage() {
  const { t, lang } = useI18n();
  const { me, can } = useAuth();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const points = useMyPoints(page.page, page.pageSize);
  const canBoard = can('points.leaderboard');
  const orgBoard = useOrgRanking(canBoard);
  const peopleBoard = usePeopleRanking(canBoard && me?.personId != null);
  if (!me) return null;
  const fmt = (iso: string) => new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });

  return (
    <PageContainer title={t(m.title)} card={false}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card variant="borderless" title={t(m.profile)}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t(m.name)}>{me.displayName}</Descriptions.Item>
              <Descriptions.Item label={t(m.username)}>{me.username}</Descriptions.Item>
              <Descriptions.Item label={t(m.branch)}>{myOrgName(me) ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t(m.roles)}>
                {me.roles.map((r, i) => (
                  <Tag key={i} color="red" style={{ marginBottom: 4 }}>
                    {roleLabels[r.role]?.[lang] ?? r.role} · {r.orgName}
                  </Tag>
                ))}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card variant="borderless" title={t(m.balance)} loading={points.isLoading}>
            {points.data === null ? (
              <EmptyState description={t(m.noPerson)} />
            ) : (
              <>
                <Statistic value={points.data?.balance ?? 0} prefix={<TrophyOutlined style={{ color: '#c8161d' }} />} suffix={t(common.points)} styles={{ content: { color: '#c8161d', fontSize: 36 } }} />
                <Table
                  style={{ marginTop: 16 }}
                  size="small"
                  rowKey={(r) => `${r.at}:${r.ruleCode}:${r.points}`}
                  dataSource={points.data?.items ?? []}
                  locale={{ emptyText: <EmptyState description={t(m.noHistory)} /> }}
                  columns={[
                    { title: t(m.time), dataIndex: 'at', width: 170, render: fmt },
                    { title: t(m.rule), dataIndex: 'ruleName' },
                    { title: t(common.points), dataIndex: 'points', width: 80, render: (v: number) => <strong style={{ color: v >= 0 ? '#c8161d' : undefined }}>{v > 0 ? `+${v}` : v}</strong> },
                    { title: t(m.note), dataIndex: 'note', ellipsis: true },
                  ]}
                  pagination={{ current: page.page, pageSize: page.pageSize, total: points.data?.total ?? 0, onChange: (p, s) => setPage({ page: p, pageSize: s }), hideOnSinglePage: true }}
                />
              </>
            )}
          </Card>
        </Col>
        {canBoard && (
          <Col xs={24} lg={peopleBoard.data?.enabled ? 12 : 24}>
            <Card variant="borderless" title={t(m.orgBoard)} loading={orgBoard.isLoading}>
              <Table
                size="small"
                rowKey="orgId"
                dataSource={orgBoard.data?.items ?? []}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                locale={{ emptyText: <EmptyState /> }}
                columns={[
                  { title: t(m.rank), key: 'rank', width: 70, render: (_, _r, i) => i + 1 },
                  { title: t(m.branch), dataIndex: 'name' },
                  { title: t(m.members), dataIndex: 'members', width: 80 },
                  { title: t(m.totalPts), dataIndex: 'points', width: 90 },
                  { title: t(m.perCapita), dataIndex: 'perCapita', width: 90, render: (v: number) => v.toFixed(1) },
                ]}
              />
            </Card>
          </Col>
        )}
        {peopleBoard.data?.enabled && (
          <Col xs={24} lg={12}>
            <Card variant="borderless" title={t(m.peopleBoard)}>
              <Table
                size="small"
                rowKey="personId"
                dataSource={peopleBoard.data.items}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                locale={{ emptyText: <EmptyState /> }}
                columns={[
                  { title: t(m.rank), dataIndex: 'rank', width: 70 },
                  { title: t(m.name), dataIndex: 'name', render: (v: string, r) => (r.personId === me.personId ? <strong>{v}</strong> : v) },
                  { title: t(common.points), dataIndex: 'points', width: 90 },
                ]}
              />
            </Card>
          </Col>
        )}
      </Row>
    </PageContainer>
  );
}
