import { useI18n } from '../i18n/i18n';
import { type FieldNote, fieldText } from './field-text';

/** A field's problems as the form shows them under its input, in the reader's language. */
export function FieldNotes({ notes }: { notes: FieldNote[] }) {
  const { t, lang } = useI18n();
  // sentences follow each other; the API's bare phrases are kept apart by a semicolon
  const text = notes.map((n) => fieldText(n, t, lang)).reduce((all, x) => (all ? `${all}${/[.!?]$/.test(all) ? ' ' : '; '}${x}` : x), '');
  return <>{text}</>;
}
