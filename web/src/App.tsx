import { Suspense } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ApiError } from './kernel/api.js';
import { AuthProvider } from './kernel/auth.js';
import { FeedbackBridge, showError } from './kernel/feedback.js';
import { I18nProvider, useI18n } from './kernel/i18n.js';
import { theme } from './kernel/theme.js';
import { Loading } from './kernel/ui.js';
import { AppRoutes } from './AppRoutes.js';

const queryClient = new QueryClient({
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

function Themed() {
  const { lang } = useI18n();
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={theme}>
      <AntApp>
        <FeedbackBridge />
        <BrowserRouter>
          <AuthProvider>
            <Suspense fallback={<Loading />}>
              <AppRoutes />
            </Suspense>
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Themed />
      </I18nProvider>
    </QueryClientProvider>
  );
}
