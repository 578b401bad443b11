import { Badge, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { AgreementRowFragment, LoanAgreementStatus } from '../../gql/graphql';
import { DateRange } from '../../ui/dates';
import { useI18n } from '../../ui/i18n/i18n';
import { Money } from '../../ui/money';
import { Empty } from '../../ui/states';

const STATUS_COLOUR: Record<LoanAgreementStatus, string> = {
  PROPOSED: 'yellow.9',
  CONFIRMED: 'teal.9',
  COMPLETED: 'gray.8',
  DECLINED: 'red.9',
  CANCELLED: 'red.9',
};

export function AgreementStatusBadge({ status }: { status: LoanAgreementStatus }) {
  const { t } = useI18n();
  return (
    <Badge variant="light" color={STATUS_COLOUR[status]}>
      {t(`exchange.status.${status}`)}
    </Badge>
  );
}

/** Loan agreements, newest first, each a link to its page. */
export function AgreementsTable({ rows }: { rows: AgreementRowFragment[] }) {
  const { t } = useI18n();
  if (!rows.length) return <Empty title={t('exchange.noAgreements')} hint={t('exchange.noAgreementsHint')} />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={t('exchange.agreements')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exchange.agreement')}</Table.Th>
            <Table.Th>{t('exchange.lender')}</Table.Th>
            <Table.Th>{t('exchange.borrower')}</Table.Th>
            <Table.Th ta="right">{t('exchange.hours')}</Table.Th>
            <Table.Th>{t('exchange.period')}</Table.Th>
            <Table.Th ta="right">{t('exchange.pricePerHour')}</Table.Th>
            <Table.Th>{t('exchange.statusLabel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Link to={`/capacity/agreements/${a.id}`}>{t('exchange.agreementNo', { id: a.id })}</Link>
              </Table.Td>
              <Table.Td>{a.lender.name}</Table.Td>
              <Table.Td>{a.borrower.name}</Table.Td>
              <Table.Td ta="right">{a.hours}</Table.Td>
              <Table.Td>
                <DateRange from={a.periodStart} to={a.periodEnd} />
              </Table.Td>
              <Table.Td ta="right">
                <Money value={a.pricePerHour} />
              </Table.Td>
              <Table.Td>
                <AgreementStatusBadge status={a.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
