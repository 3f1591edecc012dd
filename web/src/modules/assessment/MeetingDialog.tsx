import { DatePicker, Form, InputNumber, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { client, unwrap } from '../../kernel/api-client.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { validValues } from '../../kernel/form-values.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { assessmentKey, type Round } from './assessment.api.js';
import { asText as m } from './messages.js';

interface Values {
  meetingAt?: Dayjs | null;
  appealUntil?: Dayjs | null;
  minVotes?: number;
}

/**
 * The review meeting's time and the anonymity threshold (while the round is held, before the voting opens) and the
 * appeal window (until the results are confirmed; appeals are taken until the end of the chosen day).
 */
export function MeetingDialog({ round, open, onClose }: { round: Round; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const held = round.status === 'draft' || round.status === 'running';
  const meetingEditable = held && round.targetKind === 'org' && !round.voting.openedAt;
  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        client.PUT('/api/v1/assessment/rounds/{id}/meeting', {
          params: { path: { id: round.id } },
          body: {
            appealUntil: v.appealUntil ? v.appealUntil.endOf('day').toISOString() : null,
            ...(meetingEditable ? { meetingAt: v.meetingAt ? v.meetingAt.toISOString() : null } : {}),
            ...(held && v.minVotes ? { minVotes: v.minVotes } : {}),
          },
        }),
      ),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: [...assessmentKey, 'round', round.id] });
      onClose();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err)) showError(err);
    },
  });
  return (
    <Modal
      open={open}
      title={t(m.meetingSettings)}
      onCancel={onClose}
      onOk={async () => {
        const v = await validValues(form);
        if (v) save.mutate(v);
      }}
      confirmLoading={save.isPending}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      okButtonProps={{ 'data-testid': 'meeting-ok' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ meetingAt: round.meetingAt ? dayjs(round.meetingAt) : null, appealUntil: round.appealUntil ? dayjs(round.appealUntil) : null, minVotes: round.minVotes }}
      >
        {round.targetKind === 'org' && (
          <Form.Item name="meetingAt" label={t(m.meetingTime)} extra={t(m.meetingTimeHint)}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabled={!meetingEditable} style={{ width: 220 }} />
          </Form.Item>
        )}
        <Form.Item name="appealUntil" label={t(m.appealDeadline)} extra={t(m.appealDeadlineHint)}>
          <DatePicker style={{ width: 220 }} data-testid="appeal-until" />
        </Form.Item>
        <Form.Item name="minVotes" label={t(m.minVotes)} extra={t(m.minVotesHint)}>
          <InputNumber min={1} max={1000} precision={0} disabled={!held} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
