import type { ReactNode } from 'react';
import { Button } from 'antd';
import { Link } from 'react-router';
import { common, useI18n } from '../../../kernel/i18n.js';
import { dText } from '../messages.js';

/** The citizen's phone frame: no account, no admin shell, language switch only. */
export function CitizenFrame({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="vg-m">
      <div className="vg-m-hero">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <h2>
            <Link to="/c/submit" style={{ color: '#fff' }}>
              {t(dText.citizenTitle)}
            </Link>
          </h2>
          <Button size="small" ghost onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t(common.language)}
          </Button>
        </div>
        <div>{t(dText.citizenSub)}</div>
      </div>
      <div className="vg-m-body">{children}</div>
    </div>
  );
}
