import { Button, Card, Result, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../kernel/i18n.js';
import { dText } from '../messages.js';
import { CitizenFrame } from './CitizenFrame.js';
import type { Answer } from '../../../kernel/api-client.js';

/** The submission's answer: the public code, and the tracking link holding the secret (given only this once). */
export type Submitted = Answer<'/api/v1/public/demands', 'post'>;

/** After sending: the public code and the personal tracking link (shown only this once), to copy or open. */
export default function CitizenSubmitted({ done, onAgain }: { done: Submitted; onAgain: () => void }) {
  const { t } = useI18n();
  const { trackingCode: code, trackingPath } = done;
  return (
    <CitizenFrame>
      <Card variant="borderless">
        <Result
          status="success"
          title={t(dText.submitted)}
          subTitle={t(dText.keepCode)}
          extra={[
            <Typography.Title key="code" level={3} copyable data-testid="tracking-code" style={{ letterSpacing: 1 }}>
              {code}
            </Typography.Title>,
            <div key="link" style={{ textAlign: 'start' }}>
              <Typography.Text strong>{t(dText.personalLink)}</Typography.Text>
              <Typography.Paragraph copyable={{ text: `${window.location.origin}${trackingPath}` }} data-testid="tracking-link" style={{ wordBreak: 'break-all', marginBottom: 4 }}>
                {`${window.location.origin}${trackingPath}`}
              </Typography.Paragraph>
              <Typography.Text type="secondary">{t(dText.personalLinkHint)}</Typography.Text>
            </div>,
            <Link key="track" to={trackingPath}>
              <Button type="primary" block size="large">
                {t(dText.viewProgress)}
              </Button>
            </Link>,
            <Button key="again" type="link" onClick={onAgain}>
              {t(dText.newDemand)}
            </Button>,
          ]}
        />
      </Card>
    </CitizenFrame>
  );
}
