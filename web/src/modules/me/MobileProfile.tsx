import { Button, Card, Descriptions, Tag } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { canChangePassword, useAuth } from '../../kernel/auth.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { LanguageSwitch } from '../../kernel/LanguageSwitch.js';
import { roleLabels } from '../../../../common/roles.js';
import { MobileBar } from './MobileBar.js';
import { meText as m } from './messages.js';
import { myOrgName } from './usePoints.js';

export default function MobileProfile() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const nav = useNavigate();
  if (!me) return null;
  return (
    <>
      <MobileBar title={t(m.profile)} />
      <div style={{ padding: 12, display: 'flex', flexDirection: 'column', gap: 12 }}>
        <Card variant="borderless" size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t(m.name)}>{me.displayName}</Descriptions.Item>
            <Descriptions.Item label={t(m.username)}>{me.username}</Descriptions.Item>
            <Descriptions.Item label={t(m.branch)}>{myOrgName(me) ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t(m.roles)}>
              <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                {me.roles.map((r, i) => (
                  <Tag key={i} color="red" style={{ whiteSpace: 'normal' }}>
                    {roleLabels[r.role]?.[lang] ?? r.role}
                  </Tag>
                ))}
              </span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {canChangePassword(me) && (
          <Button block icon={<LockOutlined />} onClick={() => nav('/change-password')}>
            {t(common.changePassword)}
          </Button>
        )}
        <div style={{ textAlign: 'center' }}>
          <LanguageSwitch />
        </div>
      </div>
    </>
  );
}
