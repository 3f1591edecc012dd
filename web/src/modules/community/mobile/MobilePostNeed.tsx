import { Button, Card, Form } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { cText as m } from '../messages.js';
import { NeedFields, needDefaults, usePostNeed, type NeedValues } from '../NeedForm.js';

/** Community staff post a need from the phone. */
export default function MobilePostNeed() {
  const { t } = useI18n();
  const nav = useNavigate();
  const [form] = Form.useForm<NeedValues>();
  const post = usePostNeed(form, () => nav('/m/community/staff-needs'));
  return (
    <>
      <MobileBar title={t(m.staffPost)} />
      <div className="vg-m-page">
        <Card size="small" variant="borderless">
          <Form form={form} layout="vertical" initialValues={needDefaults()} onFinish={(v) => post.mutate(v)} data-testid="m-need-form">
            <NeedFields form={form} />
            <Button block type="primary" htmlType="submit" size="large" loading={post.isPending} data-testid="m-need-submit">
              {t(m.postNeed)}
            </Button>
          </Form>
        </Card>
      </div>
    </>
  );
}
