import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../../kernel/api.js';
import { client, unwrap, type Body } from '../../../kernel/api-client.js';
import { errorText } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { charCount, MAX_DESCRIPTION_CHARS, normalisePhone } from '../../../../../common/citizen-text.js';
import { dText } from '../messages.js';
import { phoneProblem } from '../field-rules.js';
import { solveChallenge } from '../pow.js';
import { categoryLabel } from '../demand-format.js';
import { CitizenFrame } from './CitizenFrame.js';
import { CitizenLink, CitizenLoading } from './citizen-nav.js';
import { cText } from './citizen-text.js';
import { RequiredMark } from './RequiredMark.js';
import type { Submitted } from './CitizenSubmitted.js';
import { useFetched } from './use-fetched.js';

// The answer after sending loads only once there is one.
const CitizenSubmitted = lazy(() => import('./CitizenSubmitted.js'));

type Demand = Omit<Body<'/api/v1/public/demands', 'post'>, 'challenge'>;
type Field = 'categoryCode' | 'districtCode' | 'streetCode' | 'description' | 'address' | 'citizenPhone';
type Draft = Record<Field, string>;
interface Photo {
  id: number;
  file: File;
  url: string;
  refused?: string;
}

const MAX_PHOTOS = 3;
const EMPTY: Draft = { categoryCode: '', districtCode: '', streetCode: '', description: '', address: '', citizenPhone: '' };
const ORDER: Field[] = ['categoryCode', 'districtCode', 'streetCode', 'description', 'address', 'citizenPhone'];
/** The fields `check` refuses empty: each shows the required mark and carries aria-required. */
const REQUIRED: Field[] = ['categoryCode', 'districtCode', 'description'];

/** JSON without photos; with photos one multipart request (the JSON in field "data"), so they are recorded with the demand or not at all. */
function send(body: Body<'/api/v1/public/demands', 'post'>, photos: File[]): Promise<Submitted> {
  if (!photos.length) return unwrap(client.POST('/api/v1/public/demands', { body }));
  const form = new FormData();
  form.append('data', JSON.stringify(body));
  for (const p of photos) form.append('photos', p, p.name);
  return api.post<Submitted>('/public/demands', form);
}

/** The server's reasons for refusing the request: per field, and per photo (a reason starts with the file name). */
function serverProblems(err: unknown): { fields: Partial<Record<Field, string>>; photos: string[] } {
  const out: { fields: Partial<Record<Field, string>>; photos: string[] } = { fields: {}, photos: [] };
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return out;
  for (const d of err.details as { field?: string; message?: unknown }[]) {
    if (typeof d.message !== 'string') continue;
    const name = String(d.field ?? '').replace(/^body\./, '').split('.')[0];
    if (name === 'photos') out.photos.push(d.message);
    else if ((ORDER as string[]).includes(name)) out.fields[name as Field] ??= d.message;
  }
  return out;
}

/** The citizen's form: plain HTML on purpose (it must load fast on a weak signal); proof of work instead of a CAPTCHA. */
export default function CitizenSubmit() {
  const { t, lang } = useI18n();
  const options = useFetched(() => unwrap(client.GET('/api/v1/public/demand-options')), 'options');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Submitted | null>(null);
  const nextPhoto = useRef(1);
  const formRef = useRef<HTMLFormElement>(null);

  // The previews' object URLs are let go with the photos.
  const shown = useRef(photos);
  shown.current = photos;
  useEffect(() => () => shown.current.forEach((p) => URL.revokeObjectURL(p.url)), []);

  const set = (field: Field, value: string) => {
    setDraft((d) => ({ ...d, [field]: value, ...(field === 'districtCode' ? { streetCode: '' } : {}) }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };

  const check = (d: Draft): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (!d.categoryCode) found.categoryCode = t(cText.requiredChoice);
    if (!d.districtCode) found.districtCode = t(cText.requiredChoice);
    const n = charCount(d.description.trim());
    if (!n) found.description = t(cText.required);
    else if (n < 5) found.description = t(cText.tooShort);
    else if (charCount(d.description) > MAX_DESCRIPTION_CHARS) found.description = t(cText.tooLong);
    if (d.citizenPhone.trim() && !normalisePhone(d.citizenPhone)) found.citizenPhone = t(phoneProblem);
    return found;
  };

  const focusFirst = (found: Partial<Record<Field, string>>) => {
    const first = ORDER.find((f) => found[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name=${first}]`)?.focus();
  };

  const addPhotos = (files: FileList | null) => {
    if (!files) return;
    const added = Array.from(files).map((file) => ({ id: nextPhoto.current++, file, url: URL.createObjectURL(file) }));
    setPhotos((list) => {
      const kept = [...list, ...added].slice(0, MAX_PHOTOS);
      for (const p of added) if (!kept.includes(p)) URL.revokeObjectURL(p.url);
      return kept;
    });
  };

  const removePhoto = (id: number) =>
    setPhotos((list) => {
      const gone = list.find((p) => p.id === id);
      if (gone) URL.revokeObjectURL(gone.url);
      return list.filter((p) => p.id !== id);
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = check(draft);
    setProblems(found);
    if (Object.keys(found).length) return focusFirst(found);
    setBusy(true);
    setError(null);
    try {
      setProgress(0);
      const ch = await unwrap(client.GET('/api/v1/public/challenge'));
      const solution = await solveChallenge(ch, (f) => setProgress(Math.round(f * 100)));
      setProgress(100);
      const demand: Demand = {
        categoryCode: draft.categoryCode,
        districtCode: draft.districtCode,
        streetCode: draft.streetCode || null,
        description: draft.description,
        address: draft.address.trim() || undefined,
        citizenPhone: draft.citizenPhone.trim() || null,
      };
      setDone(await send({ ...demand, challenge: { nonce: ch.nonce, solution } }, photos.map((p) => p.file)));
    } catch (err) {
      // Nothing was recorded: the form stays filled, and a refused photo is marked so it can be removed.
      const server = serverProblems(err);
      setPhotos((list) => list.map((p) => ({ ...p, refused: server.photos.find((m) => m.startsWith(`${p.file.name}：`) || m.startsWith(`${p.file.name}:`)) })));
      setProblems(server.fields);
      if (Object.keys(server.fields).length) focusFirst(server.fields);
      else setError(errorText(err));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  if (done)
    return (
      <Suspense fallback={<CitizenLoading text={t(common.loading)} />}>
        <CitizenSubmitted
          done={done}
          onAgain={() => {
            setDraft(EMPTY);
            photos.forEach((p) => URL.revokeObjectURL(p.url));
            setPhotos([]);
            setDone(null);
          }}
        />
      </Suspense>
    );

  const data = options.data;
  const streets = (data?.streets ?? []).filter((s) => s.district === draft.districtCode);
  const described = charCount(draft.description);
  const field = (name: Field) => ({
    id: `c-${name}`,
    name,
    value: draft[name],
    disabled: busy,
    'aria-invalid': problems[name] ? ('true' as const) : undefined,
    'aria-required': REQUIRED.includes(name) ? ('true' as const) : undefined,
    'aria-describedby': problems[name] ? `c-${name}-problem` : undefined,
  });
  const required = <RequiredMark />;
  const problem = (name: Field) =>
    problems[name] ? (
      <div className="vg-c-error" id={`c-${name}-problem`} role="alert">
        {problems[name]}
      </div>
    ) : null;

  return (
    <CitizenFrame>
      <div className="vg-c-card">
        {options.error ? (
          <div className="vg-c-alert error" role="alert">
            {t(cText.optionsFailed)}{' '}
            <button type="button" className="vg-c-btn link" onClick={options.reload}>
              {t(cText.retry)}
            </button>
          </div>
        ) : null}
        <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
          <div className="vg-c-field">
            <label htmlFor="c-categoryCode">{t(dText.category)}
              {required}
            </label>
            <select className="vg-c-input" data-testid="c-category" {...field('categoryCode')} onChange={(e) => set('categoryCode', e.target.value)}>
              <option value="">{options.loading ? t(common.loading) : t(cText.choose)}</option>
              {(data?.categories ?? []).map((c) => (
                <option key={c.code} value={c.code}>
                  {categoryLabel(lang, c)}
                </option>
              ))}
            </select>
            {problem('categoryCode')}
            {data?.categories.find((c) => c.code === draft.categoryCode)?.urgent && (
              <div className="vg-c-alert warning" role="alert" data-testid="c-emergency" style={{ marginTop: 8 }}>
                {t(cText.emergency)}
              </div>
            )}
          </div>
          <div className="vg-c-field">
            <label htmlFor="c-districtCode">{t(dText.district)}
              {required}
            </label>
            <select className="vg-c-input" data-testid="c-district" {...field('districtCode')} onChange={(e) => set('districtCode', e.target.value)}>
              <option value="">{t(cText.choose)}</option>
              {(data?.districts ?? []).map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
            {problem('districtCode')}
          </div>
          <div className="vg-c-field">
            <label htmlFor="c-streetCode">{t(dText.street)}</label>
            <select className="vg-c-input" data-testid="c-street" {...field('streetCode')} disabled={busy || !draft.districtCode} onChange={(e) => set('streetCode', e.target.value)}>
              <option value="">{draft.districtCode ? t(cText.choose) : t(cText.chooseDistrictFirst)}</option>
              {streets.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </select>
            {problem('streetCode')}
          </div>
          <div className="vg-c-field">
            <label htmlFor="c-description">
              {t(dText.description)}
              {required}
              <span className={`vg-c-count ${described > MAX_DESCRIPTION_CHARS ? 'vg-c-error' : 'vg-c-muted'}`}>
                {described} / {MAX_DESCRIPTION_CHARS}
              </span>
            </label>
            <textarea className="vg-c-input" rows={4} placeholder={t(dText.descriptionHint)} data-testid="c-description" {...field('description')} onChange={(e) => set('description', e.target.value)} />
            {problem('description')}
          </div>
          <div className="vg-c-field">
            <label htmlFor="c-address">{t(dText.address)}</label>
            <input className="vg-c-input" data-testid="c-address" maxLength={300} {...field('address')} onChange={(e) => set('address', e.target.value)} />
            {problem('address')}
          </div>
          <div className="vg-c-field">
            <label htmlFor="c-citizenPhone">{t(dText.phone)}</label>
            <input className="vg-c-input" type="tel" inputMode="tel" autoComplete="tel" data-testid="c-phone" {...field('citizenPhone')} onChange={(e) => set('citizenPhone', e.target.value)} />
            {problem('citizenPhone')}
          </div>
          <div className="vg-c-field">
            <span className="vg-c-label">{t(dText.photos)}</span>
            <div className="vg-c-photos" data-testid="c-photos">
              {photos.map((p) => (
                <div key={p.id} className={`vg-c-photo${p.refused ? ' refused' : ''}`} data-testid="c-photo" data-refused={p.refused ? 'true' : undefined} title={p.refused ?? p.file.name}>
                  <img src={p.url} alt={p.file.name} />
                  <button type="button" aria-label={`${t(cText.removePhoto)} ${p.file.name}`} onClick={() => removePhoto(p.id)} disabled={busy}>
                    ×
                  </button>
                </div>
              ))}
              {photos.length < MAX_PHOTOS && (
                <label className="vg-c-add" style={{ position: 'relative' }}>
                  <span style={{ fontSize: 24, lineHeight: 1 }}>＋</span>
                  {t(cText.addPhoto)}
                  <input
                    type="file"
                    accept="image/jpeg,image/png,image/webp"
                    multiple
                    disabled={busy}
                    onChange={(e) => {
                      addPhotos(e.target.files);
                      e.target.value = '';
                    }}
                  />
                </label>
              )}
            </div>
            {photos.filter((p) => p.refused).map((p) => (
              <div key={p.id} className="vg-c-error">
                {p.refused}
              </div>
            ))}
            <div className="vg-c-hint">{t(dText.photoRule)}</div>
          </div>
          {progress !== null && (
            <div data-testid="pow-progress" style={{ marginBottom: 12 }}>
              <span className="vg-c-muted">{t(dText.verifying)}</span>
              <progress className="vg-c-progress" max={100} value={progress} />
            </div>
          )}
          {error && (
            <div className="vg-c-alert error" data-testid="c-error" role="alert">
              {error}
            </div>
          )}
          <button type="submit" className="vg-c-btn primary block" disabled={busy} aria-busy={busy} data-testid="c-submit">
            {busy ? `${t(dText.submit)}…` : t(dText.submit)}
          </button>
        </form>
      </div>
      <div className="vg-c-card vg-c-links">
        <CitizenLink to="/c/track" testId="c-to-track">{t(dText.trackTitle)}</CitizenLink>
        <CitizenLink to="/c/track#phone" testId="c-to-phone">{t(cText.findByPhone)}</CitizenLink>
      </div>
    </CitizenFrame>
  );
}
