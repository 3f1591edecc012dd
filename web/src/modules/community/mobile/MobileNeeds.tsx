import { useState } from 'react';
import { Button, Card, List, Pagination, Popconfirm, Select, Space, Tag } from 'antd';
import { ClockCircleOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { communityApi, communityKey, type Need } from '../community.api.js';
import { cText as m, statusColor } from '../messages.js';
import { claimantName, fmtDay, fmtWindow, useMyRegistration, useMyTeams, useNeedTypes } from '../useCommunity.js';

const PAGE = 10;

/**
 * 身边需求: open needs of my community, then my street, then my district. A team captain claims one for their team,
 * and the claim becomes the team's volunteer activity at once; their team's claims are listed below.
 */
export default function MobileNeeds() {
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [typeCode, setTypeCode] = useState<string | undefined>();
  const mine = useMyRegistration();
  const myTeams = useMyTeams();
  const types = useNeedTypes();
  const teams = (myTeams.data?.items ?? []).filter((x) => x.isCaptain && x.status === 'active');
  const [teamId, setTeamId] = useState<number | undefined>();
  const team = teams.find((x) => x.id === teamId) ?? teams[0];
  const needs = useQuery({
    queryKey: [...communityKey, 'near', page, typeCode],
    queryFn: () => communityApi.needsNearMe({ page, pageSize: PAGE, typeCode }),
    placeholderData: keepPreviousData,
  });
  const claims = useQuery({ queryKey: [...communityKey, 'my-claims'], queryFn: () => communityApi.myClaims({ pageSize: 20 }), enabled: teams.length > 0 });
  const refresh = () => qc.invalidateQueries({ queryKey: communityKey });
  const claim = useMutation({
    mutationFn: async (n: Need) => {
      const c = await communityApi.claimAsTeam(n.id, team!.id);
      return communityApi.schedule(c.id, true);
    },
    onSuccess: (r) => {
      showSuccess(t(r.activityId ? m.claimed : m.claimedOnly));
      if (r.activityId) nav(`/m/activities/${r.activityId}`);
    },
    // A lost race (409) or a claim that could not become an activity yet: the lists show where things stand.
    onSettled: () => void refresh(),
  });
  const schedule = useMutation({
    mutationFn: (id: number) => communityApi.schedule(id, true),
    onSuccess: (r) => {
      showSuccess(t(m.scheduled));
      void refresh();
      if (r.activityId) nav(`/m/activities/${r.activityId}`);
    },
  });
  const withdraw = useMutation({ mutationFn: (id: number) => communityApi.withdraw(id, true), onSuccess: () => void refresh() });
  const where = mine.data?.current?.communityName;

  return (
    <>
      <MobileBar title={t(m.nearMe)} />
      <div className="vg-m-page" data-testid="m-needs">
        {where ? (
          <div style={{ color: '#888', fontSize: 12 }}>{t(m.nearMeHint, { c: where })}</div>
        ) : (
          !mine.isLoading && (
            <Card size="small" variant="borderless">
              <Link to="/m/community">{t(m.registerFirst)}</Link>
            </Card>
          )
        )}
        {teams.length > 0 && (
          <Card size="small" variant="borderless" data-testid="m-captain">
            {teams.length === 1 ? (
              t(m.captainOf, { team: teams[0].name })
            ) : (
              <Select style={{ width: '100%' }} value={team?.id} onChange={setTeamId} options={teams.map((x) => ({ value: x.id, label: t(m.captainOf, { team: x.name }) }))} />
            )}
          </Card>
        )}
        <Select
          allowClear
          placeholder={t(m.needType)}
          value={typeCode}
          onChange={(v) => {
            setTypeCode(v);
            setPage(1);
          }}
          options={(types.data?.items ?? []).map((x) => ({ value: x.code, label: lang === 'zh' ? x.name : x.nameEn }))}
        />
        {needs.isLoading ? (
          <Loading />
        ) : (needs.data?.items.length ?? 0) === 0 ? (
          <Card variant="borderless">
            <EmptyState description={t(m.noNearNeeds)} />
          </Card>
        ) : (
          needs.data?.items.map((n) => (
            <Card
              key={n.id}
              size="small"
              variant="borderless"
              title={<span style={{ whiteSpace: 'normal' }}>{n.title}</span>}
              extra={<Tag color={statusColor[n.status]}>{t(m.needStatus[n.status])}</Tag>}
              data-testid={`m-need-${n.id}`}
            >
              <Space orientation="vertical" size={4} style={{ width: '100%', fontSize: 13, color: '#555' }}>
                <span>
                  <Tag>{n.typeName}</Tag>
                  {n.communityName}
                  {n.proximity && n.proximity !== 'community' && <Tag style={{ marginLeft: 6 }}>{t(m.proximity[n.proximity])}</Tag>}
                </span>
                <span>
                  <ClockCircleOutlined /> {fmtWindow(n.startsAt, n.endsAt, lang)}
                </span>
                {n.place && (
                  <span>
                    <EnvironmentOutlined /> {n.place}
                  </span>
                )}
                <span>
                  <TeamOutlined /> {t(m.people, { n: n.peopleNeeded })}
                  {n.skillsWanted.length > 0 && ` · ${n.skillsWanted.join('、')}`}
                </span>
                {n.description && <span style={{ whiteSpace: 'pre-wrap' }}>{n.description}</span>}
                <span style={{ fontSize: 12, color: '#888' }}>
                  {t(m.claimDeadline)} {fmtDay(n.claimDeadline)}
                  {n.claim && ` · ${claimantName(n.claim)}`}
                </span>
              </Space>
              <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 8 }}>
                {n.claim?.activityId && <Link to={`/m/activities/${n.claim.activityId}`}>{t(m.toActivity)}</Link>}
                {n.status === 'open' && team && (
                  <Popconfirm title={t(m.claimConfirm, { team: team.name })} okText={t(m.claim)} cancelText={t(common.cancel)} onConfirm={() => claim.mutateAsync(n)}>
                    <Button type="primary" loading={claim.isPending && claim.variables?.id === n.id} data-testid={`m-claim-${n.id}`}>
                      {t(m.forTeam)}
                    </Button>
                  </Popconfirm>
                )}
              </div>
            </Card>
          ))
        )}
        {(needs.data?.total ?? 0) > PAGE && <Pagination simple current={page} pageSize={PAGE} total={needs.data?.total ?? 0} onChange={setPage} style={{ textAlign: 'center' }} />}
        {teams.length > 0 && (
          <Card size="small" variant="borderless" title={t(m.claims)} data-testid="m-my-claims">
            <List
              size="small"
              loading={claims.isLoading}
              dataSource={claims.data?.items ?? []}
              locale={{ emptyText: <EmptyState description={t(m.noClaims)} /> }}
              renderItem={(c) => (
                <List.Item
                  actions={[
                    c.status === 'claimed' && (
                      <a key="s" onClick={() => schedule.mutate(c.id)}>
                        {t(m.schedule)}
                      </a>
                    ),
                    c.activityId && (
                      <Link key="a" to={`/m/activities/${c.activityId}`}>
                        {t(m.toActivity)}
                      </Link>
                    ),
                    (c.status === 'claimed' || c.status === 'scheduled') && (
                      <Popconfirm key="w" title={t(m.withdrawConfirm)} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} onConfirm={() => withdraw.mutateAsync(c.id)}>
                        <a style={{ color: '#c8161d' }}>{t(m.withdraw)}</a>
                      </Popconfirm>
                    ),
                  ].filter(Boolean)}
                >
                  <List.Item.Meta
                    title={<span style={{ whiteSpace: 'normal' }}>{c.needTitle}</span>}
                    description={
                      <>
                        <Tag color={statusColor[c.status]}>{t(m.claimStatus[c.status])}</Tag>
                        {fmtWindow(c.needStartsAt, c.needEndsAt, lang)}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        )}
      </div>
    </>
  );
}
