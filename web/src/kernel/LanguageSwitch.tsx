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
