import { Alert, Button, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { NetworkContactInput } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { DateTime } from '../../ui/dates';
import { useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { ErrorBanner, Loading } from '../../ui/states';
import { NetworkContactDocument, SetNetworkContactDocument } from './brochures.graphql';

const EMPTY: NetworkContactInput = { name: '', roleNb: '', roleEn: '', email: '', phone: '', address: '' };

/** The network's contact for buyers, printed on every brochure made from now on. */
export function ContactPage() {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: NetworkContactDocument });
  const [form, setForm] = useState<NetworkContactInput>(EMPTY);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching: saving }, save] = useMutation(SetNetworkContactDocument);
  const current = data?.networkContact;
  useEffect(() => {
    if (current)
      setForm({
        name: current.name,
        roleNb: current.roleNb,
        roleEn: current.roleEn,
        email: current.email,
        phone: current.phone,
        address: current.address,
      });
  }, [current]);
  const field = (k: keyof NetworkContactInput) => ({
    value: form[k],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
    error: problem?.fields[k],
    required: true,
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const r = await save({ input: form });
    setProblem(r.error ? describeError(r.error) : null);
    setSaved(!r.error);
  };
  return (
    <Page title={t('contact.title')}>
      <Text size="sm" c="dimmed">
        {t('contact.hint')}
      </Text>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && (
        <Paper withBorder p="md" maw={820}>
          <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('contact.title')}>
            <Stack gap="sm">
              {problem && <ErrorBanner problem={problem} />}
              {saved && (
                <Alert color="green" variant="light" role="status">
                  {t('contact.saved')}
                </Alert>
              )}
              {current && (
                <Text size="xs" c="dimmed">
                  {t('contact.updated')} <DateTime value={current.updatedAt} />
                </Text>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('contact.name')} {...field('name')} />
                <TextInput label={t('contact.email')} type="email" {...field('email')} />
                <TextInput label={t('contact.roleNb')} {...field('roleNb')} />
                <TextInput label={t('contact.roleEn')} {...field('roleEn')} />
                <TextInput label={t('contact.phone')} type="tel" {...field('phone')} />
                <Textarea label={t('contact.address')} autosize minRows={2} {...field('address')} />
              </SimpleGrid>
              <Button type="submit" loading={saving} w="fit-content">
                {t('form.save')}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Page>
  );
}
