import { useState } from 'react';
import { Button, Card, Pagination, Result, Segmented, Space, Tag } from 'antd';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { coStudyApi, coStudyKey, type CoSession, type CoView } from '../costudy/costudy.api.js';
import { confirmStep } from '../research/confirm.js';
import { rText as m } from '../research/messages.js';
import { fmtTime } from '../usePairing.js';
import { CoCheckin } from './CoCheckin.js';

const views: CoView[] = ['upcoming', 'mine', 'past'];

/** From an hour before the start until the end, as the server allows. */
const checkinOpen = (s: CoSession, now = Date.now()) => now >= new Date(s.startsAt).getTime() - 3600_000 && now <= new Date(s.endsAt).getTime();
const signupOpen = (s: CoSession, now = Date.now()) =>
  (!s.signupOpensAt || now >= new Date(s.signupOpensAt).getTime()) && (!s.signupClosesAt || now <= new Date(s.signupClosesAt).getTime()) && now < new Date(s.startsAt).getTime();

/** 共学: co-study sessions open to the entrepreneur, those they signed up for and those past; sign up, cancel, check in. */
export default function MobileCoStudy() {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const view = (views as string[]).includes(params.get('view') ?? '') ? (params.get('view') as CoView) : 'upcoming';
  const [page, setPage] = useState(1);
  const [checkingIn, setCheckingIn] = useState<CoSession | null>(null);
  const list = useQuery({ queryKey: [...coStudyKey, 'mine', view, page], queryFn: () => coStudyApi.sessions(view, page), placeholderData: keepPreviousData });
  const refresh = () => qc.invalidateQueries({ queryKey: coStudyKey });
  // A full session takes the entrepreneur onto its waitlist (one queue with the cadres); the server says which it was.
  const signUp = (s: CoSession, full: boolean) =>
    confirmStep({
      title: full ? t(m.joinWaitlist) : t(m.signUp),
      content: full ? t(m.waitlistConfirm, { title: s.title }) : t(m.signUpConfirm, { title: s.title }),
      okText: full ? t(m.joinWaitlist) : t(m.signUpOk),
      done: (r) => (r.status === 'waitlisted' ? t(m.waitlistedDone) : t(m.signedUp)),
      run: async () => {
        const r = await coStudyApi.signUp(s.id);
        await refresh();
        return r;
      },
    });
  const cancel = (s: CoSession) => {
    const waiting = s.mySignup === 'waitlisted';
    const label = waiting ? t(m.cancelWaitlist) : t(m.cancelSignup);
    confirmStep({ title: `${label} · ${s.title}`, content: waiting ? t(m.cancelWaitlistConfirm) : t(m.cancelConfirm), okText: label, done: t(m.cancelled), danger: true, run: async () => (await coStudyApi.cancel(s.id), await refresh()) });
  };
  return (
    <>
      <MobileBar title={t(m.coStudy)} back="/m/entrepreneur" />
      <div className="vg-m-page" data-testid="m-co-study">
        <Segmented
          block
          value={view}
          onChange={(v) => (setPage(1), setParams({ view: String(v) }, { replace: true }))}
          options={views.map((v) => ({ value: v, label: t(m.views[v]) }))}
        />
        {list.isLoading ? (
          <Loading />
        ) : list.error ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={errorText(list.error)} />
          </Card>
        ) : list.data?.items.length ? (
          <>
            {list.data.items.map((s) => {
              const signedUp = !!s.mySignedUpAt;
              const full = s.capacity != null && s.confirmedCount >= s.capacity;
              return (
                <Card key={s.id} size="small" variant="borderless" data-testid={`m-co-${s.id}`}>
                  <strong style={{ fontSize: 15 }}>{s.title}</strong>
                  <div style={{ marginTop: 4 }}>
                    {s.myCheckedInAt ? (
                      <Tag color="green">{t(m.checkedIn)}</Tag>
                    ) : s.mySignup === 'waitlisted' ? (
                      <Tag color="gold" data-testid={`m-co-waitlisted-${s.id}`}>
                        {t(m.waitlisted, { n: s.myWaitPosition ?? '—' })}
                      </Tag>
                    ) : (
                      signedUp && <Tag color="blue">{t(m.isSignedUp)}</Tag>
                    )}
                    {!s.myCheckedInAt && s.mySignup === 'confirmed' && s.myPromotedAt && <Tag color="green">{t(m.promoted)}</Tag>}
                    {!signedUp && full && <Tag>{t(m.full)}</Tag>}
                    <span style={{ color: '#888', fontSize: 12 }}>{s.capacity != null ? t(m.seats, { n: s.confirmedCount, c: s.capacity }) : t(m.seatsOpen, { n: s.confirmedCount })}</span>
                  </div>
                  <div style={{ color: '#888', fontSize: 12 }}>
                    {t(m.time)} {fmtTime(s.startsAt, lang)} — {fmtTime(s.endsAt, lang)}
                  </div>
                  <div style={{ color: '#888', fontSize: 12 }}>
                    {t(m.venue)} {s.venue || '—'} · {s.orgName}
                  </div>
                  {s.description && <div style={{ fontSize: 13, marginTop: 4, whiteSpace: 'pre-wrap' }}>{s.description}</div>}
                  {view !== 'past' && !s.myCheckedInAt && (
                    <Space style={{ marginTop: 8, width: '100%' }} styles={{ item: { flex: 1 } }}>
                      {signedUp && checkinOpen(s) && (
                        <Button block type="primary" onClick={() => setCheckingIn(s)} data-testid={`m-co-checkin-${s.id}`}>
                          {t(m.checkin)}
                        </Button>
                      )}
                      {!signedUp && signupOpen(s) && (
                        <Button block type={full ? 'default' : 'primary'} onClick={() => signUp(s, full)} data-testid={`m-co-signup-${s.id}`}>
                          {full ? t(m.joinWaitlist) : t(m.signUp)}
                        </Button>
                      )}
                      {!signedUp && !signupOpen(s) && checkinOpen(s) && (
                        <Button block onClick={() => setCheckingIn(s)} data-testid={`m-co-checkin-${s.id}`}>
                          {t(m.checkin)}
                        </Button>
                      )}
                      {signedUp && Date.now() < new Date(s.startsAt).getTime() && (
                        <Button block danger onClick={() => cancel(s)} data-testid={`m-co-cancel-${s.id}`}>
                          {s.mySignup === 'waitlisted' ? t(m.cancelWaitlist) : t(m.cancelSignup)}
                        </Button>
                      )}
                    </Space>
                  )}
                </Card>
              );
            })}
            {list.data.total > 20 && <Pagination simple current={page} pageSize={20} total={list.data.total} onChange={setPage} style={{ textAlign: 'center' }} />}
          </>
        ) : (
          <Card variant="borderless">
            <EmptyState description={t(m.noSessions)} />
          </Card>
        )}
      </div>
      <CoCheckin session={checkingIn} onClose={() => setCheckingIn(null)} />
    </>
  );
}
