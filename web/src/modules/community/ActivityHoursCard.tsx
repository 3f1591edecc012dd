import { Alert, Button, Card, Collapse, Popconfirm, Space } from 'antd';
import { FieldTimeOutlined, LogoutOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client, unwrap } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { showSuccess } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { Loading } from '../../kernel/Loading.js';
import { AttendancePanel } from '../activities/ParticipantsPanels.js';
import { activitiesKey, fmtRange, useActivity } from '../activities/useActivities.js';
import { communityApi, communityKey } from './community.api.js';
import { cText as m } from './messages.js';

/**
 * 谁组织谁记录, for one volunteer activity: the engine's own attendance list (check-in, check-out, hours present), check-out
 * of whoever is still there, and recording service hours from attendance; the hours below are then adjusted and sent on
 * to the community.
 */
export function ActivityHoursCard({ activityId }: { activityId: number }) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const activity = useActivity(activityId);
  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: communityKey }), qc.invalidateQueries({ queryKey: activitiesKey })]);
  const checkOutAll = useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/activities/{id}/checkout', { params: { path: { id: activityId } }, body: {} })),
    onSuccess: (r) => {
      showSuccess(t(m.checkedOutAll, { n: r.count }));
      void refresh();
    },
  });
  const record = useMutation({
    mutationFn: () => communityApi.recordHours(activityId),
    onSuccess: (r) => {
      showSuccess(t(m.hoursRecorded, { n: r.recorded, left: r.notCheckedOut }));
      void refresh();
    },
  });
  if (activity.isLoading) return <Loading />;
  const a = activity.data;
  if (!a) return null;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space size={8} wrap>
          <FieldTimeOutlined />
          <Link to={`/activities/${a.id}`}>{a.title}</Link>
          <span style={{ color: '#888', fontWeight: 'normal' }}>{fmtRange(a.startsAt, a.endsAt, lang)}</span>
        </Space>
      }
      extra={
        <Space size={8} wrap>
          {can('activities.checkin') && a.status === 'published' && (
            <Popconfirm title={t(m.checkOutAllConfirm)} onConfirm={() => checkOutAll.mutateAsync()}>
              <Button icon={<LogoutOutlined />} loading={checkOutAll.isPending} data-testid="hours-checkout-all">
                {t(m.checkOutAll)}
              </Button>
            </Popconfirm>
          )}
          {can('community.write') && (
            <Button type="primary" onClick={() => record.mutate()} loading={record.isPending} data-testid="hours-record">
              {t(m.recordFromAttendance)}
            </Button>
          )}
        </Space>
      }
      data-testid="activity-hours-card"
    >
      <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t(m.organiserRecordsHelp)} />
      <Collapse
        size="small"
        items={[{ key: 'attendance', label: `${t(m.attendanceList)} (${a.attendedCount})`, children: <AttendancePanel activity={a} /> }]}
      />
    </Card>
  );
}
