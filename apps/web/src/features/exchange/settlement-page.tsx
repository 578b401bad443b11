import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { saveFile } from '../../ui/api/download';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { DateRange } from '../../ui/dates';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { monthLabel } from './months';
import { ExchangeSettlementDocument, ExchangeSettlementExportDocument } from './exchange.graphql';

const SETTLEMENT_CONTEXT = { additionalTypenames: ['LoanHoursReport', 'LoanAgreement'] };

function thisMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' }).format(new Date());
}

/**
 * A period's settlement of loans (a month "2026-11", a quarter "2026-Q4" or a year "2026"): the
 * confirmed hours, what each firm owes the others after netting, the association's fees, and the
 * CSV in the person's format. A firm sees its own part; the API decides which.
 */
export function SettlementPage() {
  const { t, lang } = useI18n();
  const client = useClient();
  const [typed, setTyped] = useState(thisMonth());
  const [period, setPeriod] = useState(thisMonth());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: ExchangeSettlementDocument, variables: { period }, context: SETTLEMENT_CONTEXT });
  const s = data?.exchangeSettlement;
  const show = (e: FormEvent) => {
    e.preventDefault();
    setPeriod(typed.trim());
  };
  const exportCsv = async () => {
    const r = await client
      .query(ExchangeSettlementExportDocument, { period, format: lang === 'en' ? 'EN' : 'NB' }, { requestPolicy: 'network-only' })
      .toPromise();
    if (r.error || !r.data) return setProblem(describeError(r.error));
    setProblem(null);
    saveFile(`exchange-settlement-${period}.csv`, r.data.exchangeSettlementExport);
  };
  return (
    <Page
      title={t('exchange.settlementTitle')}
      actions={
        <Button component={Link} to="/capacity" variant="default" size="xs">
          {t('exchange.backToExchange')}
        </Button>
      }
    >
      <form onSubmit={show} noValidate aria-label={t('exchange.settlementPeriodForm')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('exchange.settlementPeriod')}
            description={t('exchange.settlementPeriodHint')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            error={error ? describeError(error).fields.period : undefined}
          />
          <Button type="submit">{t('exchange.settlementShow')}</Button>
          <Button variant="default" onClick={() => void exportCsv()} disabled={!s}>
            {t('exchange.settlementCsv')}
          </Button>
        </Group>
      </form>
      {problem && <ErrorBanner problem={problem} />}
      {error && !describeError(error).fields.period && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {s && (
        <Stack gap="md">
          <Text size="sm">
            {t('exchange.settlementFor', { period: s.period })} <DateRange from={s.firstDay} to={s.lastDay} />
          </Text>
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <div>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('exchange.totalAmount')}
                </Text>
                <Text size="lg" fw={600}>
                  <Money value={s.totalAmount} />
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('exchange.totalFees')}
                </Text>
                <Text size="lg" fw={600}>
                  <Money value={s.totalFees} />
                </Text>
              </div>
            </SimpleGrid>
          </Paper>
          {s.lines.length === 0 ? (
            <Empty title={t('exchange.settlementEmpty')} hint={t('exchange.settlementEmptyHint')} />
          ) : (
            <>
              <Title order={2} size="h4">
                {t('exchange.balances')}
              </Title>
              <Table striped aria-label={t('exchange.balances')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('exchange.debtor')}</Table.Th>
                    <Table.Th>{t('exchange.creditor')}</Table.Th>
                    <Table.Th ta="right">{t('exchange.owes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.balances.map((b) => (
                    <Table.Tr key={`${b.debtor.name}-${b.creditor.name}`}>
                      <Table.Td>{b.debtor.name}</Table.Td>
                      <Table.Td>{b.creditor.name}</Table.Td>
                      <Table.Td ta="right">
                        <Money value={b.amount} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Title order={2} size="h4">
                {t('exchange.settlementLines')}
              </Title>
              <Table.ScrollContainer minWidth={760}>
                <Table striped aria-label={t('exchange.settlementLines')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('exchange.agreement')}</Table.Th>
                      <Table.Th>{t('exchange.month')}</Table.Th>
                      <Table.Th>{t('exchange.lender')}</Table.Th>
                      <Table.Th>{t('exchange.borrower')}</Table.Th>
                      <Table.Th ta="right">{t('exchange.hours')}</Table.Th>
                      <Table.Th ta="right">{t('exchange.pricePerHour')}</Table.Th>
                      <Table.Th ta="right">{t('exchange.amount')}</Table.Th>
                      <Table.Th ta="right">{t('exchange.serviceFee')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.lines.map((l) => (
                      <Table.Tr key={`${l.agreementId}-${l.month}`}>
                        <Table.Td>
                          <Link to={`/capacity/agreements/${l.agreementId}`}>{t('exchange.agreementNo', { id: l.agreementId })}</Link>
                        </Table.Td>
                        <Table.Td>{monthLabel(l.month, lang)}</Table.Td>
                        <Table.Td>{l.lender.name}</Table.Td>
                        <Table.Td>{l.borrower.name}</Table.Td>
                        <Table.Td ta="right">{l.hours}</Table.Td>
                        <Table.Td ta="right">
                          <Money value={l.pricePerHour} />
                        </Table.Td>
                        <Table.Td ta="right">
                          <Money value={l.amount} />
                        </Table.Td>
                        <Table.Td ta="right">
                          <Money value={l.serviceFee} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </Stack>
      )}
    </Page>
  );
}
