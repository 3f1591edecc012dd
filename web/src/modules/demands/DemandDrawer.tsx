import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Image, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useI18n } from '../../kernel/i18n.js';
import { api } from '../../kernel/api.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { Loading } from '../../kernel/ui.js';
import { ActionDialog, type DialogKind } from './ActionDialog.js';
import { Countdown, LightDot } from './Countdown.js';
import type { DemandDetail } from './demands.types.js';
import { actionText, dText, satisfactionText } from './messages.js';
import { fmtDateTime, useDemandAction, useDemandDetail, useNow } from './useDemands.js';

export type DrawerMode = 'dispatch' | 'handle' | 'supervise' | 'view';

/** Contact as the server returns it, masked; the assigned handler asks for it in full, which the server audits. */
function Contact({ d }: { d: DemandDetail }) {
  const { t } = useI18n();
  const [full, setFull] = useState<{ citizenName: string | null; citizenPhone: string | null } | null>(null);
  const [loading, setLoading] = useState(false);
  const reveal = async () => {
    setLoading(true);
    try {
      setFull(await api.get(`/demands/${d.id}/contact`));
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

function Actions({ d, mode, open }: { d: DemandDetail; mode: DrawerMode; open: (k: DialogKind) => void }) {
  const { t } = useI18n();
  const act = useDemandAction();
  const run = (path: string, body?: unknown) => act.mutate({ id: d.id, path, body }, { onSuccess: () => showSuccess(t(dText.done)) });
  const pending = d.extensions.find((e) => e.status === 'pending');
  const buttons: React.ReactNode[] = [];
  if (mode === 'dispatch') {
    if (d.status === 'received') buttons.push(<Button key="d" type="primary" onClick={() => open('dispatch')} data-testid="act-dispatch">{t(dText.dispatchTo)}</Button>);
    if (d.status === 'dispatched') buttons.push(<Button key="r" type="primary" onClick={() => open('redispatch')} data-testid="act-redispatch">{t(dText.redispatch)}</Button>);
  }
  if (mode === 'handle') {
    if (d.status === 'dispatched') {
      buttons.push(<Button key="a" type="primary" loading={act.isPending} onClick={() => run('accept')} data-testid="act-accept">{t(dText.accept)}</Button>);
      buttons.push(<Button key="r" danger onClick={() => open('return')} data-testid="act-return">{t(dText.returnIt)}</Button>);
    }
    if (d.status === 'accepted') buttons.push(<Button key="s" onClick={() => run('start')} data-testid="act-start">{t(dText.start)}</Button>);
    if (d.status === 'accepted' || d.status === 'in_progress') {
      buttons.push(<Button key="n" onClick={() => open('note')} data-testid="act-note">{t(dText.note)}</Button>);
      if (!pending) buttons.push(<Button key="e" onClick={() => open('extension')} data-testid="act-extension">{t(dText.extension)}</Button>);
      buttons.push(<Button key="ans" type="primary" onClick={() => open('answer')} data-testid="act-answer">{t(dText.answerCitizen)}</Button>);
    }
  }
  if (mode === 'supervise' && ['dispatched', 'accepted', 'in_progress'].includes(d.status)) {
    buttons.push(<Button key="sv" onClick={() => open('supervise')} data-testid="act-supervise">{t(dText.superviseNotice)}</Button>);
  }
  if (mode === 'supervise' && pending) {
    buttons.push(<Button key="ap" type="primary" onClick={() => run(`extensions/${pending.id}/approve`)}>{t(dText.approve)}</Button>);
    buttons.push(<Button key="rj" danger onClick={() => run(`extensions/${pending.id}/reject`)}>{t(dText.reject)}</Button>);
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {pending && <Alert type="warning" showIcon title={t(dText.pendingExtension, { n: pending.workingDays, reason: pending.reason })} />}
      {buttons.length > 0 && <Space wrap>{buttons}</Space>}
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
            {d.satisfaction && <Descriptions.Item label={t(dText.rate)}>{t(satisfactionText[d.satisfaction])}</Descriptions.Item>}
          </Descriptions>
          {d.photos.length > 0 && (
            <Image.PreviewGroup>
              <Space wrap>
                {d.photos.map((p) => (
                  <Image key={p.id} width={96} height={96} style={{ objectFit: 'cover' }} src={`${p.url}?w=200`} preview={{ src: `${p.url}?w=1200` }} />
                ))}
              </Space>
            </Image.PreviewGroup>
          )}
          <Typography.Title level={5}>{t(dText.trail)}</Typography.Title>
          <Timeline
            items={d.events.map((e) => ({
              content: (
                <div>
                  <strong>{actionText[e.action] ? t(actionText[e.action]) : e.action}</strong> · {e.actorName} · <Typography.Text type="secondary">{fmtDateTime(e.at, lang)}</Typography.Text>
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
          onClose={(done) => {
            setDialog(null);
            if (done) showSuccess(t(dText.done));
          }}
        />
      )}
    </Drawer>
  );
}
