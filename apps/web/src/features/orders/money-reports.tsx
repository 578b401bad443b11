import { Anchor, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { MoneyReportRowFragment, MoneyReportStatus } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { DateTime, LocalDate } from '../../ui/dates';
import { useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { ConfirmReportDocument, MoneyReportsDocument, RejectReportDocument } from './orders.graphql';

/** A stable context object (a new one each render would re-run the query). */
const MONEY_REPORT_CONTEXT = { additionalTypenames: ['MoneyReport'] };

const STATUS_COLOR: Record<MoneyReportStatus, string> = { REPORTED: 'orange', CONFIRMED: 'green', REJECTED: 'red' };

function RejectModal({ report, onClose }: { report: MoneyReportRowFragment; onClose(p: ApiProblem | null): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, reject] = useMutation(RejectReportDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await reject({ id: report.id, reason });
    if (r.error) return setProblem(describeError(r.error));
    onClose(null);
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('form.close') }}
      opened
      onClose={() => onClose(null)}
      title={t('reports.rejectTitle', { what: report.number ?? `#${report.id}` })}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {problem && <ErrorBanner problem={problem} />}
          <TextInput
            label={t('reports.rejectReason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={problem?.fields.reason}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(null)}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={fetching}>
              {t('reports.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * What firms reported: the project leader confirms (it is recorded and counts toward royalties)
 * or rejects with a reason; a firm sees its own and what became of them.
 */
export function ReportsTable({ reports, showOrder = true }: { reports: MoneyReportRowFragment[]; showOrder?: boolean }) {
  const t = useT();
  const user = useUser();
  const leader = user.role === 'ADMIN' || user.role === 'PROJECT_LEADER';
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [rejecting, setRejecting] = useState<MoneyReportRowFragment | null>(null);
  const [{ fetching }, confirm] = useMutation(ConfirmReportDocument);
  return (
    <Stack gap="xs">
      {problem && <ErrorBanner problem={problem} />}
      <Table.ScrollContainer minWidth={860}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.what')}</Table.Th>
              {showOrder && <Table.Th>{t('orders.order')}</Table.Th>}
              <Table.Th>{t('reports.firm')}</Table.Th>
              <Table.Th>{t('money.date')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('money.amount')}</Table.Th>
              <Table.Th>{t('reports.status')}</Table.Th>
              <Table.Th>{leader ? t('form.actions') : t('reports.reported')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reports.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {t(`reports.kind.${r.kind}`)} {r.number ?? ''}
                  </Text>
                  {r.note && (
                    <Text size="xs" c="dimmed">
                      {r.note}
                    </Text>
                  )}
                </Table.Td>
                {showOrder && (
                  <Table.Td>
                    <Anchor component={Link} to={`/orders/${r.orderId}`} size="sm">
                      {t('reports.orderNo', { id: r.orderId })}
                    </Anchor>
                  </Table.Td>
                )}
                <Table.Td>{r.member.name}</Table.Td>
                <Table.Td>
                  <LocalDate value={r.date} />
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  <Money value={r.amount} />
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[r.status]} variant="light">
                    {t(`reports.status.${r.status}`)}
                  </Badge>
                  {r.rejectionReason && (
                    <Text size="xs" c="red.9">
                      {r.rejectionReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {leader && r.status === 'REPORTED' ? (
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        loading={fetching}
                        aria-label={t('reports.confirmOne', {
                          what: `${t(`reports.kind.${r.kind}`)} ${r.number ?? r.id}`,
                          firm: r.member.name,
                        })}
                        onClick={async () => {
                          const res = await confirm({ id: r.id });
                          setProblem(res.error ? describeError(res.error) : null);
                        }}
                      >
                        {t('reports.confirm')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="red"
                        aria-label={t('reports.rejectOne', {
                          what: `${t(`reports.kind.${r.kind}`)} ${r.number ?? r.id}`,
                          firm: r.member.name,
                        })}
                        onClick={() => setRejecting(r)}
                      >
                        {t('reports.reject')}
                      </Button>
                    </Group>
                  ) : (
                    <Text size="xs">
                      <DateTime value={r.reportedAt} />
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rejecting && (
        <RejectModal
          report={rejecting}
          onClose={(p) => {
            setProblem(p);
            setRejecting(null);
          }}
        />
      )}
    </Stack>
  );
}

const STATUSES: MoneyReportStatus[] = ['REPORTED', 'CONFIRMED', 'REJECTED'];

/** Til bekreftelse: the firms' reports waiting for the project leader (or any status). */
export function MoneyReportsPage() {
  const t = useT();
  const [status, setStatus] = useState<string | null>('REPORTED');
  const [{ data, fetching, error }] = useQuery({
    query: MoneyReportsDocument,
    variables: { filter: status ? { status: status as MoneyReportStatus } : {} },
    context: MONEY_REPORT_CONTEXT,
  });
  const rows = data?.moneyReports ?? [];
  return (
    <Page title={t('reports.title')}>
      <Text size="sm" c="dimmed">
        {t('reports.hint')}
      </Text>
      <Select
        label={t('reports.status')}
        data={STATUSES.map((s) => ({ value: s, label: t(`reports.status.${s}`) }))}
        value={status}
        onChange={setStatus}
        clearable
        w={240}
      />
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && rows.length === 0 && <Empty title={t('reports.empty')} />}
      {rows.length > 0 && <ReportsTable reports={rows} />}
    </Page>
  );
}
