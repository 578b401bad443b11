import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ApiProblem } from '../api/errors';
import { useT } from '../i18n/i18n';
import { ErrorBanner } from '../states';
import { session } from './session-store';

/** E-mail and password; the API's message (wrong password, too many attempts) shown as it says it. */
export function SignInForm({ email: initialEmail = '', onSignedIn }: { email?: string; onSignedIn?(): void }) {
  const t = useT();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const p = await session.signIn(email, password);
    setBusy(false);
    setProblem(p);
    if (!p) onSignedIn?.();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        {problem && <ErrorBanner problem={problem} />}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={problem?.fields.email}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={problem?.fields.password}
        />
        <Button type="submit" loading={busy}>
          {t('auth.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
