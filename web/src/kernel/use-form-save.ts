import type { FormInstance } from 'antd';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { applyFieldErrors } from './form-errors.js';
import { showSuccess } from './feedback.js';
import { common, useI18n } from './i18n.js';

/**
 * Saving a form: `save` with the form's values, then "saved", a refresh of the queries under `invalidate` and
 * `onDone`; a validation error from the server lands on the form's fields.
 */
export function useFormSave<V, R = unknown>(form: FormInstance, save: (v: V) => Promise<R>, opts: { invalidate: QueryKey; onDone?: (r: R) => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: (r) => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: opts.invalidate });
      opts.onDone?.(r);
    },
    onError: (err) => applyFieldErrors(form, err),
  });
}
