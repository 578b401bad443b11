import { Anchor, Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { OrderStatus } from '../../gql/graphql';
import { LocalDate } from '../../ui/dates';
import { useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { OrdersDocument } from './orders.graphql';

/** A stable context object (a new one each render would re-run the query). */
const ORDER_CONTEXT = { additionalTypenames: ['Order', 'Invoice', 'Payment'] };

export const ORDER_STATUS_COLOR: Record<OrderStatus, string> = { ACTIVE: 'blue', COMPLETED: 'green', CANCELLED: 'gray' };
const STATUSES: OrderStatus[] = ['ACTIVE', 'COMPLETED', 'CANCELLED'];

/** Orders from won bids (and by hand) with invoiced, paid and outstanding; a firm sees its own lines' figures. */
export function OrdersPage() {
  const t = useT();
  const user = useUser();
  const [status, setStatus] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: OrdersDocument,
    variables: { filter: status ? { status: status as OrderStatus } : {} },
    context: ORDER_CONTEXT,
  });
  const rows = data?.orders ?? [];
  const leader = user.role === 'ADMIN' || user.role === 'PROJECT_LEADER';
  return (
    <Page
      title={t('orders.title')}
      actions={
        leader && (
          <Button component={Link} to="/orders/reports" variant="light">
            {t('orders.reportsToConfirm')}
          </Button>
        )
      }
    >
      {user.role === 'FIRM_USER' && (
        <Text size="sm" c="dimmed">
          {t('orders.firmHint')}
        </Text>
      )}
      <Group>
        <Select
          label={t('orders.status')}
          data={STATUSES.map((s) => ({ value: s, label: t(`orderStatus.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          w={220}
        />
      </Group>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && rows.length === 0 && <Empty title={t('orders.empty')} hint={t('orders.emptyHint')} />}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('orders.order')}</Table.Th>
                <Table.Th>{t('orders.awarded')}</Table.Th>
                <Table.Th>{t('orders.status')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('orders.value')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('orders.invoiced')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('orders.paid')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('orders.outstanding')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/orders/${o.id}`} fw={500}>
                      {o.contractReference}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {o.buyerName} · {t('orders.firms', { n: o.lines.length })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <LocalDate value={o.awardDate} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={ORDER_STATUS_COLOR[o.status]} variant="light">
                      {t(`orderStatus.${o.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money value={o.awardedValue} />
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money value={o.invoiced} />
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money value={o.paid} />
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money value={o.outstanding} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
