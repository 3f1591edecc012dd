import { useState } from 'react';
import { Button, Card, Checkbox, Form, Result } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';

import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EntrepreneurFields, fieldsBody } from './EntrepreneurFields.js';
import { FormError } from './FormError.js';
import { pText as m } from './messages.js';
import { pairingApi, type PublicRegistration } from './pairing.api.js';
import { usePairingOptions } from './usePairing.js';

/** 青年企业家登记 without an account: the committee reviews it and sends the account. */
export default function JoinPage() {
  const { t, lang, setLang } = useI18n();
  const [form] = Form.useForm();
  const options = usePairingOptions();
  const [otherError, setOtherError] = useState<unknown>(null);
  const send = useMutation({
    mutationFn: (body: PublicRegistration) => pairingApi.registerPublic(body),
    meta: { silent: true },
    onError: (err) => setOtherError(applyFieldErrors(form, err) ? null : err),
  });
  return (
    <div className="vg-m">
      <div className="vg-m-hero">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <h2>{t(m.joinTitle)}</h2>
          <Button size="small" ghost onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t(common.language)}
          </Button>
        </div>
        <div>{t(m.joinSub)}</div>
      </div>
      <div className="vg-m-body" data-testid="join-entrepreneur">
        {send.isSuccess ? (
          <Card variant="borderless">
            <Result status="success" title={t(m.submitted)} subTitle={t(m.submittedSub)} extra={<Link to="/login">{t(m.toLogin)}</Link>} data-testid="join-done" />
          </Card>
        ) : (
          <Card variant="borderless">
            {options.error && <FormError err={options.error} />}
            <FormError err={otherError} />
            <Form
              form={form}
              layout="vertical"
              onFinish={(v) => {
                setOtherError(null);
                send.mutate({ ...fieldsBody(v), consent: true } as PublicRegistration);
              }}
              scrollToFirstError
            >
              <EntrepreneurFields options={options.data} />
              <Form.Item
                name="consent"
                valuePropName="checked"
                rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t(m.consentRequired)))) }]}
              >
                <Checkbox data-testid="join-consent">{t(m.consent)}</Checkbox>
              </Form.Item>
              <Button type="primary" htmlType="submit" block size="large" loading={send.isPending} data-testid="join-submit">
                {t(m.submit)}
              </Button>
            </Form>
            <div style={{ textAlign: 'center', marginTop: 12 }}>
              <Link to="/login">{t(m.toLogin)}</Link>
            </div>
          </Card>
        )}
      </div>
    </div>
  );
}

