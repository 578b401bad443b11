import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { BrochureKind, BrochureLanguage, BrochureRowFragment } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { fetchFile, saveFile } from '../../ui/api/download';
import { DateTime, LocalDate } from '../../ui/dates';
import { formatBytes, formatNumber } from '../../ui/format/numbers';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { useUser } from '../../ui/session/use-session';
import { ErrorBanner, Loading } from '../../ui/states';
import { BrochuresDocument, BrochureTendersDocument, GenerateBrochureDocument, TenderBidsDocument } from './brochures.graphql';

/** A stable context object (a new one each render would re-run the query). */
const BROCHURE_CONTEXT = { additionalTypenames: ['Brochure'] };

/** Downloads a brochure's PDF with the session's token (the API route needs it), as a file. */
function DownloadButton({ b, variant = 'light' }: { b: BrochureRowFragment; variant?: 'light' | 'filled' }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    try {
      const pdf = await fetchFile(b.downloadUrl);
      saveFile(`totalfly-${b.kind.toLowerCase()}-${b.language.toLowerCase()}-${b.id}.pdf`, pdf, 'application/pdf');
      setProblem(null);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={2}>
      <Button
        size="xs"
        variant={variant}
        loading={busy}
        onClick={() => void download()}
        aria-label={t('brochures.downloadOne', { id: b.id })}
      >
        {t('brochures.download')}
      </Button>
      {problem && (
        <Text size="xs" c="red.9" role="alert">
          {problem}
        </Text>
      )}
    </Stack>
  );
}

function Facts({ b }: { b: BrochureRowFragment }) {
  const { t, lang } = useI18n();
  return <Text size="sm">{t('brochures.facts', { pages: formatNumber(b.pageCount, lang), size: formatBytes(b.byteSize, lang) })}</Text>;
}

/** Make the network brochure or a tender brochure in bokmål or English; see pages and size; download. */
function MakeBrochure({ onMade }: { onMade(b: BrochureRowFragment): void }) {
  const { t } = useI18n();
  const user = useUser();
  const association = user.role !== 'FIRM_USER';
  const [kind, setKind] = useState<BrochureKind>('NETWORK');
  const [language, setLanguage] = useState<BrochureLanguage>('NB');
  const [tenderId, setTenderId] = useState<string | null>(null);
  const [source, setSource] = useState<string | null>('rank:1');
  const [statedDate, setStatedDate] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ data: tenders }] = useQuery({ query: BrochureTendersDocument, pause: !association || kind !== 'TENDER' });
  const [{ data: bids }] = useQuery({
    query: TenderBidsDocument,
    variables: { tenderId: Number(tenderId) },
    pause: !tenderId || kind !== 'TENDER',
  });
  const [{ fetching }, generate] = useMutation(GenerateBrochureDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const [what, value] = (source ?? '').split(':');
    const r = await generate({
      input: {
        kind,
        language,
        ...(statedDate ? { statedDate } : {}),
        ...(kind === 'TENDER'
          ? {
              tenderId: tenderId ? Number(tenderId) : null,
              ...(what === 'bid' ? { bidId: Number(value) } : { alternativeRank: Number(value || 1) }),
            }
          : {}),
      },
    });
    if (r.error || !r.data) return setProblem(describeError(r.error));
    setProblem(null);
    onMade(r.data.generateBrochure);
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('brochures.make')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('brochures.make')}
          </Title>
          {problem && <ErrorBanner problem={problem} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {association && (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="brochure-kind">
                  {t('brochures.kind')}
                </Text>
                <SegmentedControl
                  aria-labelledby="brochure-kind"
                  value={kind}
                  onChange={(v) => setKind(v as BrochureKind)}
                  data={[
                    { value: 'NETWORK', label: t('brochures.kind.NETWORK') },
                    { value: 'TENDER', label: t('brochures.kind.TENDER') },
                  ]}
                />
              </Stack>
            )}
            <Stack gap={4}>
              <Text size="sm" fw={500} id="brochure-language">
                {t('brochures.language')}
              </Text>
              <SegmentedControl
                aria-labelledby="brochure-language"
                value={language}
                onChange={(v) => setLanguage(v as BrochureLanguage)}
                data={[
                  { value: 'NB', label: 'Norsk' },
                  { value: 'EN', label: 'English' },
                ]}
              />
            </Stack>
            {kind === 'TENDER' && (
              <>
                <Select
                  label={t('brochures.tender')}
                  required
                  searchable
                  data={(tenders?.tenders.nodes ?? []).map((x) => ({ value: String(x.id), label: x.title }))}
                  value={tenderId}
                  onChange={(v) => {
                    setTenderId(v);
                    setSource('rank:1');
                  }}
                  error={problem?.fields.tenderId}
                />
                <Select
                  label={t('brochures.consortium')}
                  data={[
                    ...[1, 2, 3].map((r) => ({ value: `rank:${r}`, label: t('brochures.alternative', { rank: r }) })),
                    ...(bids?.bids ?? []).map((b) => ({ value: `bid:${b.id}`, label: t('brochures.bid', { title: b.title }) })),
                  ]}
                  value={source}
                  onChange={setSource}
                  allowDeselect={false}
                  error={problem?.fields.bidId ?? problem?.fields.alternativeRank}
                />
              </>
            )}
            <TextInput
              type="date"
              label={t('brochures.statedDate')}
              description={t('brochures.statedDateHint')}
              value={statedDate}
              onChange={(e) => setStatedDate(e.currentTarget.value)}
              error={problem?.fields.statedDate}
            />
          </SimpleGrid>
          <Button type="submit" loading={fetching} w="fit-content">
            {t('brochures.makeSubmit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * Brosjyrer: capability brochures for buyers, made from the live register as PDF. (The console's
 * path is /materials: /brochures is the API's download route.)
 */
export function BrochuresPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const [{ data, fetching, error }] = useQuery({ query: BrochuresDocument, context: BROCHURE_CONTEXT });
  const [made, setMade] = useState<BrochureRowFragment | null>(null);
  const contact = data?.networkContact;
  return (
    <Page title={t('brochures.title')}>
      <MakeBrochure onMade={setMade} />
      {made && (
        <Alert color="green" variant="light" role="status" title={t('brochures.made', { id: made.id })}>
          <Group justify="space-between" wrap="wrap">
            <Facts b={made} />
            <DownloadButton b={made} variant="filled" />
          </Group>
        </Alert>
      )}
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && (
        <>
          <Paper withBorder p="md">
            <Stack gap={4}>
              <Title order={2} size="h4">
                {t('brochures.contact')}
              </Title>
              {contact ? (
                <Text size="sm">
                  {contact.name}, {lang === 'nb' ? contact.roleNb : contact.roleEn} · {contact.email} · {contact.phone}
                </Text>
              ) : (
                <Text size="sm" c="red.9">
                  {t('brochures.noContact')}
                </Text>
              )}
              {(user.role === 'ADMIN' || user.role === 'PROJECT_LEADER') && (
                <Anchor component={Link} to="/admin/contact" size="sm">
                  {t('brochures.editContact')}
                </Anchor>
              )}
            </Stack>
          </Paper>
          <Title order={2} size="h4">
            {t('brochures.earlier')}
          </Title>
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('brochures.kind')}</Table.Th>
                  <Table.Th>{t('brochures.language')}</Table.Th>
                  <Table.Th>{t('brochures.statedDate')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('brochures.pages')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('brochures.size')}</Table.Th>
                  <Table.Th>{t('brochures.madeAt')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('brochures.download')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.brochures.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      <Badge variant="light">{t(`brochures.kind.${b.kind}`)}</Badge>
                      {b.tenderId && (
                        <Text size="xs" c="dimmed">
                          {t('brochures.forTender', { id: b.tenderId })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{b.language === 'NB' ? 'Norsk' : 'English'}</Table.Td>
                    <Table.Td>
                      <LocalDate value={b.statedDate} />
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatNumber(b.pageCount, lang)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatBytes(b.byteSize, lang)}</Table.Td>
                    <Table.Td>
                      <DateTime value={b.createdAt} />
                    </Table.Td>
                    <Table.Td>
                      <DownloadButton b={b} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Page>
  );
}
