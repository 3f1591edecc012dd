import { modal, showError, showSuccess } from '../../../kernel/feedback.js';
import { common, getLang } from '../../../kernel/i18n.js';

/**
 * Asks before a step that cannot be taken back (leave, approve, publish, cancel a sign-up …); on OK runs `run`,
 * then says `done` — or what the server refused.
 */
export function confirmStep(opts: { title: string; content?: string; okText: string; done: string; danger?: boolean; run: () => Promise<unknown> }) {
  const lang = getLang();
  modal()?.confirm({
    title: opts.title,
    content: opts.content,
    okText: opts.okText,
    cancelText: common.cancel[lang],
    okButtonProps: { danger: opts.danger },
    onOk: async () => {
      try {
        await opts.run();
        showSuccess(opts.done);
      } catch (err) {
        showError(err);
      }
    },
  });
}

