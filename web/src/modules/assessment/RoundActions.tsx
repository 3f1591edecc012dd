import { Button, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { modal, showSuccess } from '../../kernel/feedback.js';
import { useI18n, type Text } from '../../kernel/i18n.js';
import { assessmentApi, assessmentKey, type Round } from './assessment.api.js';
import { asText as m } from './messages.js';

type Action = 'start' | 'compute' | 'close' | 'confirm';
const asks: Record<Action, Text> = { start: m.startConfirm, compute: m.computeConfirm, close: m.closeConfirm, confirm: m.confirmConfirm };
const allowed: Record<Round['status'], Action[]> = { draft: ['start'], running: ['compute', 'close'], closed: ['confirm'], confirmed: [] };

/** The round's next steps, each after a confirmation: start (draft), compute and close (running), confirm (closed). */
export function RoundActions({ round }: { round: Round }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const act = useMutation({
    mutationFn: (a: Action) => assessmentApi[a](round.id),
    onSuccess: () => {
      showSuccess(t(m.done));
      void qc.invalidateQueries({ queryKey: assessmentKey });
    },
  });
  return (
    <Space>
      {allowed[round.status].map((a) => (
        <Button
          key={a}
          type={a === 'compute' ? 'default' : 'primary'}
          danger={a === 'confirm'}
          loading={act.isPending && act.variables === a}
          onClick={() => modal().confirm({ title: t(m[a]), content: t(asks[a]), okText: t(m[a]), onOk: () => act.mutateAsync(a).catch(() => undefined) })}
          data-testid={`round-${a}`}
        >
          {t(m[a])}
        </Button>
      ))}
    </Space>
  );
}
