import { useI18n } from '../../../kernel/i18n.js';
import { cText } from './citizen-text.js';

/** The red asterisk after a required field's label on the citizen pages (the field itself carries aria-required). */
export function RequiredMark() {
  const { t } = useI18n();
  return (
    <span className="vg-c-required" title={t(cText.requiredMark)} aria-label={t(cText.requiredMark)} data-testid="c-required-mark">
      *
    </span>
  );
}
