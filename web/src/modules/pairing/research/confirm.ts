import { modal, showError, showSuccess } from '../../../kernel/feedback.js';
import { common, getLang } from '../../../kernel/i18n.js';

/**
 * Asks before a step that cannot be taken back (leave, approve, publish, cancel a sign-up …); on OK runs `run`,
 * then says `done` (or what `done` makes of the result) — or what the server refused.
 */
export function confirmStep<R>(opts: { title: string; content?: string; okText: string; done: string | ((result: R) => string); danger?: boolean; run: () => Promise<R> }) {
  const lang = getLang();
  modal()?.confirm({
    title: opts.title,
    content: opts.content,
    okText: opts.okText,
    cancelText: common.cancel[lang],
    okButtonProps: { danger: opts.danger },
    onOk: async () => {
      try {
        const result = await opts.run();
        showSuccess(typeof opts.done === 'function' ? opts.done(result) : opts.done);
      } catch (err) {
        showError(err);
      }
    },
  });
}

