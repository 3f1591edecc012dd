import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { common, useI18n } from './i18n.js';

export function LanguageSwitch({ light }: { light?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      style={light ? { color: '#fff' } : undefined}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      data-testid="lang-switch"
    >
      {t(common.language)}
    </Button>
  );
}

/** The same switch on a phone page's red header: a plain button, white, no antd Button (its styles cost a slow phone). */
export function PhoneLanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <button type="button" className="vg-m-textbtn" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang-switch">
      <GlobalOutlined />
      <span>{t(common.language)}</span>
    </button>
  );
}
