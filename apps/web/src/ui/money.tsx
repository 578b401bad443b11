import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { formatKronerNumber, formatMoney, parseKroner } from './format/money';
import { useI18n } from './i18n/i18n';

/** The one way an amount is shown: "kr 1 450 000,00" / "NOK 1,450,000.00", from exact minor units. */
export function Money({ value, fallback }: { value: { minorUnits: string; currency: string } | null | undefined; fallback?: string }) {
  const { lang } = useI18n();
  if (!value) return <>{fallback ?? '–'}</>;
  return <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(value.minorUnits, value.currency, lang)}</span>;
}

interface MoneyInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** Exact øre as the API's string, or null while the field is empty or not an amount. */
  value: string | null;
  onChange(minorUnits: string | null): void;
  currency?: string;
}

/**
 * The one kroner field: the person types kroner with øre ("1 450 000,50"), the form gets exact
 * minorUnits ("145000050"). What was typed is kept as typed; a wrong format says so under the field.
 */
export function MoneyInput({ value, onChange, currency = 'NOK', error, description, ...rest }: MoneyInputProps) {
  const { lang, t } = useI18n();
  const [text, setText] = useState(() => (value ? formatKronerNumber(value, lang) : ''));
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = useId();
  useEffect(() => {
    // a value set from outside (a reset) shows as written in the person's language
    const parsed = parseKroner(text, lang);
    const current = parsed.ok ? parsed.minorUnits : null;
    if (value !== current) setText(value ? formatKronerNumber(value, lang) : '');
  }, [value, lang]);
  const read = (next: string) => {
    setText(next);
    const r = parseKroner(next, lang);
    if (r.ok) {
      setProblem(null);
      onChange(r.minorUnits);
    } else {
      setProblem(r.error === 'EMPTY' ? null : t(`money.error.${r.error}`));
      onChange(null);
    }
  };
  const preview = value ? formatMoney(value, currency, lang) : null;
  return (
    <TextInput
      {...rest}
      inputMode="decimal"
      autoComplete="off"
      leftSection={<Text size="sm">{currency === 'NOK' && lang === 'nb' ? 'kr' : currency}</Text>}
      leftSectionWidth={48}
      value={text}
      onChange={(e) => read(e.currentTarget.value)}
      onBlur={() => value && setText(formatKronerNumber(value, lang))}
      error={problem ?? error}
      description={description ?? <span id={hintId}>{preview ? t('money.reads', { amount: preview }) : t('money.hint')}</span>}
    />
  );
}
