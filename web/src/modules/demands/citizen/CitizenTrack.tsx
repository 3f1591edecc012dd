import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Result, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../kernel/api.js';
import { client, unwrap } from '../../../kernel/api-client.js';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import type { Satisfaction } from '../api-types.js';
import { dText, satisfactionText } from '../messages.js';
import { demandsKey, fmtDateTime } from '../useDemands.js';
import { CitizenFrame } from './CitizenFrame.js';
import { secretFromHash, secretHeaders } from './citizen-link.js';

const CODE = /^QD\d{6}[2-9A-Z]{6}$/;

function Rating({ code, secret }: { code: string; secret: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [result, setResult] = useState<Satisfaction | null>(null);
  const [comment, setComment] = useState('');
  const rate = useMutation({
    mutationFn: () =>
      unwrap(client.POST('/api/v1/public/demands/{trackingCode}/rating', { params: { path: { trackingCode: code } }, body: { result: result!, comment: comment.trim() || undefined }, headers: secretHeaders(secret) })),
    meta: { silent: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: [...demandsKey, 'track', code] }),
  });
  return (
    <Card variant="borderless" title={t(dText.rate)} data-testid="c-rating">
      <Radio.Group value={result} onChange={(e) => setResult(e.target.value as Satisfaction)} optionType="button" buttonStyle="solid" style={{ display: 'flex', marginBottom: 12 }}>
        {(['satisfied', 'basically_satisfied', 'dissatisfied'] as const).map((s) => (
          <Radio.Button key={s} value={s} style={{ flex: 1, textAlign: 'center' }} data-testid={`rate-${s}`}>
            {t(satisfactionText[s])}
          </Radio.Button>
        ))}
      </Radio.Group>
      <Input.TextArea rows={3} value={comment} maxLength={1000} placeholder={t(dText.comment)} onChange={(e) => setComment(e.target.value)} style={{ marginBottom: 12 }} />
      {rate.error && <Alert type="error" title={errorText(rate.error)} style={{ marginBottom: 12 }} />}
      <Button type="primary" block size="large" disabled={!result} loading={rate.isPending} onClick={() => rate.mutate()} data-testid="rate-submit">
        {t(dText.rateSubmit)}
      </Button>
    </Card>
  );
}

function Lookup({ initial, hash }: { initial?: string; hash: string }) {
  const { t } = useI18n();
  const nav = useNavigate();
  // Looking up the same code again keeps the link's secret; another code is read by code alone.
  const go = (raw: string) => {
    const next = raw.trim().toUpperCase();
    nav({ pathname: `/c/track/${next}`, hash: next === initial ? hash : '' });
  };
  return (
    <Card variant="borderless">
      <Form layout="inline" initialValues={{ code: initial }} onFinish={(v: { code: string }) => go(v.code)} style={{ gap: 8, flexWrap: 'nowrap' }}>
        <Form.Item name="code" style={{ flex: 1, marginInlineEnd: 0 }} rules={[{ required: true, pattern: /^\s*qd\d{6}[2-9a-z]{6}\s*$/i }]}>
          <Input placeholder={t(dText.trackInput)} data-testid="c-track-input" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t(dText.query)}
        </Button>
      </Form>
    </Card>
  );
}

/** The citizen follows a demand by its code: the trail and the department's answer; the submitter's link also rates. */
export default function CitizenTrack() {
  const { t, lang } = useI18n();
  const { code = '' } = useParams();
  const { hash } = useLocation();
  const secret = secretFromHash(hash);
  const valid = CODE.test(code);
  const track = useQuery({
    queryKey: [...demandsKey, 'track', code, secret ? 'holder' : 'public'],
    queryFn: () => unwrap(client.GET('/api/v1/public/demands/{trackingCode}', { params: { path: { trackingCode: code } }, headers: secretHeaders(secret) })),
    enabled: valid,
    meta: { silent: true },
    refetchInterval: 60_000,
  });
  const d = track.data;

  return (
    <CitizenFrame>
      <Lookup initial={code || undefined} hash={hash} />
      {!valid ? null : track.isLoading ? (
        <Loading />
      ) : track.error ? (
        <Card variant="borderless">
          <Result status={track.error instanceof ApiError && track.error.status === 404 ? '404' : 'warning'} subTitle={errorText(track.error)} />
        </Card>
      ) : d ? (
        <>
          <Card variant="borderless" title={t(dText.trackTitle)} extra={<Tag color="red" data-testid="c-status">{t(d.statusLabel)}</Tag>}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t(dText.trackingCode)}>{d.trackingCode}</Descriptions.Item>
              <Descriptions.Item label={t(dText.category)}>{d.categoryName}</Descriptions.Item>
              <Descriptions.Item label={t(dText.title)}>{d.title}</Descriptions.Item>
              <Descriptions.Item label={t(dText.department)}>{d.department ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t(dText.dueAt)}>{fmtDateTime(d.resolutionDueAt, lang)}</Descriptions.Item>
            </Descriptions>
            <Timeline
              style={{ marginTop: 12 }}
              items={d.progress.map((p) => ({ content: `${t(p.label)} · ${fmtDateTime(p.at, lang)}` }))}
            />
          </Card>
          <Card variant="borderless" title={t(dText.answer)}>
            {d.answer ? (
              <>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="c-answer">
                  {d.answer}
                </Typography.Paragraph>
                <Typography.Text type="secondary">{fmtDateTime(d.answeredAt, lang)}</Typography.Text>
              </>
            ) : (
              <Typography.Text type="secondary">{t(dText.noAnswer)}</Typography.Text>
            )}
          </Card>
          {d.canRate && secret ? (
            <Rating code={d.trackingCode} secret={secret} />
          ) : d.status === 'answered' ? (
            <Alert type="info" showIcon data-testid="c-rate-needs-link" title={t(dText.rateNeedsLink)} />
          ) : d.satisfaction ? (
            <Alert
              type={d.satisfaction === 'dissatisfied' ? 'warning' : 'success'}
              showIcon
              data-testid="c-rated"
              title={`${t(dText.rated)}：${t(satisfactionText[d.satisfaction])}`}
              description={d.satisfaction === 'dissatisfied' && d.status !== 'closed' ? t(dText.reopened) : undefined}
            />
          ) : null}
        </>
      ) : null}
    </CitizenFrame>
  );
}
