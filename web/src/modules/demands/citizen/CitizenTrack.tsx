import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../../kernel/api.js';
import { client, unwrap } from '../../../kernel/api-client.js';
import { errorText } from '../../../kernel/feedback.js';
import { common, punct, useI18n } from '../../../kernel/i18n.js';
import type { Satisfaction } from '../api-types.js';
import { dText, satisfactionText } from '../messages.js';
import { fmtDateTime } from '../demand-format.js';
import { CitizenFrame } from './CitizenFrame.js';
import { goTo, CitizenLink, CitizenLoading, useWhere } from './citizen-nav.js';
import { PhoneLookup } from './PhoneLookup.js';
import { TrackPhotos } from './TrackPhotos.js';
import { cText } from './citizen-text.js';
import { RequiredMark } from './RequiredMark.js';
import { secretFromHash, secretHeaders } from './citizen-link.js';
import { useFetched } from './use-fetched.js';

const CODE = /^QD\d{6}[2-9A-Z]{6}$/;
const TYPED = /^\s*qd\d{6}[2-9a-z]{6}\s*$/i;

function Rating({ code, secret, onRated }: { code: string; secret: string; onRated: () => void }) {
  const { t } = useI18n();
  const [result, setResult] = useState<Satisfaction | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rate = async () => {
    if (!result || busy) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        client.POST('/api/v1/public/demands/{trackingCode}/rating', { params: { path: { trackingCode: code } }, body: { result, comment: comment.trim() || undefined }, headers: secretHeaders(secret) }),
      );
      onRated();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="vg-c-card" data-testid="c-rating">
      <h3>{t(dText.rate)}</h3>
      <div className="vg-c-choices" role="radiogroup" aria-label={t(dText.rate)}>
        {(['satisfied', 'basically_satisfied', 'dissatisfied'] as const).map((s) => (
          <label key={s} className={result === s ? 'on' : undefined} data-testid={`rate-${s}`}>
            <input type="radio" name="satisfaction" value={s} checked={result === s} onChange={() => setResult(s)} />
            {t(satisfactionText[s])}
          </label>
        ))}
      </div>
      <textarea className="vg-c-input" rows={3} value={comment} maxLength={1000} placeholder={t(dText.comment)} aria-label={t(dText.comment)} onChange={(e) => setComment(e.target.value)} style={{ marginBottom: 12 }} />
      {error && (
        <div className="vg-c-alert error" role="alert">
          {error}
        </div>
      )}
      <button type="button" className="vg-c-btn primary block" disabled={!result || busy} aria-busy={busy} onClick={() => void rate()} data-testid="rate-submit">
        {t(dText.rateSubmit)}
      </button>
    </div>
  );
}

function Lookup({ initial, hash }: { initial: string; hash: string }) {
  const { t } = useI18n();
  const [code, setCode] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setCode(initial), [initial]);
  // Looking up the same code again keeps the link's secret; another code is read by code alone.
  const go = (e: FormEvent) => {
    e.preventDefault();
    if (!TYPED.test(code)) return setProblem(t(code.trim() ? cText.badCode : cText.required));
    setProblem(null);
    const next = code.trim().toUpperCase();
    goTo(`/c/track/${next}${next === initial ? hash : ''}`);
  };
  return (
    <div className="vg-c-card">
      <form onSubmit={go} noValidate>
        <label className="vg-c-label" htmlFor="c-track-code">
          {t(cText.trackCode)}
          <RequiredMark />
        </label>
        <div className="vg-c-row">
          <input
            id="c-track-code"
            className="vg-c-input"
            value={code}
            placeholder={t(dText.trackInput)}
            aria-label={t(dText.trackInput)}
            aria-required="true"
            aria-invalid={problem ? 'true' : undefined}
            autoCapitalize="characters"
            data-testid="c-track-input"
            onChange={(e) => {
              setCode(e.target.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="vg-c-btn primary">
            {t(dText.query)}
          </button>
        </div>
        {problem && (
          <div className="vg-c-error" role="alert">
            {problem}
          </div>
        )}
      </form>
    </div>
  );
}

/** The citizen follows a demand by its code: the trail and the department's answer; the submitter's link also rates. */
export default function CitizenTrack() {
  const { t, lang } = useI18n();
  const { pathname, hash } = useWhere();
  const code = decodeURIComponent(pathname.match(/^\/c\/track\/([^/]+)/)?.[1] ?? '');
  const secret = secretFromHash(hash);
  const valid = CODE.test(code);
  const track = useFetched(
    valid ? () => unwrap(client.GET('/api/v1/public/demands/{trackingCode}', { params: { path: { trackingCode: code } }, headers: secretHeaders(secret) })) : null,
    `${code}:${secret ? 'holder' : 'public'}`,
  );
  // A demand being handled changes: read it again every minute while the page is open.
  const { reload } = track;
  useEffect(() => {
    if (!valid) return;
    const timer = window.setInterval(reload, 60_000);
    return () => window.clearInterval(timer);
  }, [valid, reload]);
  const d = track.data;

  return (
    <CitizenFrame>
      <Lookup initial={code} hash={hash} />
      {!valid ? null : track.loading && !d ? (
        <CitizenLoading text={t(common.loading)} />
      ) : track.error ? (
        <div className="vg-c-card">
          <div className="vg-c-alert warning" role="alert">
            {track.error instanceof ApiError && track.error.status === 404 ? t(cText.notFound) : errorText(track.error)}
          </div>
        </div>
      ) : d ? (
        <>
          <div className="vg-c-card">
            <h3>
              {t(dText.trackTitle)}
              <span className="vg-c-tag" data-testid="c-status">
                {t(d.statusLabel)}
              </span>
            </h3>
            <dl className="vg-c-dl">
              <dt>{t(dText.trackingCode)}</dt>
              <dd>{d.trackingCode}</dd>
              <dt>{t(dText.category)}</dt>
              <dd>{d.categoryName}</dd>
              <dt>{t(dText.title)}</dt>
              <dd>{d.title}</dd>
              <dt>{t(dText.department)}</dt>
              <dd>{d.department ?? '—'}</dd>
              <dt>{t(dText.dueAt)}</dt>
              <dd>{fmtDateTime(d.resolutionDueAt, lang)}</dd>
            </dl>
            <TrackPhotos photos={d.photos.filter((p) => p.kind === 'citizen')} secret={secret} title={cText.myPhotos} testId="c-my-photos" />
            <ol className="vg-c-trail" data-testid="c-trail">
              {d.progress.map((p, i) => (
                <li key={i}>
                  {t(p.label)} · {fmtDateTime(p.at, lang)}
                </li>
              ))}
            </ol>
          </div>
          <div className="vg-c-card">
            <h3>{t(dText.answer)}</h3>
            {d.answer ? (
              <>
                <p style={{ whiteSpace: 'pre-wrap', margin: '0 0 8px' }} data-testid="c-answer">
                  {d.answer}
                </p>
                <span className="vg-c-muted" data-testid="c-answered-at">
                  {d.answeredAt ? fmtDateTime(d.answeredAt, lang) : null}
                  {d.firstAnsweredAt && d.firstAnsweredAt !== d.answeredAt ? `${d.answeredAt ? ' · ' : ''}${t(cText.firstAnswered, { at: fmtDateTime(d.firstAnsweredAt, lang) })}` : null}
                </span>
                <TrackPhotos photos={d.photos.filter((p) => p.kind === 'result')} secret={secret} title={cText.resultPhotos} testId="c-result-photos" />
              </>
            ) : (
              <span className="vg-c-muted">{t(dText.noAnswer)}</span>
            )}
          </div>
          {d.canRate && secret ? (
            <Rating code={d.trackingCode} secret={secret} onRated={reload} />
          ) : d.status === 'answered' ? (
            <div className="vg-c-alert info" data-testid="c-rate-needs-link">
              {t(dText.rateNeedsLink)}
            </div>
          ) : d.satisfaction ? (
            <div className={`vg-c-alert ${d.satisfaction === 'dissatisfied' ? 'warning' : 'success'}`} data-testid="c-rated">
              <div>{`${t(dText.rated)}${t(punct.colon)}${t(satisfactionText[d.satisfaction])}`}</div>
              {d.satisfaction === 'dissatisfied' && d.status !== 'closed' && <div>{t(dText.reopened)}</div>}
            </div>
          ) : null}
        </>
      ) : null}
      {!valid && <PhoneLookup />}
      <div className="vg-c-card vg-c-links">
        <CitizenLink to="/c/submit" testId="c-back-to-form">{t(cText.backToForm)}</CitizenLink>
        {valid && <CitizenLink to="/c/track#phone" testId="c-to-phone">{t(cText.findByPhone)}</CitizenLink>}
      </div>
    </CitizenFrame>
  );
}
