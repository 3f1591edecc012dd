import { Button, Result } from 'antd';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import { lt } from '../messages.js';

/** Loading / error frame shared by the phone pages: children render only once data is there. */
export function QueryState({ loading, error, retry, children }: { loading: boolean; error: unknown; retry: () => void; children: React.ReactNode }) {
  const { t } = useI18n();
  if (loading) return <Loading />;
  if (error)
    return (
      <Result
        status="warning"
        title={t(lt.loadFailed)}
        subTitle={errorText(error)}
        extra={<Button onClick={retry}>{t(lt.retry)}</Button>}
        data-testid="load-error"
      />
    );
  return <>{children}</>;
}
