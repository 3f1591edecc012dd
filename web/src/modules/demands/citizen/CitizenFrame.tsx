import type { ReactNode } from 'react';
import { common, useI18n } from '../../../kernel/i18n.js';
import { dText } from '../messages.js';
import { CitizenLink } from './citizen-nav.js';
import './citizen.css';

/** The citizen's phone frame: no account, no admin shell, language switch only. */
export function CitizenFrame({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="vg-m vg-c">
      <div className="vg-m-hero">
        <div className="vg-c-top">
          <h2>
            <CitizenLink to="/c/submit">{t(dText.citizenTitle)}</CitizenLink>
          </h2>
          <button type="button" className="vg-c-btn ghost" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t(common.language)}
          </button>
        </div>
        <div>{t(dText.citizenSub)}</div>
      </div>
      <div className="vg-m-body">{children}</div>
    </div>
  );
}
