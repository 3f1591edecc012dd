import type { ReactNode } from 'react';
import { Button, Card, Result, Typography } from 'antd';
import { Link } from 'react-router';
import { common, useI18n } from './i18n.js';

// Phone and citizen pages import these two from their own files, which do not bring antd's Card and Result.
export { Loading } from './Loading.js';
export { EmptyState } from './EmptyState.js';

/** The frame of every admin page: title, optional actions, content on a white card. */
export function PageContainer(props: { title: string; extra?: ReactNode; children: ReactNode; subTitle?: ReactNode; card?: boolean }) {
  const { title, extra, children, subTitle, card = true } = props;
  return (
    <div className="vg-page">
      <div className="vg-page-head">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subTitle && <Typography.Text type="secondary">{subTitle}</Typography.Text>}
        </div>
        {extra && <div className="vg-page-extra">{extra}</div>}
      </div>
      {card ? <Card variant="borderless">{children}</Card> : children}
    </div>
  );
}

export function Forbidden() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t(common.forbidden)}
      extra={
        <Link to="/">
          <Button type="primary">{t(common.backHome)}</Button>
        </Link>
      }
    />
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t(common.notFound)}
      extra={
        <Link to="/">
          <Button type="primary">{t(common.backHome)}</Button>
        </Link>
      }
    />
  );
}
