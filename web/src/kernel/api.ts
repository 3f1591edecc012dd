import { common, getLang, type Text } from './i18n.js';

export interface ErrorBody {
  error: { code: string; message?: string; message_zh?: string; message_en?: string; details?: unknown };
}

/** An API failure carrying the server's code and both messages; `message` is in the current language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Text,
    readonly details: unknown,
  ) {
    super(getLang() === 'en' ? text.en : text.zh);
  }
  localized(lang = getLang()): string {
    return lang === 'en' ? this.text.en : this.text.zh;
  }
}

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};
export const getCsrfToken = () => csrfToken;

let onUnauthenticated: (() => void) | null = null;
/** The auth provider registers what to do when the session is gone (send the user to /login). */
export const setUnauthenticatedHandler = (fn: (() => void) | null) => {
  onUnauthenticated = fn;
};
export const notifyUnauthenticated = () => onUnauthenticated?.();

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

export async function toError(res: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    body = (await res.json()) as ErrorBody;
  } catch {
    // not JSON (proxy error page); fall through to a generic message
  }
  const e = body?.error;
  if (!e) return new ApiError(res.status, `http_${res.status}`, { zh: `请求失败（${res.status}）`, en: `Request failed (${res.status})` }, null);
  const text = { zh: e.message_zh ?? e.message ?? e.code, en: e.message_en ?? e.message ?? e.code };
  return new ApiError(res.status, e.code, text, e.details ?? null);
}

type Headers = Record<string, string>;

async function send(method: string, path: string, body?: unknown, extra?: Headers): Promise<Response> {
  const headers: Record<string, string> = { ...extra, accept: 'application/json', 'accept-language': getLang() === 'en' ? 'en' : 'zh-CN' };
  const init: RequestInit = { method, credentials: 'same-origin', headers };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, init);
  } catch {
    throw new ApiError(0, 'network', common.networkError, null);
  }
  if (!res.ok) {
    const err = await toError(res);
    if (res.status === 401 && path !== '/auth/login' && path !== '/auth/me') onUnauthenticated?.();
    throw err;
  }
  return res;
}

async function json<T>(method: string, path: string, body?: unknown, headers?: Headers): Promise<T> {
  const res = await send(method, path, body, headers);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

function fileName(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/i.exec(cd);
  return plain ? plain[1] : fallback;
}

export const api = {
  get: <T>(path: string, query?: Query, headers?: Headers) => json<T>('GET', withQuery(path, query), undefined, headers),
  post: <T>(path: string, body?: unknown, query?: Query, headers?: Headers) => json<T>('POST', withQuery(path, query), body ?? {}, headers),
  patch: <T>(path: string, body: unknown) => json<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => json<T>('PUT', path, body),
  delete: <T>(path: string) => json<T>('DELETE', path),
  /** Multipart upload of one file in field "file". */
  upload: <T>(path: string, file: File | Blob, query?: Query) => {
    const form = new FormData();
    form.append('file', file, file instanceof File ? file.name : 'upload.xlsx');
    return json<T>('POST', withQuery(path, query), form);
  },
  /** Fetches a file (xlsx) and hands it to the browser as a download. */
  async download(path: string, query: Query | undefined, fallbackName: string): Promise<void> {
    const res = await send('GET', withQuery(path, query));
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName(res, fallbackName);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
