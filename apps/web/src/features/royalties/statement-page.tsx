import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { LocalDate } from '../../ui/dates';
import { formatBasisPoints } from '../../ui/format/numbers';
import { type MessageKey, useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { ErrorBanner, Loading } from '../../ui/states';
import { StatementDocument } from './royalties.graphql';
import { STATEMENT_COLOR, StatementsTable } from './statements';

/** What a line is based on, by the API's `sourceType`. */
const SOURCE: Record<string, MessageKey> = { INVOICE: 'royalties.source.INVOICE', PAYMENT: 'royalties.source.PAYMENT' };

/** One statement: what it is based on, line by line (invoice or payment, base, rate, royalty). */
export function StatementPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const id = Number(useParams().id);
  const [{ data, fetching, error }] = useQuery({ query: StatementDocument, variables: { id } });
  const s = data?.royaltyStatement;
  return (
    <Page title={s ? t('royalties.statementTitle', { firm: s.member.name, period: s.periodLabel }) : t('royalties.title')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {s && (
        <>
          <StatementsTable rows={[s]} actions={user.role === 'ADMIN' || user.role === 'PROJECT_LEADER'} />
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Group gap="xs">
                <Badge color={STATEMENT_COLOR[s.status]} variant="light">
                  {t(`statementStatus.${s.status}`)}
                </Badge>
                <Text size="sm">{t('royalties.linesOf', { n: s.lineCount })}</Text>
              </Group>
              <Table.ScrollContainer minWidth={820}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('money.date')}</Table.Th>
                      <Table.Th>{t('royalties.source')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('royalties.sourceAmount')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('royalties.base')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('royalties.rate')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('royalties.royalty')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.lines.map((l) => (
                      <Table.Tr key={l.id}>
                        <Table.Td>
                          <LocalDate value={l.eventDate} />
                        </Table.Td>
                        <Table.Td>
                          {t('royalties.sourceOf', {
                            type: SOURCE[l.sourceType] ? t(SOURCE[l.sourceType]) : l.sourceType,
                            id: l.sourceId,
                            order: l.orderId,
                          })}
                          {l.adjustment && (
                            <Badge ml="xs" size="xs" variant="outline">
                              {t('royalties.adjustment')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money value={l.sourceAmount} />
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money value={l.base} />
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{formatBasisPoints(l.rateBp, lang)}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money value={l.royalty} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text size="sm" fw={600}>
                {t('royalties.total')}: <Money value={s.total} />
              </Text>
            </Stack>
          </Paper>
        </>
      )}
    </Page>
  );
}
