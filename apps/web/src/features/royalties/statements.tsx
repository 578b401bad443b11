import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { RoyaltyStatementStatus, StatementRowFragment } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { DateTime, LocalDate } from '../../ui/dates';
import { osloToday } from '../../ui/format/dates';
import { useT } from '../../ui/i18n/i18n';
import { useIdempotencyKey } from '../../ui/idempotency';
import { Money } from '../../ui/money';
import { ErrorBanner } from '../../ui/states';
import { IssueStatementDocument, MarkPaidDocument } from './royalties.graphql';

export const STATEMENT_COLOR: Record<RoyaltyStatementStatus, string> = { DRAFT: 'gray', ISSUED: 'orange', PAID: 'green' };

function MarkPaidModal({ s, onClose }: { s: StatementRowFragment; onClose(p: ApiProblem | null): void }) {
  const t = useT();
  const { key } = useIdempotencyKey();
  const [paidOn, setPaidOn] = useState(osloToday());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, mark] = useMutation(MarkPaidDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    const r = await mark({ id: s.id, paidOn, idempotencyKey: key });
    if (r.error) return setProblem(describeError(r.error));
    onClose(null);
  };
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('form.close') }}
      onClose={() => onClose(null)}
      title={t('royalties.markPaidTitle', { firm: s.member.name, period: s.periodLabel })}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t('royalties.total')}: <Money value={s.total} />
          </Text>
          {problem && <ErrorBanner problem={problem} />}
          <TextInput
            type="date"
            label={t('royalties.paidOn')}
            required
            value={paidOn}
            onChange={(e) => setPaidOn(e.currentTarget.value)}
            error={problem?.fields.paidOn}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(null)}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('royalties.markPaid')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Statements: firm, period, status, total; review a draft (its lines), issue it, mark it paid. */
export function StatementsTable({ rows, actions }: { rows: StatementRowFragment[]; actions: boolean }) {
  const t = useT();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [paying, setPaying] = useState<StatementRowFragment | null>(null);
  const [{ fetching }, issue] = useMutation(IssueStatementDocument);
  return (
    <Stack gap="xs">
      {problem && <ErrorBanner problem={problem} />}
      <Table.ScrollContainer minWidth={820}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('royalties.firm')}</Table.Th>
              <Table.Th>{t('royalties.period')}</Table.Th>
              <Table.Th>{t('royalties.status')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('royalties.lines')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('royalties.total')}</Table.Th>
              <Table.Th>{actions ? t('form.actions') : t('royalties.dates')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.id} aria-label={`${s.member.name} ${s.periodLabel}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/royalties/statements/${s.id}`} size="sm" fw={500}>
                    {s.member.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {s.periodLabel}
                  <Text size="xs" c="dimmed">
                    <LocalDate value={s.periodStart} /> – <LocalDate value={s.periodEnd} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATEMENT_COLOR[s.status]} variant="light">
                    {t(`statementStatus.${s.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{s.lineCount}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  <Money value={s.total} />
                </Table.Td>
                <Table.Td>
                  {actions && s.status === 'DRAFT' && (
                    <Button
                      size="compact-xs"
                      loading={fetching}
                      aria-label={t('royalties.issueOne', { firm: s.member.name, period: s.periodLabel })}
                      onClick={async () => {
                        const r = await issue({ id: s.id });
                        setProblem(r.error ? describeError(r.error) : null);
                      }}
                    >
                      {t('royalties.issue')}
                    </Button>
                  )}
                  {actions && s.status === 'ISSUED' && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      aria-label={t('royalties.markPaidOne', { firm: s.member.name, period: s.periodLabel })}
                      onClick={() => setPaying(s)}
                    >
                      {t('royalties.markPaid')}
                    </Button>
                  )}
                  {(!actions || s.status === 'PAID') && (
                    <Text size="xs">
                      {s.paidAt ? (
                        <>
                          {t('royalties.paidAt')} <DateTime value={s.paidAt} />
                        </>
                      ) : s.issuedAt ? (
                        <>
                          {t('royalties.issuedAt')} <DateTime value={s.issuedAt} />
                        </>
                      ) : (
                        t('royalties.notIssued')
                      )}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {paying && (
        <MarkPaidModal
          s={paying}
          onClose={(p) => {
            setProblem(p);
            setPaying(null);
          }}
        />
      )}
    </Stack>
  );
}
