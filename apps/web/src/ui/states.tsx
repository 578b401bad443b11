import { Alert, Center, Code, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { CombinedError } from 'urql';
import { describeError, problemText, type ApiProblem } from './api/errors';
import { type FieldNote, fieldText } from './api/field-text';
import { useI18n, useT } from './i18n/i18n';

/** While a screen's data is on its way. */
export function Loading() {
  const t = useT();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text c="dimmed">{t('state.loading')}</Text>
      </Stack>
    </Center>
  );
}

/** Nothing to show yet, with what the person can expect or do. */
export function Empty({ title, hint }: { title: string; hint?: string }) {
  return (
    <Alert variant="light" color="gray" title={title} role="status">
      {hint}
    </Alert>
  );
}

/**
 * What went wrong, in the reader's language where the API gave a reason (its own message then
 * stays below as a detail), and the request id to quote: never a blank page.
 */
export function ErrorBanner({
  error,
  problem,
  withFields = false,
}: {
  error?: CombinedError | null;
  problem?: ApiProblem | null;
  /** On a screen without a form: say the fields' problems here (a form shows them under its fields). */
  withFields?: boolean;
}) {
  const { t, lang } = useI18n();
  const p = useMemo(() => problem ?? (error ? describeError(error) : null), [problem, error]);
  // the fields' problems no form put on screen (e.g. a whole table's, or a field the form has no
  // input for): said here, so the banner never points to a marked field that is not there. Asked
  // after the commit, once every field's notes had their chance to mount.
  const [unshown, setUnshown] = useState<FieldNote[]>([]);
  useEffect(() => {
    const shown = p?.shownFields;
    setUnshown(
      p && shown && !withFields && p.code === 'BAD_USER_INPUT'
        ? Object.entries(p.fieldNotes).flatMap(([name, notes]) => (shown.has(name) ? [] : notes))
        : [],
    );
  }, [p, withFields]);
  if (!p) return null;
  const said = problemText(p, t);
  const notes = withFields && p.code === 'BAD_USER_INPUT' ? Object.values(p.fieldNotes).flat() : [];
  const someShown = !!p.shownFields && p.shownFields.size > 0;
  const text = notes.length
    ? notes.map((n) => fieldText(n, t, lang)).join(' ')
    : unshown.length
      ? [...(someShown ? [said.text] : []), ...unshown.map((n) => fieldText(n, t, lang))].join(' ')
      : said.text;
  const detail = said.detail ?? (notes.length ? p.message : null);
  // "your role may not" is what the forbidden screen says already
  if (p.code === 'FORBIDDEN') return <Forbidden message={p.reason === 'ROLE_NOT_ALLOWED' ? undefined : text} detail={detail} />;
  const title =
    p.code === 'NETWORK'
      ? t('error.network')
      : p.code === 'BAD_USER_INPUT'
        ? t('error.badInput')
        : p.code === 'CONFLICT'
          ? t('error.conflict')
          : p.code === 'NOT_FOUND'
            ? t('error.notFound')
            : p.code === 'UNAUTHENTICATED'
              ? t('error.unauthenticated')
              : t('error.unexpected');
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap={4}>
        <Text size="sm">{text}</Text>
        {detail && (
          <Text size="xs" c="dimmed">
            {t('error.detail')} {detail}
          </Text>
        )}
        {p.requestId && (
          <Text size="xs" c="dimmed">
            {t('error.requestId')} <Code>{p.requestId}</Code>
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/** A screen this person's role may not open (the navigation hides it; the API refuses it too). */
export function Forbidden({ message, detail }: { message?: string; detail?: string | null }) {
  const t = useT();
  return (
    <Alert color="orange" variant="light" title={t('state.forbidden.title')} role="alert">
      <Text size="sm">{t('state.forbidden.body')}</Text>
      {message && (
        <Text size="xs" c="dimmed" mt={4}>
          {message}
        </Text>
      )}
      {detail && (
        <Text size="xs" c="dimmed">
          {t('error.detail')} {detail}
        </Text>
      )}
    </Alert>
  );
}
