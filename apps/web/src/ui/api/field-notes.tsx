import { useLayoutEffect } from 'react';
import { useI18n } from '../i18n/i18n';
import { type FieldNote, fieldText } from './field-text';

/**
 * A field's problems as the form shows them under its input, in the reader's language. `onShown`
 * tells the problem that a form put them on screen (in a layout effect, so before the banner's
 * passive effect asks which fields no form showed).
 */
export function FieldNotes({ notes, onShown }: { notes: FieldNote[]; onShown?: () => void }) {
  const { t, lang } = useI18n();
  useLayoutEffect(() => {
    // nothing returned: React would call a returned value as the effect's clean-up
    onShown?.();
  }, [onShown]);
  // sentences follow each other; the API's bare phrases are kept apart by a semicolon
  const text = notes.map((n) => fieldText(n, t, lang)).reduce((all, x) => (all ? `${all}${/[.!?]$/.test(all) ? ' ' : '; '}${x}` : x), '');
  return <>{text}</>;
}
