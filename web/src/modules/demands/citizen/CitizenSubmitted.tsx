import { useState } from 'react';
import { useI18n } from '../../../kernel/i18n.js';
import type { Answer } from '../../../kernel/api-client.js';
import { dText } from '../messages.js';
import { CitizenFrame } from './CitizenFrame.js';
import { CitizenLink } from './citizen-nav.js';
import { cText } from './citizen-text.js';

/** The submission's answer: the public code, and the tracking link holding the secret (given only this once). */
export type Submitted = Answer<'/api/v1/public/demands', 'post'>;

function CopyButton({ text, testId }: { text: string; testId: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  if (!navigator.clipboard) return null;
  return (
    <button
      type="button"
      className="vg-c-btn link"
      data-testid={testId}
      onClick={() =>
        void navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t(cText.copied) : t(cText.copy)}
    </button>
  );
}

/** After sending: the public code and the personal tracking link (shown only this once), to copy or open. */
export default function CitizenSubmitted({ done, onAgain }: { done: Submitted; onAgain: () => void }) {
  const { t } = useI18n();
  const { trackingCode: code, trackingPath } = done;
  const link = `${window.location.origin}${trackingPath}`;
  return (
    <CitizenFrame>
      <div className="vg-c-card vg-c-done" role="status">
        <div className="vg-c-tick" aria-hidden>
          ✓
        </div>
        <h3 style={{ display: 'block', margin: 0 }}>{t(dText.submitted)}</h3>
        <div className="vg-c-muted">{t(dText.keepCode)}</div>
        <div className="vg-c-code">
          <span data-testid="tracking-code">{code}</span> <CopyButton text={code} testId="copy-code" />
        </div>
        <div style={{ textAlign: 'start', marginBottom: 16 }}>
          <strong>{t(dText.personalLink)}</strong>
          <div style={{ wordBreak: 'break-all', marginTop: 4 }}>
            <span data-testid="tracking-link">{link}</span> <CopyButton text={link} testId="copy-link" />
          </div>
          <div className="vg-c-hint">{t(dText.personalLinkHint)}</div>
        </div>
        <CitizenLink to={trackingPath} className="vg-c-btn primary block">
          {t(dText.viewProgress)}
        </CitizenLink>
        <button type="button" className="vg-c-btn link" onClick={onAgain} style={{ marginTop: 8 }}>
          {t(dText.newDemand)}
        </button>
      </div>
    </CitizenFrame>
  );
}
