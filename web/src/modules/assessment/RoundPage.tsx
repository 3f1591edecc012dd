import { useState } from 'react';
import { Button, Card, Descriptions, Input, Progress, Result, Segmented, Space, Table, Tag, Typography } from 'antd';
import { ScheduleOutlined, TeamOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { errorText } from '../../kernel/feedback.js';
import { common, fill, punct, useI18n } from '../../kernel/i18n.js';
import { useListState } from '../../kernel/ListPage.js';
import { EmptyState, Loading, PageContainer } from '../../kernel/ui.js';
import { Movement } from '../squads/Movement.js';
import { assessmentApi, assessmentKey, grades, type Grade, type ResultRow, type Round } from './assessment.api.js';
import { asText as m, gradeColor, statusColor } from './messages.js';
import { RoundActions } from './RoundActions.js';
import { RatersDialog } from './RatersDialog.js';
import { ReviewMeetingCard } from './ReviewMeetingCard.js';
import { AppealsCard } from './AppealsCard.js';
import { MeetingDialog } from './MeetingDialog.js';
import { ReportsCard } from './ReportsCard.js';

/** One round: its settings and progress, the next step, raters, and the results with drill-down. */
export default function RoundPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const [raters, setRaters] = useState(false);
  const [meeting, setMeeting] = useState(false);
  const round = useQuery({ queryKey: [...assessmentKey, 'round', id], queryFn: () => assessmentApi.round(id) });
  if (round.isLoading) return <Loading />;
  if (round.error || !round.data) return <Result status="warning" subTitle={errorText(round.error)} />;
  const r = round.data;
  const hasRated = r.status === 'draft' || r.status === 'running';
  return (
    <PageContainer
      title={r.name}
      subTitle={<Link to="/assessment/rounds">{t(m.rounds)}</Link>}
      extra={
        <Space>
          {hasRated && (
            <Button icon={<TeamOutlined />} onClick={() => setRaters(true)} data-testid="assign-raters">
              {t(m.assignRaters)}
            </Button>
          )}
          {r.status !== 'confirmed' && (
            <Button icon={<ScheduleOutlined />} onClick={() => setMeeting(true)} data-testid="round-meeting">
              {t(m.meetingSettings)}
            </Button>
          )}
          <RoundActions round={r} />
        </Space>
      }
      card={false}
    >
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t(m.status)}>
            <Tag color={statusColor[r.status]} data-testid="round-status">
              {t(m[r.status])}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t(m.system)}>
            <Link to={`/assessment/systems/${r.systemId}`}>{r.systemName}</Link> · {fill(t(m.version), { v: r.version })}
          </Descriptions.Item>
          <Descriptions.Item label={t(m.kind)}>{t(m[r.kind])}</Descriptions.Item>
          <Descriptions.Item label={t(m.period)}>{`${r.periodFrom} ~ ${r.periodTo}`}</Descriptions.Item>
          <Descriptions.Item label={t(m.scope)}>{r.scopeOrgName}</Descriptions.Item>
          <Descriptions.Item label={t(m.targets)}>
            {r.targets}
            {r.targetKind === 'org' ? ` · ${r.targetOrgKind ? t(m[r.targetOrgKind as 'branch']) : ''}` : ` · ≤ ${r.youngMaxAge} 岁`}
          </Descriptions.Item>
          <Descriptions.Item label={t(m.grading)}>{r.grading.mode === 'quota' ? `${t(m.quota)} ${Math.round(r.grading.excellentShare * 100)}%` : `${t(m.cutoffs)} ${r.grading.excellent}`} / {r.grading.good} / {r.grading.fair}</Descriptions.Item>
          <Descriptions.Item label={t(m.tasks)}>
            {r.tasks.assigned ? <Progress size="small" style={{ width: 160 }} percent={Math.round((100 * r.tasks.done) / r.tasks.assigned)} format={() => `${r.tasks.done}/${r.tasks.assigned}`} /> : '—'}
          </Descriptions.Item>
          {r.targetKind === 'org' && <Descriptions.Item label={t(m.meetingTime)}>{r.meetingAt ? new Date(r.meetingAt).toLocaleString() : '—'}</Descriptions.Item>}
          <Descriptions.Item label={t(m.appealDeadline)}>
            <span data-testid="round-appeal-until">{r.appealUntil ? new Date(r.appealUntil).toLocaleString() : t(m.noAppealWindow)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t(m.computedAt)}>{r.computedAt ? new Date(r.computedAt).toLocaleString() : t(m.notComputed)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {r.targetKind === 'org' && <ReportsCard round={r} />}
      {r.targetKind === 'org' && <ReviewMeetingCard round={r} />}
      {(r.status === 'closed' || r.status === 'confirmed') && <AppealsCard round={r} />}
      <ResultsCard round={r} />
      <RatersDialog round={r} open={raters} onClose={() => setRaters(false)} />
      <MeetingDialog round={r} open={meeting} onClose={() => setMeeting(false)} />
    </PageContainer>
  );
}

/** Results: grade filter, name search, paging, the grade distribution, rank and movement; a row opens the target. */
function ResultsCard({ round }: { round: Round }) {
  const { t } = useI18n();
  const nav = useNavigate();
  const s = useListState();
  const grade = s.get('grade') as Grade | undefined;
  const [text, setText] = useState(s.q ?? '');
  const query = { grade, q: s.q, page: s.page, pageSize: s.pageSize };
  const results = useQuery({ queryKey: [...assessmentKey, 'round', round.id, 'results', query], queryFn: () => assessmentApi.results(round.id, query), placeholderData: keepPreviousData });
  const d = results.data?.distribution;
  const all = d ? d.excellent + d.good + d.fair + d.poor : 0;
  return (
    <Card variant="borderless" title={t(m.results)}>
      {d && all > 0 && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="distribution">
          <Typography.Text strong>{t(m.distribution)}{t(punct.colon)}</Typography.Text>
          {grades.map((g) => (
            <Tag key={g} color={gradeColor[g]}>
              {`${t(m[g])} ${d[g]}${t(punct.open)}${Math.round((100 * d[g]) / all)}%${t(punct.close)}`}
            </Tag>
          ))}
        </Space>
      )}
      <div className="vg-toolbar">
        <Segmented
          value={grade ?? 'all'}
          onChange={(v) => s.set({ grade: v === 'all' ? undefined : v })}
          options={[{ value: 'all', label: t(m.allGrades) }, ...grades.map((g) => ({ value: g, label: t(m[g]) }))]}
          data-testid="grade-filter"
        />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t(m.searchTarget)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => s.set({ q: v.trim() || undefined })}
          enterButton={t(common.search)}
          data-testid="results-search"
        />
      </div>
      <Table<ResultRow>
        rowKey="targetId"
        loading={results.isFetching}
        dataSource={results.data?.items ?? []}
        data-testid="results-table"
        locale={{ emptyText: <EmptyState description={t(m.noResults)} /> }}
        onRow={(row) => ({ onClick: () => nav(`/assessment/rounds/${round.id}/targets/${row.targetId}`), style: { cursor: 'pointer' } })}
        pagination={{ current: s.page, pageSize: s.pageSize, total: results.data?.total ?? 0, showSizeChanger: true, showTotal: (n) => t(common.total, { n }) }}
        onChange={(p) => s.set({ page: p.current === 1 ? undefined : p.current, pageSize: p.pageSize === 20 ? undefined : p.pageSize }, { keepPage: true })}
        columns={[
          { title: t(m.rank), dataIndex: 'rank', width: 80 },
          { title: t(m.targetName), dataIndex: 'name', render: (n: string, row) => <Link to={`/assessment/rounds/${round.id}/targets/${row.targetId}`}>{n}</Link> },
          { title: t(m.total), dataIndex: 'total', render: (v: number) => Number(v).toFixed(2) },
          { title: t(m.grade), dataIndex: 'grade', render: (g: Grade) => <Tag color={gradeColor[g]}>{t(m[g])}</Tag> },
          { title: t(m.movement), dataIndex: 'movement', render: (v: number | null) => <Movement value={v} /> },
        ]}
      />
    </Card>
  );
}
