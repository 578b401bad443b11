import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { CertificateType, LossReason, TenderQuery, TenderStage } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { certificateName, certificateOptions } from '../../ui/certificates';
import { DateTime, LocalDate } from '../../ui/dates';
import { requirementName, useCapabilityName } from '../../ui/capabilities';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { ErrorBanner, Loading } from '../../ui/states';
import { STAGE_COLOR } from './options';
import { AddRequirementDocument, AskForGoDocument, MoveStageDocument, RemoveRequirementDocument, TenderDocument } from './tenders.graphql';

/** Lists that may start empty: a mutation of these types refreshes the screen (urql's document cache). */
const TENDER_CONTEXT = { additionalTypenames: ['Requirement', 'Bid'] };

type Tender = TenderQuery['tender'];
const LOSS_REASONS: LossReason[] = [
  'PRICE',
  'QUALITY',
  'DELIVERY_TIME',
  'CAPACITY',
  'MISSING_CERTIFICATION',
  'REQUIREMENTS_NOT_MET',
  'SECURITY_CLEARANCE',
  'PARTNER_DROPPED_OUT',
  'STRATEGIC',
  'OTHER',
];
function StageMover({ tender }: { tender: Tender }) {
  const { t } = useI18n();
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [lossReason, setLossReason] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, move] = useMutation(MoveStageDocument);
  if (!tender.nextStages.length) return null;
  const needsLoss = to === 'LOST' || to === 'WITHDRAWN';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!to) return;
    const r = await move({
      input: {
        tenderId: tender.id,
        to: to as TenderStage,
        reason: reason || null,
        lossReason: needsLoss ? ((lossReason as LossReason) ?? null) : null,
      },
    });
    setProblem(r.error ? describeError(r.error) : null);
    if (!r.error) {
      setTo(null);
      setReason('');
    }
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('tender.move.title')}
          </Title>
          {problem && <ErrorBanner problem={problem} />}
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('tender.move.to')}
              data={tender.nextStages.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
              value={to}
              onChange={setTo}
              w={240}
            />
            {needsLoss && (
              <Select
                label={t('tender.move.lossReason')}
                required
                data={LOSS_REASONS.map((r) => ({ value: r, label: t(`loss.${r}`) }))}
                value={lossReason}
                onChange={setLossReason}
                error={problem?.fields.lossReason}
                w={240}
              />
            )}
            <TextInput
              label={t('tender.move.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={problem?.fields.reason}
              w={280}
            />
            <Button type="submit" loading={fetching} disabled={!to}>
              {t('tender.move.submit')}
            </Button>
          </Group>
          {(tender.stage === 'QUALIFYING' || tender.stage === 'NO_GO') && (
            <Text size="xs" c="dimmed">
              {t('tender.move.steeringHint')}
            </Text>
          )}
          {tender.stage === 'QUALIFYING' && <AskForGo tender={tender} />}
        </Stack>
      </form>
    </Paper>
  );
}

/** QUALIFYING: the project leader puts go/no-go to the committee; its decision moves the stage. */
function AskForGo({ tender }: { tender: Tender }) {
  const { t } = useI18n();
  const [{ fetching }, ask] = useMutation(AskForGoDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [asked, setAsked] = useState(false);
  return (
    <Stack gap="xs">
      {problem && <ErrorBanner problem={problem} />}
      {asked ? (
        <Text size="sm" role="status">
          {t('tender.askedForGo')}{' '}
          <Anchor component={Link} to="/decisions">
            {t('nav.decisions')}
          </Anchor>
        </Text>
      ) : (
        <Button
          variant="light"
          w="fit-content"
          loading={fetching}
          onClick={async () => {
            const r = await ask({ tenderId: tender.id });
            setProblem(r.error ? describeError(r.error) : null);
            setAsked(!r.error);
          }}
        >
          {t('tender.askForGo')}
        </Button>
      )}
    </Stack>
  );
}

function RequirementForm({ tender, catalogue }: { tender: Tender; catalogue: TenderQuery['capabilityCatalogue'] }) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [hours, setHours] = useState<number | string>(100);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [mandatory, setMandatory] = useState(true);
  const [certs, setCerts] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, add] = useMutation(AddRequirementDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await add({
      input: {
        tenderId: tender.id,
        capabilityCode: code ?? '',
        description: description || null,
        hours: Number(hours),
        windowStart: start,
        windowEnd: end,
        mandatory,
        requiredCertificates: certs.map((c) => ({ type: c as CertificateType })),
      },
    });
    setProblem(r.error ? describeError(r.error) : null);
    if (!r.error) {
      setDescription('');
      setCerts([]);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('tender.req.add')}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('tender.req.add')}
        </Title>
        {problem && <ErrorBanner problem={problem} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('tender.req.capability')}
            required
            searchable
            data={catalogue.map((c) => ({ value: c.code, label: `${lang === 'nb' ? c.nameNb : c.nameEn} (${c.code})` }))}
            value={code}
            onChange={setCode}
            error={problem?.fields.capabilityCode}
          />
          <TextInput
            label={t('tender.req.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={problem?.fields.description}
          />
          <NumberInput
            label={t('tender.req.hours')}
            required
            min={1}
            allowDecimal={false}
            value={hours}
            onChange={setHours}
            error={problem?.fields.hours}
          />
          <TextInput
            type="date"
            label={t('tender.req.windowStart')}
            required
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={problem?.fields.windowStart}
          />
          <TextInput
            type="date"
            label={t('tender.req.windowEnd')}
            required
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
            error={problem?.fields.windowEnd}
          />
          <MultiSelect label={t('tender.req.certificates')} data={certificateOptions(t)} value={certs} onChange={setCerts} clearable />
        </SimpleGrid>
        <Checkbox label={t('tender.req.mandatory')} checked={mandatory} onChange={(e) => setMandatory(e.currentTarget.checked)} />
        <Button type="submit" loading={fetching} w="fit-content">
          {t('tender.req.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** One tender: its facts, requirements, stage, and the way to its consortium suggestion and bids. */
export function TenderPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const [{ data, fetching, error }, reload] = useQuery({ query: TenderDocument, variables: { id }, context: TENDER_CONTEXT });
  const [, remove] = useMutation(RemoveRequirementDocument);
  const [removeProblem, setRemoveProblem] = useState<ApiProblem | null>(null);
  const tender = data?.tender;
  const capabilityName = useCapabilityName(data?.capabilityCatalogue);
  const canSuggest = tender && (tender.stage === 'GO' || tender.stage === 'BID_IN_PREPARATION');
  return (
    <Page
      title={tender?.title ?? t('tender.title')}
      actions={
        canSuggest &&
        (tender.requirements.length > 0 && tender.requirements.every((r) => r.hours > 0) ? (
          <Button component={Link} to={`/tenders/${id}/suggestion`}>
            {t('tender.suggest')}
          </Button>
        ) : (
          // the solver needs every requirement with its hours: say what to do rather than offer a refusal
          <Text size="sm" c="dimmed" maw={320}>
            {t(tender.requirements.length ? 'tender.suggestNeedsHours' : 'tender.suggestNeedsRequirements')}
          </Text>
        ))
      }
    >
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {tender && (
        <>
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t('tenders.buyer')}
                </Text>
                <Text fw={500}>{tender.buyerName}</Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t('tenders.stage')}
                </Text>
                <div>
                  <Badge color={STAGE_COLOR[tender.stage]} variant="light">
                    {t(`stage.${tender.stage}`)}
                  </Badge>
                </div>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t('tenders.deadline')}
                </Text>
                <Text fw={500}>
                  <DateTime value={tender.deadline} />
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t('tenders.value')}
                </Text>
                <Text fw={500}>
                  <Money value={tender.estimatedValue} />
                </Text>
              </Stack>
            </SimpleGrid>
            {tender.description && (
              <Text size="sm" mt="sm">
                {tender.description}
              </Text>
            )}
            {data.bids.length > 0 && (
              <Group gap="xs" mt="sm">
                <Text size="sm">{t('tender.bids')}</Text>
                {data.bids.map((b) => (
                  <Anchor key={b.id} component={Link} to={`/bids/${b.id}`} size="sm">
                    {b.title} ({t(`bidStatus.${b.status}`)})
                  </Anchor>
                ))}
              </Group>
            )}
          </Paper>
          <StageMover tender={tender} />
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('tender.req.title')}
              </Title>
              {removeProblem && <ErrorBanner problem={removeProblem} />}
              {tender.requirements.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('tender.req.empty')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={700}>
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('tender.req.capability')}</Table.Th>
                        <Table.Th>{t('tender.req.hours')}</Table.Th>
                        <Table.Th>{t('inbox.window')}</Table.Th>
                        <Table.Th>{t('tender.req.certificates')}</Table.Th>
                        <Table.Th>
                          <span className="visually-hidden">{t('form.actions')}</span>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {tender.requirements.map((r) => (
                        <Table.Tr key={r.id}>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {requirementName(r, capabilityName)}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {r.description ? `${capabilityName(r.capabilityCode)} (${r.capabilityCode})` : r.capabilityCode} ·{' '}
                              {r.mandatory ? t('tender.req.isMandatory') : t('tender.req.optional')}
                              {r.draft ? ` · ${t('tender.req.draft')}` : ''}
                            </Text>
                          </Table.Td>
                          <Table.Td>{t('unit.hours', { n: r.hours })}</Table.Td>
                          <Table.Td>
                            <LocalDate value={r.windowStart} /> – <LocalDate value={r.windowEnd} />
                          </Table.Td>
                          <Table.Td>{r.requiredCertificates.map((c) => certificateName(t, c.type)).join(', ') || '–'}</Table.Td>
                          <Table.Td>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('tender.req.remove', { name: requirementName(r, capabilityName) })}
                              onClick={async () => {
                                const res = await remove({ id: r.id });
                                setRemoveProblem(res.error ? describeError(res.error) : null);
                                reload({ requestPolicy: 'network-only' });
                              }}
                            >
                              ×
                            </ActionIcon>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <RequirementForm tender={tender} catalogue={data.capabilityCatalogue} />
            </Stack>
          </Paper>
        </>
      )}
    </Page>
  );
}
