import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { CertificateType, MemberRegisterQuery } from '../../gql/graphql';
import { certificateOptions } from '../../ui/certificates';
import { useFilterParams } from '../../ui/filter-params';
import { formatNumber } from '../../ui/format/numbers';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { RegisterDocument } from './members.graphql';

type Firm = MemberRegisterQuery['members']['nodes'][number];

function FirmCard({ m }: { m: Firm }) {
  const { t, lang } = useI18n();
  const valid = m.certificates.filter((c) => !c.expired);
  return (
    <Paper withBorder p="md" component="article" aria-label={m.name}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h5">
            <Anchor component={Link} to={`/members/${m.id}`}>
              {m.name}
            </Anchor>
          </Title>
          {m.status !== 'ACTIVE' && (
            <Badge color="gray" variant="light">
              {t(`memberStatus.${m.status}`)}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {[m.municipality, m.employeeBand ? t('members.employees', { band: m.employeeBand }) : null].filter(Boolean).join(' · ') || '–'}
        </Text>
        {m.capabilities.length > 0 && <Text size="sm">{m.capabilities.map((c) => (lang === 'nb' ? c.nameNb : c.name)).join(', ')}</Text>}
        {valid.length > 0 && (
          <Group gap={4}>
            {valid.map((c) => (
              <Badge key={c.id} variant="outline" size="sm">
                {c.label}
              </Badge>
            ))}
          </Group>
        )}
        {m.illustrative && (
          <Text size="xs" c="dimmed">
            {t('firm.illustrative')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** One page of results (its own request); "more" adds the next page below it. */
function Results({ filter, after, last, onMore }: { filter: object; after: string | null; last: boolean; onMore(cursor: string): void }) {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: RegisterDocument, variables: { filter, after } });
  if (error) return <ErrorBanner error={error} />;
  if (!data) return fetching ? <Loading /> : null;
  const page = data.members;
  return (
    <>
      {after === null && (
        <Text size="sm" role="status">
          {t('members.count', { n: formatNumber(page.totalCount, lang) })}
        </Text>
      )}
      {after === null && page.totalCount === 0 && <Empty title={t('members.none')} hint={t('members.noneHint')} />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {page.nodes.map((m) => (
          <FirmCard key={m.id} m={m} />
        ))}
      </SimpleGrid>
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <Button variant="default" w="fit-content" onClick={() => onMore(page.pageInfo.endCursor!)}>
          {t('members.more')}
        </Button>
      )}
    </>
  );
}

/**
 * The member register for everyone: firms with their capabilities and valid certificates, searched
 * by name, capability or certificate; each firm's public profile one click away. The search is kept
 * in the address.
 */
export function RegisterPage() {
  const { t, lang } = useI18n();
  const [params, set] = useFilterParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const capability = params.get('capability');
  const certificate = params.get('certificate') as CertificateType | null;
  const [search] = useDebouncedValue(text, 300);
  const [{ data: catalogue }] = useQuery({ query: RegisterDocument, variables: { filter: {}, after: null } });
  useEffect(() => {
    if ((params.get('q') ?? '') !== search.trim()) set({ q: search.trim() || null });
  }, [search]);
  const filter = {
    ...(search.trim() ? { text: search.trim() } : {}),
    ...(capability ? { capabilityCode: capability } : {}),
    ...(certificate ? { certificateType: certificate } : {}),
  };
  const key = JSON.stringify(filter);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [key]);
  return (
    <Page title={t('members.title')}>
      <Paper withBorder p="md" component="form" role="search" aria-label={t('members.search')} onSubmit={(e) => e.preventDefault()}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput label={t('members.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} w={260} />
          <Select
            label={t('members.capability')}
            searchable
            clearable
            data={(catalogue?.capabilityCatalogue ?? []).map((c) => ({ value: c.code, label: lang === 'nb' ? c.nameNb : c.nameEn }))}
            value={capability}
            onChange={(v) => set({ capability: v })}
            w={280}
          />
          <Select
            label={t('members.certificate')}
            description={t('members.certificateHint')}
            clearable
            data={certificateOptions(t)}
            value={certificate}
            onChange={(v) => set({ certificate: v })}
            w={220}
          />
        </Group>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('members.demoNote')}
      </Text>
      {cursors.map((c, i) => (
        <Results
          key={`${key}|${c ?? ''}`}
          filter={filter}
          after={c}
          last={i === cursors.length - 1}
          onMore={(cursor) => setCursors([...cursors, cursor])}
        />
      ))}
    </Page>
  );
}
