import { Alert, Descriptions, Modal, Typography } from 'antd';
import { common, useI18n } from '../../kernel/i18n.js';
import { pText as m } from './messages.js';
import type { IssuedAccount } from './pairing.api.js';

/** The account issued with a registration or an approval: the initial password is shown this once, with a copy button. */
export function AccountIssued({ account, name, onClose }: { account: IssuedAccount | null; name?: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal open={!!account} title={`${t(m.accountIssued)}${name ? ` · ${name}` : ''}`} onOk={onClose} onCancel={onClose} okText={t(common.confirm)} cancelButtonProps={{ style: { display: 'none' } }} maskClosable={false}>
      {account && (
        <div data-testid="account-issued">
          <Alert type="warning" showIcon title={t(m.accountOnce)} style={{ marginBottom: 12 }} />
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t(m.username)}>
              <span data-testid="issued-username">{account.username}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t(m.initialPassword)}>
              <Typography.Text code data-testid="issued-password">
                {account.initialPassword}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph copyable={{ text: `${account.username} / ${account.initialPassword}`, tooltips: [t(m.copy), t(m.copied)] }} style={{ marginTop: 12 }}>
            {t(m.copy)}
          </Typography.Paragraph>
        </div>
      )}
    </Modal>
  );
}
