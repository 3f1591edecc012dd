import { Spin, theme } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useAuth } from '../../kernel/auth.js';
import type { Permission } from '../../kernel/types.js';
import { useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { Panel } from '../../kernel/Panel.js';
import { ProgressBar } from '../../kernel/ProgressBar.js';
import { meText as m } from './messages.js';
import { useMyToday } from './usePoints.js';

/** Where each points event is earned on the phone (and who may open that page); events without a page get no link. */
const earnedAt: Record<string, { path: string; permission: Permission }> = {
  'content.read_completed': { path: '/m/reading', permission: 'content.view' },
  'content.video_watched': { path: '/m/reading', permission: 'content.view' },
  'learning.daily_quiz_completed': { path: '/m/study/quiz', permission: 'learning.study' },
  'learning.challenge_finished': { path: '/m/study/challenge', permission: 'learning.study' },
  'learning.course_completed': { path: '/m/study', permission: 'learning.study' },
  'learning.exam_submitted': { path: '/m/study/exams', permission: 'learning.study' },
  'activities.attended': { path: '/m/activities', permission: 'activities.join' },
  'community.hours_confirmed': { path: '/m/community/needs', permission: 'community.join' },
  'contests.answer_correct': { path: '/m/contest', permission: 'contests.play' },
  'contests.awarded': { path: '/m/contest', permission: 'contests.play' },
  'practice.report_approved': { path: '/m/reports', permission: 'practice.participate' },
  'squads.task_accepted': { path: '/m/squad/tasks', permission: 'squads.join' },
};

/** 今日任务 on the member home, after 学习强国: each rule's points today against its daily cap, with the way to earn it. */
export function TodayTasks() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const { token } = theme.useToken();
  const today = useMyToday();
  if (today.data === null) return null;
  const d = today.data;
  return (
    <Panel size="small" title={t(m.todayTasks)} data-testid="today-tasks">
      <Spin spinning={today.isLoading}>
        {d && (
          <div style={{ display: 'flex', justifyContent: 'space-around', textAlign: 'center', marginBottom: 8 }}>
            <div>
              <div style={{ color: token.colorTextSecondary, fontSize: 12 }}>{t(m.todayPoints)}</div>
              <strong style={{ color: '#c8161d', fontSize: 20 }} data-testid="today-points">{d.todayPoints}</strong>
            </div>
            <div>
              <div style={{ color: token.colorTextSecondary, fontSize: 12 }}>{t(m.totalPoints)}</div>
              <strong style={{ fontSize: 20 }} data-testid="total-points">{d.totalPoints}</strong>
            </div>
          </div>
        )}
        {d?.orgRank && (
          <div className="vg-m-row" data-testid="org-rank">
            <span style={{ color: token.colorTextSecondary, fontSize: 12 }}>{t(m.orgRank, { org: d.orgRank.name })}</span>
            <strong>{t(m.rankOf, { rank: d.orgRank.rank, of: d.orgRank.of })}</strong>
          </div>
        )}
        {d?.personalRank && (
          <div className="vg-m-row" data-testid="personal-rank">
            <span style={{ color: token.colorTextSecondary, fontSize: 12 }}>{t(m.myRank)}</span>
            <strong>{t(m.rankOf, { rank: d.personalRank.rank, of: d.personalRank.of })}</strong>
          </div>
        )}
        {d && d.tasks.length === 0 && <EmptyState description={t(m.noTasks)} />}
        {d?.tasks.map((task) => {
          const link = earnedAt[task.eventType];
          const go = link && can(link.permission) ? link.path : null;
          return (
            <div key={task.code} className="vg-m-row" data-testid={`task-${task.code}`}>
              <div style={{ minWidth: 0, flex: 1 }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <span>{task.label[lang]}</span>
                  <strong data-testid={`task-${task.code}-progress`} style={{ color: task.done ? token.colorSuccess : '#c8161d', whiteSpace: 'nowrap' }}>
                    {task.dailyCap != null ? `${task.earned}/${task.dailyCap}` : t(m.todayEarned, { n: task.earned })}
                  </strong>
                </div>
                {task.dailyCap != null ? (
                  <ProgressBar percent={Math.round((task.earned / task.dailyCap) * 100)} success={task.done} />
                ) : null}
                <div style={{ color: token.colorTextSecondary, fontSize: 12 }}>
                  {task.dailyCap != null ? t(m.perTimeCap, { n: task.points, cap: task.dailyCap }) : t(m.perTime, { n: task.points })}
                </div>
              </div>
              {task.done ? (
                <span
                  style={{
                    display: 'inline-flex',
                    alignItems: 'center',
                    gap: 4,
                    padding: '0 7px',
                    fontSize: token.fontSizeSM,
                    lineHeight: '20px',
                    whiteSpace: 'nowrap',
                    color: token.colorSuccess,
                    background: token.colorSuccessBg,
                    border: `1px solid ${token.colorSuccessBorder}`,
                    borderRadius: token.borderRadiusSM,
                  }}
                >
                  <CheckOutlined />
                  {t(m.taskDone)}
                </span>
              ) : go ? (
                <Link to={go} className="vg-m-go" data-testid={`task-${task.code}-go`}>
                  {t(m.go)}
                </Link>
              ) : null}
            </div>
          );
        })}
      </Spin>
    </Panel>
  );
}
