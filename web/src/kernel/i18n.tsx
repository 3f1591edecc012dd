import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh' | 'en';
/** A piece of UI text in both languages; modules keep theirs in a messages.ts next to their pages. */
export type Text = { zh: string; en: string };

const STORAGE_KEY = 'vg.lang';

/** Text shared by the shell and many pages. */
export const common = {
  appName: { zh: '青春之岛先锋平台', en: 'Youth Island Vanguard' },
  appShort: { zh: '先锋平台', en: 'Vanguard' },
  committee: { zh: '青岛市委市直机关工委', en: 'Qingdao Municipal Agency Working Committee' },
  logout: { zh: '退出登录', en: 'Sign out' },
  changePassword: { zh: '修改密码', en: 'Change password' },
  language: { zh: 'English', en: '中文' },
  loading: { zh: '加载中…', en: 'Loading…' },
  empty: { zh: '暂无数据', en: 'No data' },
  search: { zh: '搜索', en: 'Search' },
  reset: { zh: '重置', en: 'Reset' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  confirm: { zh: '确定', en: 'OK' },
  edit: { zh: '编辑', en: 'Edit' },
  create: { zh: '新建', en: 'Create' },
  actions: { zh: '操作', en: 'Actions' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  total: { zh: '共 {n} 条', en: '{n} in total' },
  saved: { zh: '已保存', en: 'Saved' },
  notFound: { zh: '页面不存在', en: 'Page not found' },
  backHome: { zh: '返回首页', en: 'Back to home' },
  forbidden: { zh: '没有权限访问此页面', en: 'You are not allowed to see this page' },
  networkError: { zh: '网络连接失败，请稍后重试', en: 'Network error, please try again' },
  points: { zh: '积分', en: 'Points' },
  mobileHome: { zh: '移动端', en: 'Mobile' },
  desktop: { zh: '电脑端', en: 'Desktop' },
} satisfies Record<string, Text>;

/** Punctuation between translated pieces: full-width in Chinese, ASCII in English. */
export const punct = {
  colon: { zh: '：', en: ': ' },
  comma: { zh: '，', en: ', ' },
  semi: { zh: '；', en: '; ' },
  open: { zh: '（', en: ' (' },
  close: { zh: '）', en: ')' },
} satisfies Record<string, Text>;

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // storage may be unavailable (private mode); fall back to the default
  }
  return 'zh';
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (text: Text, vars?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n | null>(null);

let currentLang: Lang = initialLang();
/** The language outside React (API client headers, error messages). */
export const getLang = (): Lang => currentLang;

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  const setLang = useCallback((next: Lang) => {
    currentLang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // ignore: the choice then lasts for this page only
    }
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (text, vars) => (vars ? fill(text[lang], vars) : text[lang]) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
