import { Button, Card, Descriptions, Result } from 'antd';
import { ExperimentOutlined, FormOutlined, ProfileOutlined, ReadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useAuth } from '../../../kernel/auth.js';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { MobileLogout } from '../../../kernel/MobileLogout.js';
import { InboxBell } from '../../../kernel/inbox.js';
import { PhoneLanguageSwitch } from '../../../kernel/LanguageSwitch.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { pText as m } from '../messages.js';
import { pairingApi, pairingKey } from '../pairing.api.js';
import { fmtDay } from '../usePairing.js';

/** The entrepreneur's phone home: their record, their cadre, and the way to raise and follow concerns. */
export default function MobileEntrepreneur() {
  const { t } = useI18n();
  const { me } = useAuth();
  const record = useQuery({ queryKey: [...pairingKey, 'my-record'], queryFn: pairingApi.myRecord, meta: { silent: true } });
  const e = record.data;
  return (
    <div data-testid="m-entrepreneur">
      <div className="vg-m-hero">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
          <span style={{ opacity: 0.9 }}>{t(m.brand)}</span>
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <InboxBell />
            <PhoneLanguageSwitch />
          </span>
        </div>
        <h2>{e?.name ?? me?.displayName}</h2>
        <div style={{ opacity: 0.85, fontSize: 13 }}>{e?.company ?? t(m.slogan)}</div>
      </div>
      <div className="vg-m-body">
        {record.isLoading ? (
          <Card variant="borderless">
            <Loading />
          </Card>
        ) : !e ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={errorText(record.error)} />
          </Card>
        ) : (
          <>
            <Card variant="borderless" size="small" title={t(m.myCadre)} data-testid="m-my-cadre">
              {e.pair ? (
                <div>
                  <strong style={{ fontSize: 16 }}>{e.pair.cadreName}</strong>
                  <div style={{ color: '#888' }}>{e.pair.cadreOrgName}</div>
                  <div style={{ color: '#888', fontSize: 12 }}>
                    {t(m.startedAt)} {fmtDay(e.pair.startedAt)}
                  </div>
                </div>
              ) : (
                <EmptyState description={t(e.status === 'approved' ? m.noCadre : m.notApproved)} />
              )}
            </Card>
            <Card variant="borderless" size="small">
              <div className="vg-m-links">
                <Link className="vg-m-link" to="/m/entrepreneur/raise" data-testid="m-raise-link">
                  <FormOutlined />
                  <span>{t(m.raise)}</span>
                </Link>
                <Link className="vg-m-link" to="/m/entrepreneur/concerns" data-testid="m-my-concerns-link">
                  <ProfileOutlined />
                  <span>{t(m.myConcerns)}</span>
                </Link>
                <Link className="vg-m-link" to="/m/entrepreneur/co-study" data-testid="m-co-study-link">
                  <ReadOutlined />
                  <span>{t(m.coStudy)}</span>
                </Link>
                <Link className="vg-m-link" to="/m/entrepreneur/research" data-testid="m-my-topics-link">
                  <ExperimentOutlined />
                  <span>{t(m.myTopics)}</span>
                </Link>
              </div>
            </Card>
            <Card variant="borderless" size="small" title={t(m.myRecord)}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t(m.position)}>{e.position || '—'}</Descriptions.Item>
                <Descriptions.Item label={t(m.company)}>{e.company}</Descriptions.Item>
                <Descriptions.Item label={t(m.creditCode)}>{e.creditCode}</Descriptions.Item>
                <Descriptions.Item label={t(m.sector)}>{e.sectorName}</Descriptions.Item>
                <Descriptions.Item label={t(m.district)}>{e.districtName}</Descriptions.Item>
                <Descriptions.Item label={t(m.phone)}>{e.phone}</Descriptions.Item>
                <Descriptions.Item label={t(m.org)}>{e.orgName}</Descriptions.Item>
              </Descriptions>
            </Card>
          </>
        )}
        <MobileLogout />
      </div>
    </div>
  );
}
