import { Card, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../kernel/i18n.js';
import { PageContainer } from '../../kernel/ui.js';
import { FiguresPanel } from '../cockpit/FiguresPanel.js';
import { ActivityCalendar } from './ActivityCalendar.js';

const careFigures = ['activities.care_held', 'activities.care_attendees'] as const;

/**
 * 关心关爱: the calendar of the care category's activities (健康讲座, 体育赛事, 健康体检 — 送健康进机关); a day opens the
 * activity list of that day, where sign-ups and attendance are kept; and the figures (activities held, attendances) by
 * month and by organisation, from the records.
 */
export default function CarePage() {
  const { t } = useI18n();
  const nav = useNavigate();
  return (
    <PageContainer title={t({ zh: '关心关爱', en: 'Care' })} subTitle={t({ zh: '送健康进机关：健康讲座、体育赛事、健康体检', en: 'Health lectures, sports events and check-ups' })}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <FiguresPanel names={careFigures} testId="care-figures" />
        <Card size="small" title={t({ zh: '活动日历', en: 'Calendar' })} extra={<a onClick={() => nav('/activities?categoryCode=care')}>{t({ zh: '发布与管理活动（报名、签到）', en: 'Publish and manage (sign-ups, attendance)' })}</a>}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t({ zh: '点击日期查看当天的关心关爱活动，在活动详情中管理报名与签到。', en: 'Pick a day to list its care activities; sign-ups and attendance are on each activity.' })}
          </Typography.Paragraph>
          <ActivityCalendar filters={{ categoryCode: 'care' }} onPickDay={(d) => nav(`/activities?categoryCode=care&from=${encodeURIComponent(d.startOf('day').toISOString())}&to=${encodeURIComponent(d.add(1, 'day').startOf('day').toISOString())}`)} />
        </Card>
      </Space>
    </PageContainer>
  );
}
