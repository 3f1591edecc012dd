import { useState } from 'react';
import { Alert, Button, Card, Empty, Result, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText, modal, showSuccess } from '../../../kernel/feedback.js';
import { fill, useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { assessmentApi, assessmentKey, voteGrades, type Ballot, type VoteGrade } from '../assessment.api.js';
import { asText as m, voteGradeColor, voteGradeText } from '../messages.js';
import { ReportModal } from '../ReportsCard.js';

const ballotKey = [...assessmentKey, 'ballot'] as const;

/** One group of my ballot: the targets offered to me, four grades each, one final vote per target. */
function GroupBallot({ group, onResults }: { group: Ballot; onResults: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const cast = useMutation({
    mutationFn: (v: { targetId: number; grade: VoteGrade }) => assessmentApi.vote({ groupId: group.groupId, ...v }),
    onSuccess: () => {
      showSuccess(t(m.voteOk));
      void qc.invalidateQueries({ queryKey: ballotKey });
    },
  });
  const [reading, setReading] = useState<number | null>(null);
  const pending = group.targets.filter((x) => !x.myGrade).length;
  const ask = (targetId: number, name: string, grade: VoteGrade) =>
    modal().confirm({ title: t(m.myVotes), okText: t(m.castVote), content: fill(t(m.voteConfirm), { t: name, g: t(voteGradeText[grade]) }), onOk: () => cast.mutateAsync({ targetId, grade }).catch(() => undefined) });
  return (
    <Card size="small" title={`${group.roundName} · ${group.groupName}`} style={{ marginBottom: 12 }} data-testid={`ballot-${group.groupId}`}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {`${group.leafName} · ${t(m.oneVoteHint)}`}
      </Typography.Paragraph>
      {!group.votingOpen && <Alert type="info" showIcon title={t(m.votingNotOpen)} style={{ marginBottom: 8 }} />}
      {group.targets.map((x) => (
        <div key={x.targetId} style={{ padding: '8px 0', borderTop: '1px solid #f0f0f0' }} data-testid={`vote-target-${x.targetId}`}>
          <Space style={{ marginBottom: 6 }} wrap>
            <Typography.Text strong>{x.name}</Typography.Text>
            {x.hasReport && (
              <Tag color="green" style={{ cursor: 'pointer' }} onClick={() => setReading(x.targetId)} data-testid={`report-of-${x.targetId}`}>
                {t(m.hasReport)}
              </Tag>
            )}
            {x.myGrade && <Tag color={voteGradeColor[x.myGrade]}>{fill(t(m.voted), { g: t(voteGradeText[x.myGrade]) })}</Tag>}
          </Space>
          {!x.myGrade && group.votingOpen && (
            <Space.Compact block>
              {voteGrades.map((g) => (
                <Button key={g} style={{ flex: 1 }} loading={cast.isPending && cast.variables?.targetId === x.targetId && cast.variables.grade === g} onClick={() => ask(x.targetId, x.name, g)} data-testid={`vote-${x.targetId}-${g}`}>
                  {t(voteGradeText[g])}
                </Button>
              ))}
            </Space.Compact>
          )}
        </div>
      ))}
      {cast.error && <Typography.Text type="danger">{errorText(cast.error)}</Typography.Text>}
      <ReportModal targetId={reading} onClose={() => setReading(null)} />
      <div style={{ marginTop: 8 }}>
        {pending > 0 && group.votingOpen ? (
          <Typography.Text type="secondary">{fill(t(m.pendingVotes), { n: pending })}</Typography.Text>
        ) : (
          <Button type="primary" block onClick={onResults} data-testid={`see-results-${group.groupId}`}>
            {t(m.seeResults)}
          </Button>
        )}
      </div>
    </Card>
  );
}

/** The results screen: my groups' aggregates, numbers only where a group reached its threshold. */
function MeetingResults({ roundId, onBack }: { roundId: number; onBack: () => void }) {
  const { t } = useI18n();
  const res = useQuery({ queryKey: [...ballotKey, 'results', roundId], queryFn: () => assessmentApi.meetingResults(roundId), refetchInterval: 10_000 });
  if (res.isLoading) return <Loading />;
  if (res.error || !res.data) return <Result status="warning" subTitle={errorText(res.error)} />;
  return (
    <>
      {res.data.items.map((g) => (
        <Card key={g.groupId} size="small" title={`${g.roundName} · ${g.groupName}`} style={{ marginBottom: 12 }} data-testid={`results-${g.groupId}`}>
          {!g.available ? (
            <Alert type="info" showIcon title={t(m.resultsLocked)} />
          ) : (
            g.targets.map((x) => (
              <div key={x.targetId} style={{ padding: '6px 0', borderTop: '1px solid #f0f0f0' }} data-testid={`result-target-${x.targetId}`}>
                <Typography.Text strong>{x.name}</Typography.Text>
                <div>
                  {x.enough && x.counts ? (
                    <Space wrap size={4}>
                      <Tag>{fill(t(m.votesN), { n: x.votes ?? 0 })}</Tag>
                      {voteGrades.map((gr) => (
                        <Tag key={gr} color={voteGradeColor[gr]}>{`${t(voteGradeText[gr])} ${x.counts![gr]}`}</Tag>
                      ))}
                      {x.score != null && <Tag color="purple">{fill(t(m.groupScore), { s: x.score })}</Tag>}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary" data-testid="not-enough">
                      {t(m.notEnoughShort)}
                    </Typography.Text>
                  )}
                </div>
              </div>
            ))
          )}
        </Card>
      ))}
      <Button block onClick={onBack}>
        {t(m.backToBallot)}
      </Button>
    </>
  );
}

/** 述职评议 on the phone at the review meeting: my ballot, then the results screen. */
export default function MobileVote() {
  const { t } = useI18n();
  const [results, setResults] = useState<number | null>(null);
  const ballot = useQuery({ queryKey: ballotKey, queryFn: () => assessmentApi.ballot(), refetchInterval: results == null ? 5_000 : false });
  return (
    <>
      <MobileBar title={t(results == null ? m.myVotes : m.meetingResults)} />
      <div className="vg-m-page">
        {results != null ? (
          <MeetingResults roundId={results} onBack={() => setResults(null)} />
        ) : ballot.isLoading ? (
          <Loading />
        ) : ballot.error || !ballot.data ? (
          <Result status="warning" subTitle={errorText(ballot.error)} />
        ) : ballot.data.items.length === 0 ? (
          <Empty description={t(m.noBallot)} />
        ) : (
          ballot.data.items.map((g) => <GroupBallot key={g.groupId} group={g} onResults={() => setResults(g.roundId)} />)
        )}
      </div>
    </>
  );
}
