import { Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { AuditProgrammeQuery, AuditRowFragment } from '../../gql/graphql';
import { LocalDate } from '../../ui/dates';
import { useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { useUser } from '../../ui/session/use-session';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { AuditProgrammeDocument } from './audits.graphql';
import { ProposeAuditModal, type ProposalDraft } from './propose-audit-modal';
import { STATUS_COLOR, standardLabel, standardsLabel } from './standards';

/** Lists that may start empty: a mutation of these types refreshes the screen (urql's document cache). */
const PROGRAMME_CONTEXT = { additionalTypenames: ['Audit', 'AuditProgramme'] };

type Suggestion = AuditProgrammeQuery['auditProgramme']['suggestions'][number];
type Supplier = AuditProgrammeQuery['auditProgramme']['suppliers'][number];

function Suggestions({
  list,
  onPropose,
  firmId,
}: {
  list: Suggestion[];
  onPropose: ((d: ProposalDraft) => void) | null;
  firmId: number | null;
}) {
  const t = useT();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('audits.suggestions')}
      </Title>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('audits.noSuggestions')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audits.supplier')}</Table.Th>
                <Table.Th>{t('audits.members')}</Table.Th>
                <Table.Th>{t('audits.standards')}</Table.Th>
                <Table.Th>{t('audits.window')}</Table.Th>
                <Table.Th>{t('audits.suggestedDate')}</Table.Th>
                <Table.Th>{t('audits.saved')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('form.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((s) => (
                <Table.Tr key={`${s.supplier.id}-${s.windowStart}`}>
                  <Table.Td>{s.supplier.name}</Table.Td>
                  <Table.Td>
                    <List size="sm" listStyleType="none">
                      {s.members.map((m) => (
                        <List.Item key={m.member.id}>
                          {m.member.name} ({standardsLabel(m.standards)},{' '}
                          <span style={{ whiteSpace: 'nowrap' }}>
                            {t('audits.due')} <LocalDate value={m.dueOn} />
                          </span>
                          )
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  <Table.Td>{standardsLabel(s.standards)}</Table.Td>
                  <Table.Td>
                    <LocalDate value={s.windowStart} /> – <LocalDate value={s.windowEnd} />
                  </Table.Td>
                  <Table.Td>
                    <LocalDate value={s.suggestedDate} />
                  </Table.Td>
                  <Table.Td>{s.auditsSaved}</Table.Td>
                  <Table.Td>
                    {onPropose && (
                      <Button
                        size="xs"
                        aria-label={t('audits.proposeFor', { supplier: s.supplier.name })}
                        onClick={() =>
                          onPropose({
                            supplier: s.supplier,
                            standards: s.standards,
                            plannedOn: s.suggestedDate,
                            members: s.members.map((m) => m.member),
                            // a firm proposing leads it itself when it is one of the members (it picks only its own people)
                            leadMemberId: s.members.some((m) => m.member.id === firmId) ? firmId! : s.suggestedLeadMemberId,
                          })
                        }
                      >
                        {t('audits.propose')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function AuditTable({ title, audits, empty, total }: { title: string; audits: AuditRowFragment[]; empty: string; total: number }) {
  const t = useT();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {total > audits.length && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('audits.newestOf', { n: audits.length, total })}
        </Text>
      )}
      {audits.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audits.supplier')}</Table.Th>
                <Table.Th>{t('audits.standards')}</Table.Th>
                <Table.Th>{t('audits.date')}</Table.Th>
                <Table.Th>{t('audits.status')}</Table.Th>
                <Table.Th>{t('audits.leadFirm')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audits.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/supplier-audits/${a.id}`}>
                      {t('audits.auditOf', { supplier: a.supplier.name, id: a.id })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{standardsLabel(a.standards)}</Table.Td>
                  <Table.Td>
                    <LocalDate value={a.doneOn ?? a.plannedOn} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[a.status]} variant="light">
                      {t(`auditStatus.${a.status}`)}
                    </Badge>
                    {a.status === 'PLANNED' && a.supplierConfirmed === false && (
                      <Text size="xs" c="dimmed">
                        {t('audits.dateNotConfirmed')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{a.leadMember?.name ?? '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function Needs({ suppliers }: { suppliers: Supplier[] }) {
  const t = useT();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('audits.needs')}
      </Title>
      {suppliers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('audits.noNeeds')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audits.supplier')}</Table.Th>
                <Table.Th>{t('audits.buyer')}</Table.Th>
                <Table.Th>{t('audits.standard')}</Table.Th>
                <Table.Th>{t('audits.dueOn')}</Table.Th>
                <Table.Th>{t('audits.lastAudited')}</Table.Th>
                <Table.Th>{t('audits.source')}</Table.Th>
                <Table.Th>{t('audits.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {suppliers.flatMap((s) =>
                s.needs.map((n, i) => (
                  <Table.Tr key={`${s.supplierMemberId}-${n.buyer.name}-${n.standard}`}>
                    {i === 0 && (
                      <Table.Th scope="rowgroup" rowSpan={s.needs.length} fw={600} style={{ verticalAlign: 'top' }}>
                        {s.supplier.name}
                      </Table.Th>
                    )}
                    <Table.Td>{n.buyer.name}</Table.Td>
                    <Table.Td>{standardLabel(n.standard)}</Table.Td>
                    <Table.Td>
                      <LocalDate value={n.dueOn} />
                    </Table.Td>
                    <Table.Td>
                      <LocalDate value={n.lastAuditedOn} fallback={t('audits.never')} />
                    </Table.Td>
                    <Table.Td>{n.sources.map((x) => t(`needSource.${x}`)).join(', ')}</Table.Td>
                    <Table.Td>
                      {n.scheduledAuditId ? (
                        <Anchor component={Link} to={`/supplier-audits/${n.scheduledAuditId}`} size="sm">
                          {t('audits.scheduled')}
                        </Anchor>
                      ) : n.overdue ? (
                        <Badge color="red" variant="light">
                          {t('audits.overdue')}
                        </Badge>
                      ) : (
                        <Text size="sm">{t('audits.notScheduled')}</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/**
 * Leverandørrevisjoner: the audit programme with its suggested coordinations, the audits this
 * person may see and, for a firm, the audits of itself as a supplier (the supplier's view).
 */
export function AuditsPage() {
  const t = useT();
  const user = useUser();
  const firmId = user.firm?.id ?? null;
  const [{ data, fetching, error }] = useQuery({
    query: AuditProgrammeDocument,
    variables: { supplierId: firmId ?? 0, asSupplier: firmId !== null },
    context: PROGRAMME_CONTEXT,
  });
  const [draft, setDraft] = useState<ProposalDraft | null>(null);
  const ofUs = data?.ofUs?.nodes ?? [];
  // the supplier's own audits have their own table; the rest are the audits it buys or may see
  const others = (data?.audits.nodes ?? []).filter((a) => a.supplierMemberId !== firmId);
  const p = data?.auditProgramme;
  return (
    <Page title={t('audits.title')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {p && (
        <Stack gap="md">
          <Group gap="xs">
            <Text size="sm">
              {t('audits.summary', {
                needs: p.needCount,
                suppliers: p.supplierCount,
                suggestions: p.suggestionCount,
                window: p.windowDays,
              })}
            </Text>
            {p.overdueCount > 0 && (
              <Badge color="red" variant="light">
                {t('audits.overdueN', { n: p.overdueCount })}
              </Badge>
            )}
          </Group>
          {firmId !== null && (
            <AuditTable title={t('audits.ofUs')} audits={ofUs} total={data?.ofUs?.totalCount ?? 0} empty={t('audits.noneOfUs')} />
          )}
          <Suggestions list={p.suggestions} onPropose={user.role === 'STEERING' ? null : setDraft} firmId={firmId} />
          <AuditTable
            title={t('audits.list')}
            audits={others}
            total={(data?.audits.totalCount ?? 0) - (data?.ofUs?.totalCount ?? 0)}
            empty={t('audits.noneListed')}
          />
          {p.needCount === 0 && p.suggestionCount === 0 ? (
            <Empty title={t('audits.noNeeds')} hint={t('audits.noNeedsHint')} />
          ) : (
            <Needs suppliers={p.suppliers} />
          )}
        </Stack>
      )}
      {draft && <ProposeAuditModal draft={draft} onClose={() => setDraft(null)} />}
    </Page>
  );
}
