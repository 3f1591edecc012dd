import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useState } from 'react';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { showError } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { exemplarCategoryName, rText as m } from '../role-messages.js';
import { mediaUrl, roleApi, roleKey } from '../role-models.api.js';

const day = (v: string) => String(v).slice(0, 10);

/** 典型评选 on the phone: the rounds open to me, then the ballot — one tap a vote, counts hidden until the round closes. */
export default function VotePage() {
  const { t } = useI18n();
  const roundId = Number(useParams().roundId) || null;
  const nav = useNavigate();
  const qc = useQueryClient();
  const [busy, setBusy] = useState<number | null>(null);
  const rounds = useQuery({ queryKey: [...roleKey, 'voting'], queryFn: roleApi.votingRounds, enabled: !roundId });
  const ballot = useQuery({ queryKey: [...roleKey, 'ballot', roundId], queryFn: () => roleApi.ballot(roundId!), enabled: !!roundId });
  if (!roundId) {
    return (
      <div>
        <MobileBar title={t(m.rounds)} />
        <div style={{ padding: 12 }}>
          {rounds.data?.items.length === 0 && <EmptyState description={t(m.noRounds)} />}
          <Space direction="vertical" style={{ width: '100%' }}>
            {(rounds.data?.items ?? []).map((r) => (
              <Card key={r.id} size="small" title={r.title} extra={<Tag color={r.open ? 'red' : 'default'}>{t(r.open ? m.voting : r.status === 'closed' ? m.closed : m.notOpen)}</Tag>} onClick={() => nav(`/m/vote/${r.id}`)} data-testid="vote-round">
                {day(r.votingOpensAt)} ~ {day(r.votingClosesAt)}
              </Card>
            ))}
          </Space>
        </div>
      </div>
    );
  }
  const b = ballot.data;
  const vote = async (nominationId: number) => {
    setBusy(nominationId);
    try {
      qc.setQueryData([...roleKey, 'ballot', roundId], await roleApi.vote(roundId, nominationId));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div>
      <MobileBar title={b?.round.title ?? t(m.rounds)} back="/m/vote" />
      {b && (
        <div style={{ padding: 12 }}>
          <Typography.Paragraph type="secondary">{b.round.description}</Typography.Paragraph>
          <Space style={{ marginBottom: 8 }} wrap>
            <Tag color="red" data-testid="votes-left">{t(m.remaining, { n: b.remaining, total: b.round.votesPerMember })}</Tag>
            {!b.round.resultsVisible && <Tag>{t(m.hidden)}</Tag>}
          </Space>
          <List
            dataSource={b.nominees}
            renderItem={(n) => (
              <List.Item
                data-testid="nominee"
                extra={n.posterMediaId ? <img alt={n.name} src={mediaUrl(n.posterMediaId)} style={{ width: 96, aspectRatio: '16 / 9', objectFit: 'cover' }} /> : undefined}
              >
                <List.Item.Meta
                  title={
                    <Space size={4} wrap>
                      {n.name}
                      {n.winner && <Tag color="gold">{t(m.winner)}</Tag>}
                      {n.voteCount != null && <Tag color="blue">{n.voteCount} {t(m.votes)}</Tag>}
                    </Space>
                  }
                  description={
                    <Space direction="vertical" size={4} style={{ width: '100%' }}>
                      <span>{n.orgName} · {exemplarCategoryName(n.category)}</span>
                      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>{n.story}</Typography.Paragraph>
                      <Button type={n.votedByMe ? 'default' : 'primary'} size="small" disabled={n.votedByMe || !b.round.open || b.remaining === 0} loading={busy === n.nominationId} onClick={() => vote(n.nominationId)}>
                        {t(n.votedByMe ? m.voted : m.vote)}
                      </Button>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </div>
      )}
    </div>
  );
}
