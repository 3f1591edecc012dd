import { Alert } from 'antd';
import { errorText } from '../../kernel/feedback.js';

/** A refusal that belongs to no field of the form (a duplicate registration, a closed pair, …). */
export function FormError({ err }: { err: unknown }) {
  if (!err) return null;
  return <Alert type="error" showIcon title={errorText(err)} style={{ marginBottom: 12 }} data-testid="form-error" />;
}
