import { Alert, Button, Card, Descriptions, Form, Input, List, Popconfirm, Result, Tag } from 'antd';
import { EnvironmentOutlined, HeartOutlined, SolutionOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../../kernel/api.js';
import { errorText, showError, showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { communityApi, communityKey } from '../community.api.js';
import { cText as m, statusColor } from '../messages.js';
import { CommunityPicker } from '../Pickers.js';
import { fmtDay, useMyRegistration } from '../useCommunity.js';
import { CurrentProof, ProofPicker } from './ProofUpload.js';

type RegisterValues = { communityId: number; address: string; proof?: File };

/** 我的社区: the member's 报到 where they live (form, state, history) and the way to needs and their record. */
export default function MobileCommunity() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const mine = useMyRegistration();
  const [form] = Form.useForm<RegisterValues>();
  const refresh = () => qc.invalidateQueries({ queryKey: communityKey });
  const register = useMutation({
    mutationFn: async (v: RegisterValues) => {
      const created = await communityApi.register({ communityId: v.communityId, address: v.address.trim() });
      // The registration stands without its proof: a failed upload is said, and can be repeated on the card.
      if (v.proof) await communityApi.uploadProof(v.proof).catch((err: unknown) => showError(new Error(t(m.proofFailed, { e: errorText(err) }))));
      return created;
    },
    onSuccess: () => {
      showSuccess(t(m.registered));
      form.resetFields();
      void refresh();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  const leave = useMutation({ mutationFn: communityApi.leave, onSuccess: () => void refresh() });
  const current = mine.data?.current ?? null;
  const lastDeclined = !current ? mine.data?.history.find((h) => h.status === 'declined') : undefined;
  const personMissing = mine.error instanceof ApiError && mine.error.code === 'person_required';

  return (
    <>
      <MobileBar title={t(m.myCommunity)} />
      <div className="vg-m-page" data-testid="m-community">
        {mine.isLoading ? (
          <Loading />
        ) : mine.error ? (
          <Card variant="borderless">{personMissing ? <EmptyState description={errorText(mine.error)} /> : <Result status="warning" subTitle={errorText(mine.error)} />}</Card>
        ) : current ? (
          <Card
            size="small"
            variant="borderless"
            title={current.communityName}
            extra={<Tag color={statusColor[current.status]}>{t(m.memberStatus[current.status])}</Tag>}
            data-testid="m-community-current"
          >
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t(m.liveAddress)}>{current.address}</Descriptions.Item>
              <Descriptions.Item label={t(m.submittedAt)}>{fmtDay(current.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t(m.proof)}>
                <CurrentProof registration={current} />
              </Descriptions.Item>
            </Descriptions>
            <div style={{ textAlign: 'right' }}>
              <Popconfirm title={t(m.leaveConfirm)} okButtonProps={{ danger: true }} okText={t(common.confirm)} cancelText={t(common.cancel)} onConfirm={() => leave.mutateAsync()}>
                <Button size="small">{t(m.leave)}</Button>
              </Popconfirm>
            </div>
          </Card>
        ) : (
          <Card size="small" variant="borderless" title={t(m.registerTitle)}>
            {lastDeclined && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t(m.declinedWhy, { r: lastDeclined.reason ?? '' })} />}
            <div style={{ color: '#888', fontSize: 13, marginBottom: 12 }}>{t(m.registerHelp)}</div>
            <Form form={form} layout="vertical" onFinish={(v) => register.mutate(v)}>
              <Form.Item name="communityId" label={t(m.pickCommunity)} rules={[{ required: true, message: t(m.pickCommunity) }]}>
                <CommunityPicker placeholder={t(m.pickCommunityHint)} testId="m-register-community" />
              </Form.Item>
              <Form.Item name="address" label={t(m.liveAddress)} rules={[{ required: true, whitespace: true, message: t(m.liveAddress) }, { max: 200 }]}>
                <Input placeholder={t(m.liveAddressHint)} data-testid="m-register-address" />
              </Form.Item>
              <Form.Item name="proof" label={t(m.proofOptional)} extra={t(m.proofHint)}>
                <ProofPicker />
              </Form.Item>
              <Button block type="primary" htmlType="submit" loading={register.isPending} data-testid="m-register-submit">
                {t(m.submit)}
              </Button>
            </Form>
          </Card>
        )}
        <Card size="small" variant="borderless">
          <div className="vg-m-links">
            <Link className="vg-m-link" to="/m/community/needs">
              <EnvironmentOutlined />
              <span>{t(m.nearMe)}</span>
            </Link>
            <Link className="vg-m-link" to="/m/community/record">
              <HeartOutlined />
              <span>{t(m.myVolunteer)}</span>
            </Link>
            <Link className="vg-m-link" to="/m/activities">
              <SolutionOutlined />
              <span>{t(m.activity)}</span>
            </Link>
          </div>
        </Card>
        {(mine.data?.history.length ?? 0) > 0 && (
          <Card size="small" variant="borderless" title={t(m.history)}>
            <List
              size="small"
              dataSource={mine.data?.history ?? []}
              renderItem={(h) => (
                <List.Item extra={<Tag color={statusColor[h.status]}>{t(m.memberStatus[h.status])}</Tag>}>
                  <List.Item.Meta title={h.communityName} description={`${fmtDay(h.createdAt)}${h.reason ? ` · ${h.reason}` : ''}`} />
                </List.Item>
              )}
            />
          </Card>
        )}
      </div>
    </>
  );
}
