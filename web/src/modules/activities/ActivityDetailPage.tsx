import { useState } from 'react';
import { Button, Descriptions, Result, Space, Tabs, Tag } from 'antd';
import { DownloadOutlined, EditOutlined, FieldTimeOutlined, QrcodeOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../kernel/api.js';
import { client, unwrap } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { modal, showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { Loading, NotFound, PageContainer } from '../../kernel/ui.js';
import { ActivityFormDialog } from './ActivityFormDialog.js';
import { AttendancePanel, SignupsPanel } from './ParticipantsPanels.js';
import { PhotosPanel } from './PhotosPanel.js';
import { SummaryPanel } from './SummaryPanel.js';
import { OriginNote, OriginTag } from '../../kernel/OriginTag.js';
import { actText as m, statusColor } from './messages.js';
import { activitiesKey, fmtDateTime, fmtRange, useActivity, useTypeName } from './useActivities.js';

export default function ActivityDetailPage() {
  const id = Number(useParams().id);
  const { t, lang } = useI18n();
  const typeName = useTypeName(lang);
  const { can } = useAuth();
  const nav = useNavigate();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const { data: a, isLoading, error } = useActivity(id);

  const setStatus = useMutation({
    mutationFn: (status: 'published' | 'cancelled') => unwrap(client.PATCH('/api/v1/activities/{id}', { params: { path: { id } }, body: { status } })),
    onSuccess: (_r, status) => {
      showSuccess(t(status === 'cancelled' ? m.cancelledOk : m.saved));
      void qc.invalidateQueries({ queryKey: activitiesKey });
    },
  });

  if (isLoading) return <Loading />;
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  if (!a) return <Result status="error" title={error?.message} />;

  const confirmCancel = () =>
    modal()?.confirm({
      title: t(m.cancelActivity),
      content: t(m.cancelConfirm, { title: a.title }),
      okButtonProps: { danger: true },
      okText: t(m.cancelActivity),
      cancelText: t(common.cancel),
      onOk: () => setStatus.mutateAsync('cancelled'),
    });

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await api.download(`/activities/${id}/attendance.xlsx`, undefined, `${a.title}-签到名单.xlsx`);
    } finally {
      setExporting(false);
    }
  };

  // An activity organised above (市级/上级) is read-only here: it lists the caller's own people only.
  const own = a.origin === 'own';
  const canWrite = can('activities.write') && own;
  const signupWindow = a.signupOpensAt || a.signupClosesAt ? `${fmtDateTime(a.signupOpensAt, lang)} – ${fmtDateTime(a.signupClosesAt ?? a.startsAt, lang)}` : t(m.signupWindowHelp);

  return (
    <PageContainer
      title={a.title}
      subTitle={
        <Space size={4}>
          <Tag color={statusColor[a.status]}>{t(m[a.status])}</Tag>
          <Tag>{typeName(a)}</Tag>
          <OriginTag origin={a.origin} />
          <span>{a.categoryName}</span>
        </Space>
      }
      card={false}
      extra={
        <>
          <Button icon={<RollbackOutlined />} onClick={() => nav('/activities')}>
            {t(m.backToList)}
          </Button>
          {canWrite && a.status !== 'cancelled' && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t(common.edit)}
            </Button>
          )}
          {canWrite && a.status === 'draft' && (
            <Button icon={<SendOutlined />} onClick={() => setStatus.mutate('published')} loading={setStatus.isPending}>
              {t(m.publish)}
            </Button>
          )}
          {own && can('activities.checkin') && a.status === 'published' && (
            <Button type="primary" icon={<QrcodeOutlined />} onClick={() => nav(`/activities/${id}/screen`)} data-testid="open-qr-screen">
              {t(m.qrScreen)}
            </Button>
          )}
          {/* Service hours of volunteer activities are recorded and confirmed on the community's hours page (谁组织谁记录). */}
          {a.categoryCode === 'volunteer' && can('community.write') && (
            <Button icon={<FieldTimeOutlined />} onClick={() => nav(`/community/hours?activityId=${id}`)} data-testid="activity-service-hours">
              {t(m.serviceHoursLink)}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={exportXlsx} loading={exporting} data-testid="export-attendance">
            {t(m.exportAttendance)}
          </Button>
          {canWrite && a.status !== 'cancelled' && (
            <Button danger icon={<StopOutlined />} onClick={confirmCancel}>
              {t(m.cancelActivity)}
            </Button>
          )}
        </>
      }
    >
      <OriginNote origin={a.origin} />
      <div style={{ background: '#fff', padding: 16, borderRadius: 8, marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t(m.organiser)}>{a.orgName}</Descriptions.Item>
          <Descriptions.Item label={t(m.time)}>{fmtRange(a.startsAt, a.endsAt, lang)}</Descriptions.Item>
          <Descriptions.Item label={t(m.venue)}>{a.venue || '—'}</Descriptions.Item>
          <Descriptions.Item label={t(m.capacity)}>{a.capacity ?? t(m.unlimited)}</Descriptions.Item>
          <Descriptions.Item label={t(m.signupWindow)}>{signupWindow}</Descriptions.Item>
          <Descriptions.Item label={t(m.signups)}>
            {t(m.confirmed)} {a.confirmedCount} · {t(m.waitlisted)} {a.waitlistCount} · {t(m.attended)} {a.attendedCount}
          </Descriptions.Item>
          {a.description && (
            <Descriptions.Item label={t(m.description)} span={3}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{a.description}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </div>
      <div style={{ background: '#fff', padding: '0 16px 16px', borderRadius: 8 }}>
        <Tabs
          items={[
            { key: 'signups', label: `${t(m.signups)} (${a.confirmedCount + a.waitlistCount})`, children: <SignupsPanel activityId={id} /> },
            { key: 'attendance', label: `${t(m.attended)} (${a.attendedCount})`, children: <AttendancePanel activity={a} readOnly={!own} /> },
            { key: 'photos', label: t(m.photos), children: <PhotosPanel activityId={id} canWrite={canWrite} /> },
            { key: 'summary', label: t(m.summary), children: <SummaryPanel activity={a} canWrite={canWrite} /> },
          ]}
        />
      </div>
      {editing && <ActivityFormDialog activity={a} onClose={() => setEditing(false)} onDone={() => setEditing(false)} />}
    </PageContainer>
  );
}
