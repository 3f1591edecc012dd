import type { FormInstance } from 'antd';
import { ApiError } from './api.js';

type NamePath = string | (string | number)[];

/**
 * 400 validation_failed details → errors under the matching form fields; `alias` maps server field names to form names.
 * A field inside a list (`sections.0.count`) goes under that item's own field when the form holds the list, so a
 * section's error shows on the section, not on the list that nothing displays.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, alias: Record<string, string> = {}): boolean {
  if (!(err instanceof ApiError) || err.code !== 'validation_failed' || !Array.isArray(err.details)) return false;
  const values = form.getFieldsValue(true) as Record<string, unknown>;
  const names = new Set(Object.keys(values));
  const fields = (err.details as { field?: string; message?: string }[])
    .map((d) => {
      const raw = String(d.field ?? '').replace(/^body\./, '');
      const path = raw.split('.').map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
      const top = alias[raw] ?? alias[raw.split('.')[0]] ?? raw.split('.')[0];
      const inList = !alias[raw] && path.length > 2 && typeof path[1] === 'number' && Array.isArray(values[String(path[0])]);
      const name: NamePath = inList ? path : top;
      return { name, top: inList ? String(path[0]) : top, errors: [d.message ?? err.message] };
    })
    .filter((f) => names.has(f.top))
    .map(({ name, errors }) => ({ name, errors }));
  if (fields.length) form.setFields(fields);
  return fields.length > 0;
}
