import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { TeamOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { punct, useI18n } from '../../../kernel/i18n.js';
import { cText as m } from '../messages.js';
import { fmtTime, QueryState } from './Outcome.js';

/** The two buttons of the contest home: 双人对战 and 四人赛, with how they score. */
export function MatchCard() {
  const { t } = useI18n();
  const nav = useNavigate();
  return (
    <Card size="small" title={t(m.matchTitle)} data-testid="match-card">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t(m.matchIntro, { n: 5 })}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button type="primary" block size="large" icon={<ThunderboltOutlined />} data-testid="match-duel" onClick={() => nav('/m/contest/match/duel')}>{t(m.duel)}</Button>
        <Typography.Text type="secondary">{t(m.duelRule)}</Typography.Text>
        <Button block size="large" icon={<TeamOutlined />} data-testid="match-four" onClick={() => nav('/m/contest/match/four')}>{t(m.four)}</Button>
        <Typography.Text type="secondary">{t(m.fourRule)}</Typography.Text>
      </Space>
    </Card>
  );
}

/** The member's latest matches: kind, place, score, opponents. */
export function MyMatches() {
  const { t, lang } = useI18n();
  const list = useQuery({ queryKey: ['contests', 'my-matches'], queryFn: () => unwrap(client.GET('/api/v1/contests/my/matches')), meta: { silent: true } });
  return (
    <>
      <Typography.Title level={5}>{t(m.myMatches)}</Typography.Title>
      <QueryState loading={list.isLoading} error={list.error} retry={() => void list.refetch()}>
        {list.data?.items.length ? (
          <List
            size="small"
            bordered
            style={{ background: '#fff' }}
            dataSource={list.data.items}
            renderItem={(r) => (
              <List.Item data-testid="match-result" extra={<Tag color={r.place === 1 ? 'gold' : 'default'}>{r.place}</Tag>}>
                <List.Item.Meta
                  title={`${t(r.kind === 'duel' ? m.duel : m.four)} · ${fmtTime(r.finishedAt, lang)}`}
                  description={
                    <>
                      <div>{t(m.matchLine, { r: r.place, n: r.players, s: r.score, c: r.correct, q: r.total })}{r.leftEarly ? t(m.matchLeftRow) : ''}</div>
                      <div>{t(m.matchVs, { names: r.opponents.join(t(punct.comma)) })}</div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <EmptyState description={t(m.noMatches)} />
        )}
      </QueryState>
    </>
  );
}
