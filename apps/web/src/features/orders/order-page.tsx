import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { MilestoneStatus, OrderQuery } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { LocalDate } from '../../ui/dates';
import { osloToday } from '../../ui/format/dates';
import { type MessageKey, useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { ErrorBanner, Loading } from '../../ui/states';
import { MoneyForm, type MoneyTarget } from './money-form';
import { ReportsTable } from './money-reports';
import { OrderDocument, UpdateMilestoneDocument } from './orders.graphql';
import { ORDER_STATUS_COLOR } from './orders-page';

/** A stable context object (a new one each render would re-run the query). */
const INVOICE_CONTEXT = { additionalTypenames: ['Invoice', 'Payment', 'MoneyReport', 'Milestone'] };

type Line = OrderQuery['order']['lines'][number];
type Invoice = Line['invoices'][number];
const MILESTONE_STATUSES: MilestoneStatus[] = ['PLANNED', 'DELAYED', 'DELIVERED', 'CANCELLED'];
const MILESTONE_COLOR: Record<MilestoneStatus, string> = { PLANNED: 'blue', DELAYED: 'orange', DELIVERED: 'green', CANCELLED: 'gray' };

function Figure({ label, value }: { label: string; value: { minorUnits: string; currency: string } | null | undefined }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>
        <Money value={value} />
      </Text>
    </Stack>
  );
}

function Milestones({ line, mayEdit }: { line: Line; mayEdit: boolean }) {
  const t = useT();
  const [{ fetching }, update] = useMutation(UpdateMilestoneDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  if (!line.milestones.length) return null;
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {t('orders.milestones')}
      </Title>
      {problem && <ErrorBanner problem={problem} />}
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.milestone')}</Table.Th>
              <Table.Th>{t('orders.planned')}</Table.Th>
              <Table.Th>{t('orders.actual')}</Table.Th>
              <Table.Th>{t('orders.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {line.milestones.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.title}</Table.Td>
                <Table.Td>
                  <LocalDate value={m.plannedDate} />
                </Table.Td>
                <Table.Td>
                  <LocalDate value={m.actualDate} />
                </Table.Td>
                <Table.Td>
                  {mayEdit ? (
                    <Select
                      size="xs"
                      aria-label={t('orders.milestoneStatusFor', { title: m.title })}
                      data={MILESTONE_STATUSES.map((s) => ({ value: s, label: t(`milestone.${s}`) }))}
                      value={m.status}
                      disabled={fetching}
                      allowDeselect={false}
                      onChange={async (v) => {
                        if (!v || v === m.status) return;
                        const status = v as MilestoneStatus;
                        const r = await update({
                          input: { id: m.id, status, ...(status === 'DELIVERED' ? { actualDate: osloToday() } : {}) },
                        });
                        setProblem(r.error ? describeError(r.error) : null);
                      }}
                      w={160}
                    />
                  ) : (
                    <Badge color={MILESTONE_COLOR[m.status]} variant="light">
                      {t(`milestone.${m.status}`)}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** A line's invoices and credit notes, each with its payments, and the actions on them. */
function Invoices({ line, act, mayWrite }: { line: Line; act(target: MoneyTarget): void; mayWrite: boolean }) {
  const t = useT();
  if (!line.invoices.length)
    return (
      <Text size="sm" c="dimmed">
        {t('orders.noInvoices')}
      </Text>
    );
  const label = (i: Invoice) => `${t(i.kind === 'INVOICE' ? 'orders.invoice' : 'orders.creditNote')} ${i.number}`;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('orders.document')}</Table.Th>
            <Table.Th>{t('money.date')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('money.amount')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('orders.outstanding')}</Table.Th>
            <Table.Th>{mayWrite ? t('form.actions') : <span className="visually-hidden">{t('form.actions')}</span>}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {line.invoices.map((i) => (
            <Fragment key={i.id}>
              <Table.Tr aria-label={label(i)}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {label(i)}
                  </Text>
                  {i.note && (
                    <Text size="xs" c="dimmed">
                      {i.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <LocalDate value={i.issueDate} />
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  <Money value={i.amount} />
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  <Money value={i.outstanding} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" display={mayWrite ? undefined : 'none'}>
                    {BigInt(i.outstanding.minorUnits) !== 0n && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        aria-label={`${t(i.kind === 'INVOICE' ? 'orders.payment' : 'orders.refund')}: ${label(i)}`}
                        onClick={() =>
                          act({
                            kind: 'PAYMENT',
                            invoiceId: i.id,
                            label: `${line.member.name} · ${label(i)}`,
                            remaining: {
                              minorUnits: (BigInt(i.outstanding.minorUnits) < 0n
                                ? -BigInt(i.outstanding.minorUnits)
                                : BigInt(i.outstanding.minorUnits)
                              ).toString(),
                              currency: i.outstanding.currency,
                            },
                          })
                        }
                      >
                        {t(i.kind === 'INVOICE' ? 'orders.payment' : 'orders.refund')}
                      </Button>
                    )}
                    {i.kind === 'INVOICE' && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={`${t('orders.creditNote')}: ${label(i)}`}
                        onClick={() =>
                          act({ kind: 'CREDIT_NOTE', invoiceId: i.id, label: `${line.member.name} · ${label(i)}`, remaining: i.amount })
                        }
                      >
                        {t('orders.creditNote')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
              {i.payments.map((p) => (
                <Table.Tr key={`p${p.id}`} bg="gray.0">
                  <Table.Td pl="xl">
                    <Text size="xs">
                      {t(`paymentKind.${p.kind}`)}
                      {p.note ? ` · ${p.note}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      <LocalDate value={p.date} />
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Text size="xs">
                      <Money value={p.amount} />
                    </Text>
                  </Table.Td>
                  <Table.Td />
                  <Table.Td>
                    {mayWrite && p.kind !== 'REVERSAL' && !i.payments.some((x) => x.reversesPaymentId === p.id) && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={`${t('orders.reverse')}: ${label(i)}, ${p.date}`}
                        onClick={() =>
                          act({ kind: 'PAYMENT_REVERSAL', paymentId: p.id, label: `${line.member.name} · ${label(i)}`, amount: p.amount })
                        }
                      >
                        {t('orders.reverse')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * One order: per firm its line with value, invoiced, paid and outstanding, milestones, invoices,
 * credit notes and payments. The project leader records money (idempotent); a firm reports its
 * own, for the project leader to confirm, and sees what became of its reports.
 */
export function OrderPage() {
  const t = useT();
  const user = useUser();
  const id = Number(useParams().id);
  const [{ data, fetching, error }] = useQuery({
    query: OrderDocument,
    variables: { id },
    context: INVOICE_CONTEXT,
  });
  const [target, setTarget] = useState<MoneyTarget | null>(null);
  const [done, setDone] = useState<MessageKey | null>(null);
  const order = data?.order;
  const leader = user.role === 'ADMIN' || user.role === 'PROJECT_LEADER';
  const firm = user.role === 'FIRM_USER';
  const mode = leader ? 'record' : 'report';
  const reports = (data?.moneyReports ?? []).filter((r) => r.orderId === id);
  const canWrite = (l: Line) => leader || (firm && user.firm?.id === l.member.id);
  return (
    <Page title={order ? `${order.contractReference}` : t('orders.title')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t('form.close')} onClose={() => setDone(null)}>
          {t(done)}
        </Alert>
      )}
      {order && (
        <>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Group gap="sm">
                <Badge color={ORDER_STATUS_COLOR[order.status]} variant="light">
                  {t(`orderStatus.${order.status}`)}
                </Badge>
                <Text size="sm">
                  {order.buyerName} · {t('orders.awarded')} <LocalDate value={order.awardDate} />
                  {order.startDate && (
                    <>
                      {' · '}
                      <LocalDate value={order.startDate} /> – <LocalDate value={order.endDate} />
                    </>
                  )}
                </Text>
              </Group>
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                <Figure label={t('orders.value')} value={order.awardedValue} />
                <Figure label={firm ? t('orders.invoicedOwn') : t('orders.invoiced')} value={order.invoiced} />
                <Figure label={t('orders.paid')} value={order.paid} />
                <Figure label={t('orders.outstanding')} value={order.outstanding} />
              </SimpleGrid>
              {order.notes && <Text size="sm">{order.notes}</Text>}
            </Stack>
          </Paper>
          {reports.length > 0 && (
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {leader ? t('orders.reportsOnOrder') : t('orders.ourReports')}
                </Title>
                <ReportsTable reports={reports} showOrder={false} />
              </Stack>
            </Paper>
          )}
          {order.lines.map((l) => (
            <Paper key={l.id} withBorder p="md" component="article" aria-label={`${l.member.name}: ${l.description}`}>
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <Stack gap={0}>
                    <Title order={2} size="h4">
                      {l.member.name}
                    </Title>
                    <Text size="sm">{l.description}</Text>
                  </Stack>
                  {canWrite(l) && (
                    <Button
                      onClick={() => setTarget({ kind: 'INVOICE', orderLineId: l.id, label: `${l.member.name} · ${l.description}` })}
                      aria-label={`${t(leader ? 'money.recordInvoice' : 'money.reportInvoice')}: ${l.member.name}`}
                    >
                      {t(leader ? 'money.recordInvoice' : 'money.reportInvoice')}
                    </Button>
                  )}
                </Group>
                <SimpleGrid cols={{ base: 2, md: 4 }}>
                  <Figure label={t('orders.lineValue')} value={l.value} />
                  <Figure label={t('orders.invoiced')} value={l.invoiced} />
                  <Figure label={t('orders.paid')} value={l.paid} />
                  <Figure label={t('orders.outstanding')} value={l.outstanding} />
                </SimpleGrid>
                {l.value.minorUnits !== l.originalValue.minorUnits && (
                  <Text size="xs" c="dimmed">
                    {t('orders.changed')} <Money value={l.originalValue} />
                  </Text>
                )}
                <Milestones line={l} mayEdit={canWrite(l)} />
                <Invoices line={l} act={setTarget} mayWrite={canWrite(l)} />
              </Stack>
            </Paper>
          ))}
        </>
      )}
      {target && (
        <MoneyForm
          target={target}
          mode={mode}
          onClose={() => setTarget(null)}
          onDone={(m) => {
            setTarget(null);
            setDone(m);
          }}
        />
      )}
    </Page>
  );
}
