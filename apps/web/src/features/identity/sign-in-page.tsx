import { Alert, Center, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useI18n } from '../../ui/i18n/i18n';
import { SignInForm } from '../../ui/session/sign-in-form';

/** The first screen: sign in, in the language last chosen in this browser. */
export function SignInPage({ signedOut }: { signedOut?: boolean }) {
  const { t, lang, setLang } = useI18n();
  useEffect(() => {
    document.title = `${t('auth.title')} · TotAl-Fly`;
  }, [t]);
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420} radius="md">
        <Stack gap="md">
          <Stack gap={2}>
            <Title order={1} size="h2">
              TotAl-Fly
            </Title>
            <Text c="dimmed" size="sm">
              {t('auth.subtitle')}
            </Text>
          </Stack>
          <SegmentedControl
            size="xs"
            aria-label={t('language.choose')}
            value={lang}
            onChange={(v) => setLang(v === 'en' ? 'en' : 'nb')}
            data={[
              { value: 'nb', label: 'Norsk' },
              { value: 'en', label: 'English' },
            ]}
          />
          {signedOut && (
            <Alert color="green" variant="light" role="status">
              {t('auth.signedOut')}
            </Alert>
          )}
          <Title order={2} size="h4">
            {t('auth.title')}
          </Title>
          <SignInForm />
        </Stack>
      </Paper>
    </Center>
  );
}
