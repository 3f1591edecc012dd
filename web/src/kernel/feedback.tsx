import type { App, ModalFuncProps } from 'antd';
import { ApiError } from './api.js';
import { getLang } from './i18n.js';

type AppApi = ReturnType<typeof App.useApp>;

type Feedback = Pick<AppApi, 'message' | 'modal'>;

// antd's message and modal holders (FeedbackHost) load the first time a toast or a dialog is asked for, so a page
// that shows neither never downloads them. What is asked for meanwhile waits and is shown once they are there.
let api: Feedback | null = null;
let pending: ((api: Feedback) => void)[] = [];
let loadHost: (() => void) | null = null;

/** AppFrame: how to mount the holders when first needed. */
export function onFeedbackNeeded(load: () => void) {
  loadHost = load;
  if (pending.length) load();
}

/** FeedbackHost: hands over antd's themed message/modal, and shows what waited. */
export function attachFeedback(app: Feedback) {
  api = app;
  const waiting = pending;
  pending = [];
  for (const show of waiting) show(app);
}

function withFeedback(show: (api: Feedback) => void) {
  if (api) return show(api);
  pending.push(show);
  loadHost?.();
}

function toast(show: (m: AppApi['message']) => void) {
  withFeedback((a) => show(a.message));
}

/** The error in the current language; a refused input also says why (the server's detail messages). */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    const why = Array.isArray(err.details) ? [...new Set((err.details as { message?: unknown }[]).map((d) => d?.message).filter((m): m is string => typeof m === 'string' && m !== ''))] : [];
    return why.length ? `${err.localized()}${getLang() === 'en' ? ': ' : '：'}${why.slice(0, 3).join(getLang() === 'en' ? '; ' : '；')}` : err.localized();
  }
  if (err instanceof Error) return err.message;
  return getLang() === 'en' ? 'Something went wrong' : '操作失败';
}

export function showError(err: unknown) {
  // 401 sends the user to the login page; a toast on top of that is noise.
  if (err instanceof ApiError && err.status === 401) return;
  const text = errorText(err);
  toast((m) => void m.error(text));
}

export function showSuccess(text: string) {
  toast((m) => void m.success(text));
}

/** Themed dialogs for code that is not a component's render: `modal().confirm({...})`. */
export const modal = () => ({
  confirm: (config: ModalFuncProps) => withFeedback((a) => void a.modal.confirm(config)),
});
