import { useState } from 'react';
import { Button, Input, Modal, Space, Typography } from 'antd';
import { CalendarOutlined, CopyOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { actText as m } from './messages.js';

export async function copyText(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The secret iCalendar address of one organisation's activities. */
export function OrgCalendarButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [orgId, setOrgId] = useState<number | undefined>();
  const link = useMutation({ mutationFn: (id: number) => unwrap(client.POST('/api/v1/orgs/{id}/calendar', { params: { path: { id } } })) });
  return (
    <>
      <Button icon={<CalendarOutlined />} onClick={() => setOpen(true)}>
        {t(m.orgCalendar)}
      </Button>
      <Modal open={open} title={t(m.orgCalendar)} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t(m.orgCalendarHelp)}</Typography.Paragraph>
        <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
          <OrgTreeSelect
            value={orgId}
            onChange={(v) => {
              setOrgId(v);
              link.reset();
            }}
            style={{ flex: 1 }}
          />
          <Button type="primary" disabled={!orgId} loading={link.isPending} onClick={() => orgId && link.mutate(orgId)}>
            {t(m.getLink)}
          </Button>
        </Space.Compact>
        {link.data && (
          <Space.Compact style={{ width: '100%' }}>
            <Input readOnly value={link.data.url} aria-label={t(m.orgCalendar)} data-testid="org-calendar-url" />
            <Button icon={<CopyOutlined />} onClick={async () => (await copyText(link.data.url)) && showSuccess(t(m.copied))}>
              {t(m.copy)}
            </Button>
          </Space.Compact>
        )}
        <div style={{ textAlign: 'right', marginTop: 16 }}>
          <Button onClick={() => setOpen(false)}>{t(common.confirm)}</Button>
        </div>
      </Modal>
    </>
  );
}
