import { useState } from 'react';
import { Button, Card, Descriptions, Input, Result, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../kernel/api.js';
import { errorText } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { Loading } from '../../kernel/Loading.js';
import { communityApi } from './community.api.js';
import { cText as m } from './messages.js';
import { fmtDay, fmtHours } from './useCommunity.js';

/** Anyone checks an hours certificate by the code printed on it (no account needed). */
export default function VerifyCertificate() {
  const { t } = useI18n();
  const nav = useNavigate();
  const code = useParams().code ?? '';
  const [text, setText] = useState(code);
  const check = useQuery({ queryKey: ['certificate-verify', code], queryFn: () => communityApi.verify(code), enabled: !!code, retry: false, meta: { silent: true } });
  const notFound = check.error instanceof ApiError && check.error.status === 404;
  const v = check.data;
  return (
    <div className="vg-m">
      <div className="vg-m-hero">
        <h2>{t(m.verifyTitle)}</h2>
        <div>{t(common.appName)}</div>
      </div>
      <div className="vg-m-body">
        <Card variant="borderless">
          <Space.Compact style={{ width: '100%' }}>
            <Input value={text} onChange={(e) => setText(e.target.value)} placeholder={t(m.verifyCode)} onPressEnter={() => text.trim() && nav(`/verify/hours/${encodeURIComponent(text.trim())}`)} data-testid="verify-code" />
            <Button type="primary" onClick={() => text.trim() && nav(`/verify/hours/${encodeURIComponent(text.trim())}`)}>
              {t(m.verify)}
            </Button>
          </Space.Compact>
        </Card>
        {code && (
          <Card variant="borderless" data-testid="verify-result">
            {check.isLoading ? (
              <Loading />
            ) : v ? (
              <>
                <Result status="success" title={t(m.verifyOk)} />
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t(m.holder)}>{v.name}</Descriptions.Item>
                  <Descriptions.Item label={t(m.organisation)}>{v.orgName}</Descriptions.Item>
                  <Descriptions.Item label={t(m.verifyCode)}>{v.verificationCode}</Descriptions.Item>
                  <Descriptions.Item label={t(m.totalConfirmed)}>{fmtHours(v.totalHours)}</Descriptions.Item>
                  <Descriptions.Item label={t(m.activityCount)}>{v.activityCount}</Descriptions.Item>
                  <Descriptions.Item label={t(m.period)}>{`${fmtDay(v.periodFrom)} ~ ${fmtDay(v.periodTo)}`}</Descriptions.Item>
                  <Descriptions.Item label={t(m.issuedAt)}>{fmtDay(v.issuedAt)}</Descriptions.Item>
                </Descriptions>
              </>
            ) : (
              <Result status="error" title={t(m.verifyBad)} subTitle={notFound || !check.error ? undefined : errorText(check.error)} />
            )}
          </Card>
        )}
      </div>
    </div>
  );
}
