import { Button, Card, Popconfirm, Space, Tag } from 'antd';
import { ClockCircleOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { common, useI18n } from '../../../kernel/i18n.js';
import { fmtRange, useTypeName } from '../useActivities.js';
import { checkinOpen } from './useMyActivities.js';
import { mText as m } from './mobileText.js';
import type { MyActivity } from '../activities.api.js';

interface Props {
  a: MyActivity;
  hoursType: boolean;
  position?: number | null;
  busy: boolean;
  onSignUp: () => void;
  onCancel: () => Promise<unknown>;
  onCheckout: () => Promise<unknown>;
}

/** One activity on the phone: what, when, where, my state, and the one or two things I can do now. */
export function ActivityCard({ a, hoursType, position, busy, onSignUp, onCancel, onCheckout }: Props) {
  const { t, lang } = useI18n();
  const typeName = useTypeName(lang);
  const nav = useNavigate();
  const now = Date.now();
  const started = new Date(a.startsAt).getTime() <= now;
  const signed = a.mySignup === 'confirmed' || a.mySignup === 'waitlisted';
  const closes = new Date(a.signupClosesAt ?? a.startsAt).getTime();
  const opens = a.signupOpensAt ? new Date(a.signupOpensAt).getTime() : 0;
  const canSignUp = a.status === 'published' && !signed && !a.myCheckedInAt && now >= opens && now <= closes;

  const state = a.myCheckedInAt ? (
    <Tag color="green">{t(m.attendedTag)}</Tag>
  ) : a.mySignup === 'confirmed' ? (
    <Tag color="red">{t(m.confirmedTag)}</Tag>
  ) : a.mySignup === 'waitlisted' ? (
    <Tag color="orange">{position ? t(m.waitlistedPos, { n: position }) : t(m.waitlistedTag)}</Tag>
  ) : null;

  return (
    <Card size="small" variant="borderless" title={<span style={{ whiteSpace: 'normal' }}>{a.title}</span>} extra={state} data-testid={`my-activity-${a.id}`}>
      <Space orientation="vertical" size={4} style={{ width: '100%', fontSize: 13, color: '#555' }}>
        <span>
          <Tag style={{ marginRight: 6 }}>{typeName(a)}</Tag>
          {a.orgName}
        </span>
        <span>
          <ClockCircleOutlined /> {fmtRange(a.startsAt, a.endsAt, lang)}
        </span>
        {a.venue && (
          <span>
            <EnvironmentOutlined /> {a.venue}
          </span>
        )}
        <span>
          <TeamOutlined /> {a.capacity ? t(m.seats, { a: a.confirmedCount, b: a.capacity }) : t(m.seatsOpen, { a: a.confirmedCount })}
          {a.waitlistCount > 0 && ` · ${t(m.waitlistedTag)} ${a.waitlistCount}`}
        </span>
        {a.status === 'cancelled' && <Tag color="default">{t(m.activityCancelled)}</Tag>}
      </Space>
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 8, flexWrap: 'wrap' }}>
        {canSignUp && (
          <Button type="primary" loading={busy} onClick={onSignUp}>
            {t(m.signUp)}
          </Button>
        )}
        {signed && !started && !a.myCheckedInAt && (
          <Popconfirm title={t(m.cancelConfirm)} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} onConfirm={onCancel}>
            <Button danger>{t(m.cancelSignup)}</Button>
          </Popconfirm>
        )}
        {!a.myCheckedInAt && checkinOpen(a) && (signed || a.mySignup === null) && (
          <Button type={signed ? 'primary' : 'default'} onClick={() => nav(`/m/checkin?activity=${a.id}`)}>
            {t(m.checkin)}
          </Button>
        )}
        {a.myCheckedInAt && hoursType && started && (
          <Popconfirm title={t(m.checkoutConfirm)} okText={t(common.confirm)} cancelText={t(common.cancel)} onConfirm={onCheckout}>
            <Button>{t(m.checkout)}</Button>
          </Popconfirm>
        )}
      </div>
    </Card>
  );
}
