import type { FormInstance } from 'antd';
import { ApiError } from './api.js';

/** 400 validation_failed details → errors under the matching form fields; `alias` maps server field names to form names. */
export function applyFieldErrors(form: FormInstance, err: unknown, alias: Record<string, string> = {}): boolean {
  if (!(err instanceof ApiError) || err.code !== 'validation_failed' || !Array.isArray(err.details)) return false;
  const names = new Set(Object.keys(form.getFieldsValue(true) as object));
  const fields = (err.details as { field?: string; message?: string }[])
    .map((d) => {
      const raw = String(d.field ?? '').replace(/^body\./, '');
      const name = alias[raw] ?? alias[raw.split('.')[0]] ?? raw.split('.')[0];
      return { name, errors: [d.message ?? err.message] };
    })
    .filter((f) => names.has(f.name));
  if (fields.length) form.setFields(fields);
  return fields.length > 0;
}
