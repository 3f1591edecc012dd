import { Button, Card, Input, Space, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../../kernel/api-client.js';
import { modal, showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { copyText } from '../OrgCalendarButton.js';
import { actText } from '../messages.js';
import { mText as m } from './mobileText.js';

/** The member's own secret iCalendar address, with a webcal:// link phones open in their calendar app. */
export function MyCalendarLink() {
  const { t } = useI18n();
  const link = useMutation({ mutationFn: (rotate: boolean) => unwrap(client.POST('/api/v1/me/calendar', { body: { rotate } })) });
  const url = link.data?.url;
  return (
    <Card size="small" variant="borderless">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t(m.calendarHelp)}
      </Typography.Paragraph>
      {!url ? (
        <Button block type="primary" loading={link.isPending} onClick={() => link.mutate(false)}>
          {t(m.calendarGet)}
        </Button>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space.Compact style={{ width: '100%' }}>
            <Input readOnly value={url} aria-label={t(m.calendar)} data-testid="my-calendar-url" />
            <Button icon={<CopyOutlined />} aria-label={t(actText.copy)} onClick={async () => (await copyText(url)) && showSuccess(t(actText.copied))} />
          </Space.Compact>
          <Button block href={url.replace(/^https?:/, 'webcal:')}>
            {t(m.addToCalendar)}
          </Button>
          <Button
            block
            danger
            type="link"
            onClick={() =>
              modal()?.confirm({ title: t(m.calendarRotate), content: t(m.calendarRotateConfirm), okText: t(common.confirm), cancelText: t(common.cancel), okButtonProps: { danger: true }, onOk: () => link.mutateAsync(true) })
            }
          >
            {t(m.calendarRotate)}
          </Button>
        </Space>
      )}
    </Card>
  );
}
