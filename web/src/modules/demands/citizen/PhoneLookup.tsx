import { useState, type FormEvent } from 'react';
import { client, unwrap, type Answer } from '../../../kernel/api-client.js';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { normalisePhone } from '../../../../../common/citizen-text.js';
import { phoneProblem } from '../field-rules.js';
import { fmtDateTime } from '../demand-format.js';
import { CitizenLink } from './citizen-nav.js';
import { cText } from './citizen-text.js';
import { RequiredMark } from './RequiredMark.js';

type Found = Answer<'/api/v1/public/demand-lookup', 'post'>['items'];

/** 按手机号查找: a one-time code to the phone (shown on screen in the demo), then the demands filed with that number. */
export function PhoneLookup() {
  const { t, lang } = useI18n();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<{ demoCode?: string } | null>(null);
  const [found, setFound] = useState<Found | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const sendCode = () => {
    if (!normalisePhone(phone)) return setProblem(t(phoneProblem));
    void run(async () => {
      setSent(await unwrap(client.POST('/api/v1/public/demand-lookup/code', { body: { phone } })));
      setFound(null);
    });
  };
  const find = (e: FormEvent) => {
    e.preventDefault();
    if (!sent) return sendCode();
    if (!/^\d{6}$/.test(code.trim())) return setProblem(t(cText.codeFormat));
    void run(async () => setFound((await unwrap(client.POST('/api/v1/public/demand-lookup', { body: { phone, code: code.trim() } }))).items));
  };

  return (
    <div className="vg-c-card" id="phone" data-testid="c-phone-lookup">
      <h3>{t(cText.phoneTitle)}</h3>
      <div className="vg-c-hint" style={{ marginTop: 0, marginBottom: 8 }}>{t(cText.phoneHint)}</div>
      <form onSubmit={find} noValidate>
        <label className="vg-c-label" htmlFor="c-lookup-phone">
          {t(cText.phoneLabel)}
          <RequiredMark />
        </label>
        <div className="vg-c-row" style={{ marginBottom: 8 }}>
          <input id="c-lookup-phone" className="vg-c-input" type="tel" inputMode="tel" autoComplete="tel" aria-label={t(cText.phoneLabel)} aria-required="true" placeholder={t(cText.phoneLabel)} value={phone}
            data-testid="c-lookup-phone" onChange={(e) => { setPhone(e.target.value); setSent(null); setFound(null); }} />
          <button type="button" className="vg-c-btn" disabled={busy} onClick={sendCode} data-testid="c-lookup-send">
            {t(cText.sendCode)}
          </button>
        </div>
        {sent && (
          <div className="vg-c-alert info" role="status" data-testid="c-lookup-sent">
            {sent.demoCode ? (
              <>
                {t(cText.demoCode)}
                <span className="vg-c-demo" data-testid="c-demo-code">{sent.demoCode}</span>
              </>
            ) : (
              t(cText.codeSent)
            )}
          </div>
        )}
        {sent && (
          <label className="vg-c-label" htmlFor="c-lookup-code">
            {t(cText.codeLabel)}
            <RequiredMark />
          </label>
        )}
        {sent && (
          <div className="vg-c-row">
            <input id="c-lookup-code" className="vg-c-input" inputMode="numeric" autoComplete="one-time-code" maxLength={6} aria-label={t(cText.codeLabel)} aria-required="true" placeholder={t(cText.codeLabel)} value={code}
              data-testid="c-lookup-code" onChange={(e) => setCode(e.target.value)} />
            <button type="submit" className="vg-c-btn primary" disabled={busy} data-testid="c-lookup-find">
              {t(cText.find)}
            </button>
          </div>
        )}
        {problem && (
          <div className="vg-c-error" role="alert">
            {problem}
          </div>
        )}
      </form>
      {found && (
        <ul className="vg-c-list" data-testid="c-lookup-found">
          {found.length === 0 && <li className="vg-c-muted">{t(cText.noneFound)}</li>}
          {found.map((d) => (
            <li key={d.trackingCode}>
              <CitizenLink to={`/c/track/${d.trackingCode}`} testId={`c-found-${d.trackingCode}`}>
                {d.trackingCode}
              </CitizenLink>{' '}
              <span className="vg-c-tag">{t(d.statusLabel)}</span>
              <div>{d.title}</div>
              <div className="vg-c-muted">{`${d.categoryName ?? ''} · ${fmtDateTime(d.receivedAt, lang)}`}</div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
