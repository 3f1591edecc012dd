import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Image, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useI18n, type Text } from '../../kernel/i18n.js';
import { client, unwrap, type Answer } from '../../kernel/api-client.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { Loading } from '../../kernel/Loading.js';
import { ActionDialog, type DialogKind } from './ActionDialog.js';
import { Countdown, LightDot } from './Countdown.js';
import type { DemandDetail } from './api-types.js';
import { actionText, dText, satisfactionText } from './messages.js';
import { fmtDateTime, useDemandAction, useDemandDetail, useNow } from './useDemands.js';

export type DrawerMode = 'dispatch' | 'handle' | 'supervise' | 'view';

/** Contact as the server returns it, masked; the assigned handler asks for it in full, which the server audits. */
function Contact({ d }: { d: DemandDetail }) {
  const { t } = useI18n();
  const [full, setFull] = useState<Answer<'/api/v1/demands/{id}/contact', 'get'> | null>(null);
  const [loading, setLoading] = useState(false);
  const reveal = async () => {
    setLoading(true);
    try {
      setFull(await unwrap(client.GET('/api/v1/demands/{id}/contact', { params: { path: { id: d.id } } })));
    } catch (err) {
      showError(err);
    } finally {
      setLoading(false);
    }
  };
  const shown = full ?? d;
  return (
    <Space>
      <span data-testid="demand-contact">{`${shown.citizenName ?? '—'} ${shown.citizenPhone ?? ''}`}</span>
      {!full && <Tag>{t(dText.masked)}</Tag>}
      {!full && d.canViewContact && (
        <Tooltip title={t(dText.fullViewAudited)}>
          <Button size="small" icon={<EyeOutlined />} loading={loading} onClick={() => void reveal()} data-testid="full-view">
            {t(dText.fullView)}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}

interface ActionButton {
  action: DemandDetail['allowedActions'][number];
  mode: DrawerMode;
  label: Text;
  testId: string;
  /** A dialog asks for what the action needs; without one the button posts to `path` at once. */
  dialog?: DialogKind;
  path?: (pendingId: number) => string;
  look?: 'primary' | 'danger';
}

/** The buttons of each board, in order; each shows only when the server lists its action as allowed now. */
const actionButtons: ActionButton[] = [
  { action: 'dispatch', mode: 'dispatch', label: dText.dispatchTo, testId: 'act-dispatch', dialog: 'dispatch', look: 'primary' },
  { action: 'redispatch', mode: 'dispatch', label: dText.redispatch, testId: 'act-redispatch', dialog: 'redispatch', look: 'primary' },
  { action: 'accept', mode: 'handle', label: dText.accept, testId: 'act-accept', path: () => 'accept', look: 'primary' },
  { action: 'return', mode: 'handle', label: dText.returnIt, testId: 'act-return', dialog: 'return', look: 'danger' },
  { action: 'start', mode: 'handle', label: dText.start, testId: 'act-start', path: () => 'start' },
  { action: 'note', mode: 'handle', label: dText.note, testId: 'act-note', dialog: 'note' },
  { action: 'request_extension', mode: 'handle', label: dText.extension, testId: 'act-extension', dialog: 'extension' },
  { action: 'answer', mode: 'handle', label: dText.answerCitizen, testId: 'act-answer', dialog: 'answer', look: 'primary' },
  { action: 'supervise', mode: 'supervise', label: dText.superviseNotice, testId: 'act-supervise', dialog: 'supervise' },
  { action: 'approve_extension', mode: 'supervise', label: dText.approve, testId: 'act-approve', path: (id) => `extensions/${id}/approve`, look: 'primary' },
  { action: 'reject_extension', mode: 'supervise', label: dText.reject, testId: 'act-reject', path: (id) => `extensions/${id}/reject`, look: 'danger' },
];

function Actions({ d, mode, open }: { d: DemandDetail; mode: DrawerMode; open: (k: DialogKind) => void }) {
  const { t } = useI18n();
  const act = useDemandAction();
  const pending = d.extensions.find((e) => e.status === 'pending');
  const shown = actionButtons.filter((b) => b.mode === mode && d.allowedActions.includes(b.action));
  const press = (b: ActionButton) => {
    if (b.dialog) open(b.dialog);
    else act.mutate({ id: d.id, path: b.path!(pending?.id ?? 0) }, { onSuccess: () => showSuccess(t(dText.done)) });
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {pending && <Alert type="warning" showIcon title={t(dText.pendingExtension, { n: pending.workingDays, reason: pending.reason })} />}
      {shown.length > 0 && (
        <Space wrap>
          {shown.map((b) => (
            <Button key={b.action} type={b.look === 'primary' ? 'primary' : 'default'} danger={b.look === 'danger'} loading={!b.dialog && act.isPending} onClick={() => press(b)} data-testid={b.testId}>
              {t(b.label)}
            </Button>
          ))}
        </Space>
      )}
    </Space>
  );
}

/** One demand: facts, contact, photos, countdowns, the trail, and the actions the mode allows. */
export function DemandDrawer({ id, mode, onClose }: { id: number | null; mode: DrawerMode; onClose: () => void }) {
  const { t, lang } = useI18n();
  const detail = useDemandDetail(id);
  const now = useNow();
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const d = detail.data;
  return (
    <Drawer open={id != null} onClose={onClose} size={640} title={d ? `${d.trackingCode} · ${d.title}` : ''} destroyOnHidden>
      {!d ? (
        <Loading />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="demand-drawer">
          <Actions d={d} mode={mode} open={setDialog} />
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t(dText.status)}>
              <Space>
                <Tag data-testid="demand-status">{t(d.statusLabel)}</Tag>
                <LightDot light={d.light} />
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t(dText.dueAt)}>
              <Countdown d={d} now={now} />
            </Descriptions.Item>
            <Descriptions.Item label={t(dText.category)}>{d.categoryName}</Descriptions.Item>
            <Descriptions.Item label={t(dText.department)}>{d.orgName ?? '—'}</Descriptions.Item>
            {d.returnReason && <Descriptions.Item label={t(dText.returnReason)}>{d.returnReason}</Descriptions.Item>}
            <Descriptions.Item label={t(dText.description)}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{d.description}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t(dText.address)}>{d.address || '—'}</Descriptions.Item>
            <Descriptions.Item label={t(dText.citizen)}>
              <Contact d={d} />
            </Descriptions.Item>
            <Descriptions.Item label={t(dText.receivedAt)}>{fmtDateTime(d.receivedAt, lang)}</Descriptions.Item>
            {d.answer && <Descriptions.Item label={t(dText.answer)}>{d.answer}</Descriptions.Item>}
            {d.firstAnsweredAt && <Descriptions.Item label={t(dText.firstAnswered)}>{fmtDateTime(d.firstAnsweredAt, lang)}</Descriptions.Item>}
            {d.satisfaction && <Descriptions.Item label={t(dText.rate)}>{t(satisfactionText[d.satisfaction])}</Descriptions.Item>}
          </Descriptions>
          {d.photos.length > 0 && (
            <Image.PreviewGroup>
              <Space wrap>
                {d.photos.map((p) => (
                  <Image key={p.id} alt={t(p.kind === 'result' ? dText.resultPhotos : dText.citizenPhotos)} title={t(p.kind === 'result' ? dText.resultPhotos : dText.citizenPhotos)} width={96} height={96} style={{ objectFit: 'cover' }} src={`${p.url}?w=200`} preview={{ src: `${p.url}?w=1200` }} />
                ))}
              </Space>
            </Image.PreviewGroup>
          )}
          <Typography.Title level={5}>{t(dText.trail)}</Typography.Title>
          <Timeline
            items={d.events.map((e) => ({
              content: (
                <div>
                  <strong data-testid={`trail-${e.action}`}>{e.action === 'callback' && e.toStatus === 'in_progress' ? t(dText.reassigned) : actionText[e.action] ? t(actionText[e.action]) : e.action}</strong> · {e.actorName} · <Typography.Text type="secondary">{fmtDateTime(e.at, lang)}</Typography.Text>
                  {e.note && <div>{e.note}</div>}
                </div>
              ),
            }))}
          />
        </Space>
      )}
      {d && (
        <ActionDialog
          kind={dialog}
          demandId={d.id}
          defaultOrgId={d.orgId}
          replyTemplate={d.replyTemplate}
          onClose={(done) => {
            setDialog(null);
            if (done) showSuccess(t(dText.done));
          }}
        />
      )}
    </Drawer>
  );
}
