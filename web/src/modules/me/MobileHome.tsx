import { Spin, Statistic, theme } from 'antd';
import { DesktopOutlined, ProfileOutlined, TrophyOutlined, UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useAuth } from '../../kernel/auth.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { MobileLogout } from '../../kernel/MobileLogout.js';
import { PhoneLanguageSwitch } from '../../kernel/LanguageSwitch.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { Panel } from '../../kernel/Panel.js';
import { InboxBell } from '../../kernel/inbox.js';
import { ModuleMobileLinks } from '../../kernel/MobileLinks.js';
import { MyFiguresCard } from '../cockpit/MyFiguresCard.js';
import { greeting, meText as m } from './messages.js';
import { myOrgName, useMyPoints } from './usePoints.js';
import { TodayTasks } from './TodayTasks.js';

export default function MobileHome() {
  const { t } = useI18n();
  const { me } = useAuth();
  const points = useMyPoints(1, 5);
  const { token } = theme.useToken();
  if (!me) return null;
  const adminish = me.roles.some((r) => r.role !== 'member');

  return (
    <div data-testid="mobile-home">
      <div className="vg-m-hero">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
          <span style={{ opacity: 0.9 }}>{t(common.appName)}</span>
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <InboxBell />
            <PhoneLanguageSwitch />
          </span>
        </div>
        <h2>
          {t(greeting(new Date().getHours()))}{t(punct.comma)}{me.displayName}
        </h2>
        <div style={{ opacity: 0.85, fontSize: 13 }}>{t(m.slogan)}</div>
      </div>
      <div className="vg-m-body">
        <Panel size="small">
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, alignItems: 'center' }}>
            <Statistic
              title={t(m.balance)}
              value={points.data?.balance ?? 0}
              loading={points.isLoading}
              prefix={<TrophyOutlined />}
              styles={{ content: { color: '#c8161d' } }}
              data-testid="mobile-balance"
            />
            <div style={{ textAlign: 'right', minWidth: 0 }}>
              <span style={{ color: token.colorTextSecondary, fontSize: 12 }}>{t(m.branch)}</span>
              <div style={{ fontWeight: 600, wordBreak: 'break-all' }} data-testid="mobile-branch">
                {myOrgName(me) ?? '—'}
              </div>
            </div>
          </div>
        </Panel>
        <TodayTasks />
        <MyFiguresCard />
        <Panel size="small" title={t(m.quick)}>
          <div className="vg-m-links">
            <ModuleMobileLinks />
            <Link className="vg-m-link" to="/m/points">
              <ProfileOutlined />
              <span>{t(m.history)}</span>
            </Link>
            <Link className="vg-m-link" to="/m/profile">
              <UserOutlined />
              <span>{t(m.profile)}</span>
            </Link>
            {adminish && (
              <Link className="vg-m-link" to="/">
                <DesktopOutlined />
                <span>{t(common.desktop)}</span>
              </Link>
            )}
          </div>
        </Panel>
        <Panel size="small" title={t(m.recent)} extra={<Link to="/m/points">{t(m.more)}</Link>}>
          {points.data === null ? (
            <EmptyState description={t(m.noPerson)} />
          ) : (
            <Spin spinning={points.isLoading}>
              {(points.data?.items ?? []).length === 0 ? (
                <EmptyState description={t(m.noHistory)} />
              ) : (
                (points.data?.items ?? []).map((i, n) => (
                  <div key={n} className="vg-m-row">
                    <div>
                      <div>{i.ruleName}</div>
                      <div style={{ color: token.colorTextSecondary }}>{new Date(i.at).toLocaleDateString()}</div>
                    </div>
                    <strong style={{ color: '#c8161d' }}>{i.points > 0 ? `+${i.points}` : i.points}</strong>
                  </div>
                ))
              )}
            </Spin>
          )}
        </Panel>
        <MobileLogout />
      </div>
    </div>
  );
}
