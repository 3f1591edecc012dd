import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { ConfigProvider, theme as antTheme } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api.js';
import { onFeedbackNeeded, showError } from './feedback.js';
import { I18nProvider, useI18n } from './i18n.js';
import { theme, THEME_CLASS } from './theme.js';

/** The app's query cache (main.tsx fills the first page's queries before it renders). */
export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (err, query) => query.meta?.silent || showError(err) }),
  // Mutations that show their own error (e.g. inline on a form) set meta.silent.
  mutationCache: new MutationCache({ onError: (err, _v, _c, m) => m.meta?.silent || showError(err) }),
  defaultOptions: {
    queries: {
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// antd says "请输入…" of every empty required field, dropdowns included; this reads right for both.
const requiredMessages = { zh: { required: '${label}为必填项' }, en: { required: '${label} is required' } } as const;

// antd's message and modal holders (antd App): loaded with the first toast or dialog (feedback.tsx).
const FeedbackHost = lazy(() => import('./FeedbackHost.js'));

/**
 * What antd's App wrapper gave every page: the theme's text defaults (colour, size, line height, font), and the theme's
 * classes, under which antd styles links (party red, not underlined) and finds its CSS variables.
 */
function TextDefaults({ children }: { children: ReactNode }) {
  const { token, hashId } = antTheme.useToken();
  return (
    <div className={`${hashId} ${THEME_CLASS}`} style={{ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>
      {children}
    </div>
  );
}

function Themed({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const [feedback, setFeedback] = useState(false);
  useEffect(() => onFeedbackNeeded(() => setFeedback(true)), []);
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={theme} form={{ validateMessages: requiredMessages[lang] }}>
      <TextDefaults>
        <BrowserRouter>{children}</BrowserRouter>
      </TextDefaults>
      {feedback && (
        <Suspense fallback={null}>
          <FeedbackHost />
        </Suspense>
      )}
    </ConfigProvider>
  );
}

/** What every page runs inside: queries, language, antd theme and locale, feedback toasts, the router. */
export function AppFrame({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Themed>{children}</Themed>
      </I18nProvider>
    </QueryClientProvider>
  );
}
