import {
  Accordion,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { SuggestionQuery } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { useI18n } from '../../ui/i18n/i18n';
import { formatShare } from '../../ui/format/numbers';
import { requirementName, useCapabilityName } from '../../ui/capabilities';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { distinctWarnings, firmWarningText, ineligibilityText, uncoveredText } from './ineligibility';
import { ComposeBidDocument, SuggestionDocument } from './matching.graphql';

type Alternative = SuggestionQuery['suggestConsortia']['alternatives'][number];

function AlternativeCard({
  alt,
  labels,
  onCompose,
  busy,
}: {
  alt: Alternative;
  labels: Map<number, string>;
  onCompose(): void;
  busy: boolean;
}) {
  const { t, lang } = useI18n();
  const pct = Math.round(alt.coverage * 1000) / 10;
  return (
    <Card withBorder component="article" aria-labelledby={`alt-${alt.rank}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={`alt-${alt.rank}`}>
            {t('suggest.alternative', { rank: alt.rank })}
          </Title>
          {alt.provenOptimal && (
            <Badge color="green" variant="light">
              {t('suggest.optimal')}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={3}>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('suggest.coverage')}
            </Text>
            <Text fw={600}>{formatShare(alt.coverage, lang)}</Text>
            <Progress value={pct} aria-label={t('suggest.coverage')} size="sm" />
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('suggest.cost')}
            </Text>
            <Text fw={600}>
              <Money value={alt.estimatedCost} />
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('suggest.firms')}
            </Text>
            <Text fw={600}>{alt.firmCount}</Text>
          </Stack>
        </SimpleGrid>
        {alt.uncoveredMandatoryHours > 0 && (
          <Alert color="orange" variant="light">
            {t('suggest.uncoveredMandatory', { n: alt.uncoveredMandatoryHours })}
          </Alert>
        )}
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('suggest.firm')}</Table.Th>
              <Table.Th>{t('suggest.does')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('suggest.cost')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {alt.firms.map((f) => (
              <Table.Tr key={f.firmId}>
                <Table.Td fw={500}>{f.firmName}</Table.Td>
                <Table.Td>
                  {f.assignments
                    .map((a) => `${labels.get(a.requirementId) ?? a.requirementId} (${t('unit.hours', { n: a.hours })})`)
                    .join('; ')}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  <Money value={f.estimatedCost} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Button onClick={onCompose} loading={busy} w="fit-content">
          {t('suggest.compose', { rank: alt.rank })}
        </Button>
      </Stack>
    </Card>
  );
}

/** Ranked consortia for a tender with coverage, cost and why other firms are left out; compose the bid from the one shown. */
export function SuggestionPage() {
  const { t, lang } = useI18n();
  const tenderId = Number(useParams().id);
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: SuggestionDocument, variables: { tenderId }, requestPolicy: 'network-only' });
  const [{ fetching: composing }, compose] = useMutation(ComposeBidDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // a tender in another currency: the firms' NOK costs become prices at the rate the leader gives (kept on the bid)
  const [rate, setRate] = useState('');
  const [rateMissing, setRateMissing] = useState(false);
  const currency = data?.tender.currency ?? 'NOK';
  const foreign = currency !== 'NOK';
  const s = data?.suggestConsortia;
  const capabilityName = useCapabilityName(data?.capabilityCatalogue);
  // each requirement by its description, else its capability's name (the API's label starts with the code)
  const labels = new Map((data?.tender.requirements ?? []).map((r) => [r.id, requirementName(r, capabilityName)]));
  const labelOf = (x: { requirementId: number; label: string }) => labels.get(x.requirementId) ?? x.label;
  const warnings = s ? distinctWarnings(s.explanations) : [];
  const composeFrom = async (alt: Alternative) => {
    // the bid is made from exactly what is on screen: the API refuses if the alternative has changed
    const seen = alt.firms.flatMap((f) => f.assignments.map((a) => ({ firmId: f.firmId, requirementId: a.requirementId, hours: a.hours })));
    const title = t('suggest.bidTitle', { title: data?.tender.title ?? '' });
    const exchangeRate = foreign ? rate.trim().replace(',', '.') : undefined;
    // checked here too, so the leader reads what is wrong under the field, in their language
    if (exchangeRate !== undefined && !(/^\d+(\.\d{1,6})?$/.test(exchangeRate) && Number(exchangeRate) > 0)) return setRateMissing(true);
    setRateMissing(false);
    const r = await compose({ input: { tenderId, rank: alt.rank, options: { alternatives: 3 }, seen, title, exchangeRate } });
    if (r.error || !r.data) return setProblem(describeError(r.error));
    navigate(`/bids/${r.data.createBidFromSuggestion.id}`);
  };
  return (
    <Page title={data ? t('suggest.titleFor', { title: data.tender.title }) : t('suggest.title')}>
      {error && <ErrorBanner error={error} withFields />}
      {problem && <ErrorBanner problem={problem} />}
      {!data && fetching && <Loading />}
      {s && !s.complete && (
        <Alert color="yellow" variant="light">
          {t('suggest.incomplete')}
        </Alert>
      )}
      {s && s.alternatives.length === 0 && <Empty title={t('suggest.none')} />}
      {s && s.alternatives.length > 0 && foreign && (
        <TextInput
          label={t('suggest.rate', { currency })}
          description={t('suggest.rateHelp', { currency })}
          value={rate}
          onChange={(e) => setRate(e.currentTarget.value)}
          error={rateMissing ? t('suggest.rateMissing') : undefined}
          inputMode="decimal"
          required
          w={320}
        />
      )}
      {s && s.uncovered.length > 0 && (
        <Alert color="orange" variant="light" title={t('suggest.uncovered')}>
          <List size="sm">
            {s.uncovered.map((u) => (
              <List.Item key={u.requirementId}>
                {labelOf(u)}: {uncoveredText(u, t, lang, capabilityName)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" title={t('suggest.warnings')}>
          <List size="sm" aria-label={t('suggest.warnings')}>
            {warnings.map((w, i) => (
              <List.Item key={i}>{firmWarningText(w, t, lang)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: s && s.alternatives.length > 1 ? 2 : 1 }}>
        {s?.alternatives.map((alt) => (
          <AlternativeCard key={alt.rank} alt={alt} labels={labels} busy={composing} onCompose={() => void composeFrom(alt)} />
        ))}
      </SimpleGrid>
      {s && s.explanations.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('suggest.whyNot')}
          </Title>
          <Accordion variant="separated">
            {s.explanations.map((e) => (
              <Accordion.Item key={e.requirementId} value={String(e.requirementId)}>
                <Accordion.Control>
                  {labelOf(e)} — {t('suggest.eligibleCount', { n: e.eligibleFirmIds.length })}
                </Accordion.Control>
                <Accordion.Panel>
                  {e.ineligible.length === 0 ? (
                    <Text size="sm">{t('suggest.allEligible')}</Text>
                  ) : (
                    <List size="sm" spacing={4}>
                      {e.ineligible.map((f) => (
                        <List.Item key={f.firmId}>
                          <Text span fw={600} size="sm">
                            {t('suggest.whyNotFirm', { firm: f.firmName })}
                          </Text>{' '}
                          {f.reasons.map((r) => ineligibilityText(r, t, lang, capabilityName)).join(' ')}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      )}
    </Page>
  );
}
