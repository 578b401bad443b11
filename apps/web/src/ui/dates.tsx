import { formatInstant, formatLocalDate } from './format/dates';
import { useI18n } from './i18n/i18n';

/** The one way an instant is shown: Oslo wall time in the person's language, with a machine-readable value. */
export function DateTime({ value, fallback }: { value: string | null | undefined; fallback?: string }) {
  const { lang } = useI18n();
  if (!value) return <>{fallback ?? '–'}</>;
  return <time dateTime={value}>{formatInstant(value, lang)}</time>;
}

/** A calendar date "YYYY-MM-DD" in the person's language. */
export function LocalDate({ value, fallback }: { value: string | null | undefined; fallback?: string }) {
  const { lang } = useI18n();
  if (!value) return <>{fallback ?? '–'}</>;
  return <time dateTime={value}>{formatLocalDate(value, lang)}</time>;
}

/** A delivery window "from – to". */
export function DateRange({ from, to }: { from: string; to: string }) {
  return (
    <span>
      <span style={{ whiteSpace: 'nowrap' }}>
        <LocalDate value={from} /> –
      </span>{' '}
      <span style={{ whiteSpace: 'nowrap' }}>
        <LocalDate value={to} />
      </span>
    </span>
  );
}
