import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { LoanAgreementQuery } from '../../gql/graphql';
import { fetchFile, saveFile } from '../../ui/api/download';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { DateRange, DateTime, LocalDate } from '../../ui/dates';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { ReasonModal } from '../../ui/reason-modal';
import { ErrorBanner, Loading } from '../../ui/states';
import { AgreementStatusBadge } from './agreements-table';
import { monthLabel } from './months';
import {
  ConfirmLoanAgreementDocument,
  ConfirmLoanHoursDocument,
  DeclineLoanAgreementDocument,
  LoanAgreementDocument,
  RejectLoanHoursDocument,
  ReportLoanHoursDocument,
} from './exchange.graphql';

const AGREEMENT_CONTEXT = { additionalTypenames: ['LoanAgreement', 'LoanHoursReport', 'ExchangePosting'] };

type Agreement = LoanAgreementQuery['loanAgreement'];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/**
 * One loan agreement as its two firms and the association see it: the firms, the hours and
 * period, the price and the non-solicitation term copied from the common terms in force when it
 * was proposed, each side's confirmation, the PDF for signing, and the hours per month.
 */
export function AgreementPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const [{ data, fetching, error }] = useQuery({ query: LoanAgreementDocument, variables: { id }, context: AGREEMENT_CONTEXT });
  const a = data?.loanAgreement;
  return (
    <Page
      title={t('exchange.agreementNo', { id })}
      actions={
        <Button component={Link} to="/capacity" variant="default" size="xs">
          {t('exchange.backToExchange')}
        </Button>
      }
    >
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {a && (
        <Stack gap="md">
          <Facts a={a} />
          <Terms a={a} />
          <Confirmations a={a} />
          <Hours a={a} />
        </Stack>
      )}
    </Page>
  );
}

function Facts({ a }: { a: Agreement }) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Fact label={t('exchange.statusLabel')}>
          <AgreementStatusBadge status={a.status} />
        </Fact>
        <Fact label={t('exchange.lender')}>{a.lender.name}</Fact>
        <Fact label={t('exchange.borrower')}>{a.borrower.name}</Fact>
        <Fact label={t('exchange.capability')}>
          {a.capability ? `${lang === 'en' ? a.capability.nameEn : a.capability.nameNb} (${a.capabilityCode})` : a.capabilityCode} ·{' '}
          {t(`exchange.resource.${a.resource}`)}
        </Fact>
        <Fact label={t('exchange.hours')}>{a.hours}</Fact>
        <Fact label={t('exchange.period')}>
          <DateRange from={a.periodStart} to={a.periodEnd} />
        </Fact>
        {a.reason && <Fact label={t('exchange.reason')}>{a.reason}</Fact>}
        {a.note && <Fact label={t('exchange.note')}>{a.note}</Fact>}
      </SimpleGrid>
    </Paper>
  );
}

function Terms({ a }: { a: Agreement }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const pct = (bp: number) => (bp / 100).toLocaleString(t('exchange.locale'), { maximumFractionDigits: 2 });
  const download = (lang: 'nb' | 'en') =>
    fetchFile(`${a.pdfUrl}${a.pdfUrl.includes('?') ? '&' : '?'}language=${lang}`).then(
      (blob) => {
        setFailed(false);
        saveFile(`laneavtale-${a.id}-${lang}.pdf`, blob);
      },
      () => setFailed(true),
    );
  return (
    <Stack component="section" aria-labelledby="terms-heading" gap="sm">
      <Title order={2} size="h4" id="terms-heading">
        {t('exchange.terms', { version: a.termsVersion })}
      </Title>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Fact label={t('exchange.pricePerHour')}>
            <Money value={a.pricePerHour} />
          </Fact>
          <Fact label={t('exchange.agreedAmount')}>
            <Money value={a.agreedAmount} />
          </Fact>
          <Fact label={t('exchange.pricing')}>
            {a.pricingBasis === 'TABLE' ? t('exchange.pricingTable') : t('exchange.pricingCostPlus', { pct: pct(a.markupBp) })}
          </Fact>
          <Fact label={t('exchange.nonSolicitation')}>
            {t('exchange.nonSolicitationText', { months: a.nonSolicitationMonths })} <LocalDate value={a.nonSolicitationUntil} />
          </Fact>
          <Fact label={t('exchange.serviceFee')}>
            {t('exchange.serviceFeeText', { pct: pct(a.serviceFeeBp), payer: t(`exchange.payer.${a.serviceFeePaidBy}`) })}
          </Fact>
          <Fact label={t('exchange.termsSource')}>
            {a.boardDecision} (<LocalDate value={a.termsValidFrom} />)
          </Fact>
        </SimpleGrid>
      </Paper>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => void download('nb')}>
          {t('exchange.pdfNb')}
        </Button>
        <Button variant="default" size="xs" onClick={() => void download('en')}>
          {t('exchange.pdfEn')}
        </Button>
        {failed && (
          <Text size="sm" c="red.9" role="alert">
            {t('exchange.pdfFailed')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

function Confirmations({ a }: { a: Agreement }) {
  const { t } = useI18n();
  const user = useUser();
  const firmId = user.firm?.id ?? null;
  const side = firmId === a.lenderId ? 'lender' : firmId === a.borrowerId ? 'borrower' : null;
  const mineConfirmed = side === 'lender' ? a.lenderConfirmedAt : side === 'borrower' ? a.borrowerConfirmedAt : null;
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [declining, setDeclining] = useState(false);
  const [{ fetching }, confirm] = useMutation(ConfirmLoanAgreementDocument);
  const doConfirm = async () => {
    const r = await confirm({ id: a.id }, AGREEMENT_CONTEXT);
    setProblem(r.error ? describeError(r.error) : null);
  };
  return (
    <Stack component="section" aria-labelledby="confirm-heading" gap="sm">
      <Title order={2} size="h4" id="confirm-heading">
        {t('exchange.confirmations')}
      </Title>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text size="sm">
            {t('exchange.lenderSide', { firm: a.lender.name })}:{' '}
            {a.lenderConfirmedAt ? <DateTime value={a.lenderConfirmedAt} /> : t('exchange.notYetConfirmed')}
          </Text>
          <Text size="sm">
            {t('exchange.borrowerSide', { firm: a.borrower.name })}:{' '}
            {a.borrowerConfirmedAt ? <DateTime value={a.borrowerConfirmedAt} /> : t('exchange.notYetConfirmed')}
          </Text>
          {problem && <ErrorBanner problem={problem} />}
          {a.status === 'PROPOSED' && side && !mineConfirmed && (
            <Group gap="xs">
              <Button onClick={() => void doConfirm()} loading={fetching}>
                {t(side === 'lender' ? 'exchange.confirmAsLender' : 'exchange.confirmAsBorrower')}
              </Button>
              <Button variant="default" onClick={() => setDeclining(true)}>
                {t('exchange.decline')}
              </Button>
            </Group>
          )}
          {a.status === 'PROPOSED' && side && mineConfirmed && (
            <Alert variant="light" color="gray">
              {t('exchange.waitingForOther')}
            </Alert>
          )}
        </Stack>
      </Paper>
      {declining && <DeclineModal a={a} onClose={() => setDeclining(false)} />}
    </Stack>
  );
}

function Hours({ a }: { a: Agreement }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const firmId = user.firm?.id ?? null;
  const lender = firmId === a.lenderId;
  const borrower = firmId === a.borrowerId;
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [rejecting, setRejecting] = useState<number | null>(null);
  const [{ fetching }, confirmHours] = useMutation(ConfirmLoanHoursDocument);
  const inForce = a.status === 'CONFIRMED';
  return (
    <Stack component="section" aria-labelledby="hours-heading" gap="sm">
      <Title order={2} size="h4" id="hours-heading">
        {t('exchange.hoursPerMonth')}
      </Title>
      {problem && <ErrorBanner problem={problem} />}
      {a.hoursReports.length === 0 ? (
        <Text size="sm" c="dimmed">
          {inForce ? t('exchange.noHoursYet') : t('exchange.hoursAfterConfirm')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('exchange.hoursPerMonth')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.month')}</Table.Th>
                <Table.Th ta="right">{t('exchange.hours')}</Table.Th>
                <Table.Th ta="right">{t('exchange.amount')}</Table.Th>
                <Table.Th ta="right">{t('exchange.serviceFee')}</Table.Th>
                <Table.Th>{t('exchange.statusLabel')}</Table.Th>
                {lender && <Table.Th>{t('form.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.hoursReports.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>{monthLabel(h.month, lang)}</Table.Td>
                  <Table.Td ta="right">{h.hours}</Table.Td>
                  <Table.Td ta="right">
                    <Money value={h.amount} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Money value={h.serviceFee} />
                  </Table.Td>
                  <Table.Td>
                    {t(`exchange.hoursStatus.${h.status}`)}
                    {h.rejectReason ? `: ${h.rejectReason}` : ''}
                  </Table.Td>
                  {lender && (
                    <Table.Td>
                      {h.status === 'REPORTED' && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            loading={fetching}
                            onClick={() =>
                              void confirmHours({ id: h.id }, AGREEMENT_CONTEXT).then((r) =>
                                setProblem(r.error ? describeError(r.error) : null),
                              )
                            }
                          >
                            {t('exchange.confirmHoursOf', { month: monthLabel(h.month, lang) })}
                          </Button>
                          <Button size="xs" variant="default" onClick={() => setRejecting(h.id)}>
                            {t('exchange.rejectHours')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {borrower && inForce && <ReportHoursForm a={a} />}
      {rejecting !== null && <RejectHoursModal hoursId={rejecting} onClose={() => setRejecting(null)} />}
    </Stack>
  );
}

function ReportHoursForm({ a }: { a: Agreement }) {
  const { t } = useI18n();
  const [month, setMonth] = useState(a.periodStart.slice(0, 7));
  const [hours, setHours] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [hoursProblem, setHoursProblem] = useState<string | null>(null);
  const [{ fetching }, report] = useMutation(ReportLoanHoursDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d+$/.test(hours.trim())) return setHoursProblem(t('exchange.hoursWhole'));
    setHoursProblem(null);
    const r = await report({ input: { agreementId: a.id, month, hours: Number(hours.trim()) } }, AGREEMENT_CONTEXT);
    if (r.error) return setProblem(describeError(r.error));
    setProblem(null);
    setHours('');
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('exchange.reportHours')}>
        <Stack gap="sm">
          {problem && <ErrorBanner problem={problem} />}
          <Group align="flex-start" wrap="wrap">
            <TextInput
              type="month"
              label={t('exchange.month')}
              value={month}
              onChange={(e) => setMonth(e.currentTarget.value)}
              error={problem?.fields.month}
            />
            <TextInput
              label={t('exchange.hoursUsed')}
              inputMode="numeric"
              value={hours}
              onChange={(e) => setHours(e.currentTarget.value)}
              error={hoursProblem ?? problem?.fields.hours}
            />
          </Group>
          <Text size="xs" c="dimmed">
            {t('exchange.reportHint')}
          </Text>
          <Group justify="flex-end">
            <Button type="submit" loading={fetching}>
              {t('exchange.reportHours')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function DeclineModal({ a, onClose }: { a: Agreement; onClose(): void }) {
  const { t } = useI18n();
  const [, decline] = useMutation(DeclineLoanAgreementDocument);
  return (
    <ReasonModal
      title={t('exchange.decline')}
      label={t('exchange.reason')}
      description={t('exchange.reasonHint')}
      submitLabel={t('exchange.decline')}
      onSubmit={(reason) => decline({ id: a.id, reason }, AGREEMENT_CONTEXT)}
      onClose={onClose}
    />
  );
}

function RejectHoursModal({ hoursId, onClose }: { hoursId: number; onClose(): void }) {
  const { t } = useI18n();
  const [, reject] = useMutation(RejectLoanHoursDocument);
  return (
    <ReasonModal
      title={t('exchange.rejectHours')}
      label={t('exchange.reason')}
      submitLabel={t('exchange.rejectHours')}
      onSubmit={(reason) => reject({ id: hoursId, reason }, AGREEMENT_CONTEXT)}
      onClose={onClose}
    />
  );
}
