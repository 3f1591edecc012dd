import { App } from 'antd';
import { ApiError } from './api.js';
import { getLang } from './i18n.js';

type AppApi = ReturnType<typeof App.useApp>;

let messageApi: AppApi['message'] | null = null;
let modalApi: AppApi['modal'] | null = null;

/** Captures antd's themed message/modal so code outside components (query caches) can use them. */
export function FeedbackBridge() {
  const app = App.useApp();
  messageApi = app.message;
  modalApi = app.modal;
  return null;
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
  messageApi?.error(errorText(err));
}

export function showSuccess(text: string) {
  messageApi?.success(text);
}

export const modal = () => modalApi;
