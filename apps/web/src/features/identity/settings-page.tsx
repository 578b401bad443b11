import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { session } from '../../ui/session/session-store';
import { useUser } from '../../ui/session/use-session';
import { ErrorBanner } from '../../ui/states';
import { ChangeMyPasswordDocument } from './identity.graphql';

/** The person's own settings: who they are, and their password (language is in the header). */
export function SettingsPage() {
  const t = useT();
  const user = useUser();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, change] = useMutation(ChangeMyPasswordDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const r = await change({ input: { currentPassword: current, newPassword: next } });
    if (r.error || !r.data) return setProblem(describeError(r.error));
    setProblem(null);
    session.replaceToken(r.data.changeMyPassword);
    setCurrent('');
    setNext('');
    setDone(true);
  };
  return (
    <Page title={t('settings.title')}>
      <Paper withBorder p="md" maw={520}>
        <Stack gap={4}>
          <Text fw={600}>{user.displayName}</Text>
          <Text size="sm">{user.email}</Text>
          <Text size="sm" c="dimmed">
            {t(`role.${user.role}`)}
            {user.firm ? ` · ${user.firm.name}` : ''}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md" maw={520}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('settings.password.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('settings.password.hint')}
            </Text>
            {problem && <ErrorBanner problem={problem} />}
            {done && (
              <Alert color="green" role="status">
                {t('settings.password.done')}
              </Alert>
            )}
            <PasswordInput
              label={t('settings.password.current')}
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={problem?.fields.currentPassword}
              required
            />
            <PasswordInput
              label={t('settings.password.new')}
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              error={problem?.fields.newPassword}
              required
            />
            <Button type="submit" loading={fetching} w="fit-content">
              {t('settings.password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
