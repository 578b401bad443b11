import { Alert, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { BidBoardQuery, BidStatus, WorkPackageStatus } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { DateTime } from '../../ui/dates';
import { type MessageKey, useI18n, useT } from '../../ui/i18n/i18n';
import { formatBasisPoints } from '../../ui/format/numbers';
import { type CapabilityName, requirementName, useCapabilityName } from '../../ui/capabilities';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { ErrorBanner, Loading } from '../../ui/states';
import { AcceptCounterDocument, AskForApprovalDocument, BidBoardDocument, MarkReadyDocument, OfferPackagesDocument } from './bids.graphql';
import { blockerText, cautionText, type Caution } from './board-texts';
import { type BoardPackage, PriceModal, ReassignModal } from './package-actions';

/** Lists that may start empty: a mutation of these types refreshes the screen (urql's document cache). */
const BOARD_CONTEXT = { additionalTypenames: ['WorkPackage', 'Bid'] };

const WP_COLOR: Record<WorkPackageStatus, string> = {
  DRAFT: 'gray',
  OFFERED: 'blue',
  ACCEPTED: 'green',
  DECLINED: 'red',
  COUNTERED: 'orange',
  WITHDRAWN: 'gray',
};
const BID_COLOR: Record<BidStatus, string> = {
  DRAFT: 'gray',
  OFFERED: 'blue',
  READY: 'teal',
  APPROVED: 'green',
  SUBMITTED: 'indigo',
  WON: 'green',
  LOST: 'red',
  WITHDRAWN: 'gray',
};
const OPEN: BidStatus[] = ['DRAFT', 'OFFERED', 'READY'];

function BuildUp({ p }: { p: BidBoardQuery['bid']['priceBuildUp'] }) {
  const { t, lang } = useI18n();
  const row = (label: string, v: typeof p.bidPrice, strong = false) => (
    <Table.Tr>
      <Table.Th scope="row" fw={strong ? 700 : 400}>
        {label}
      </Table.Th>
      <Table.Td style={{ textAlign: 'right', fontWeight: strong ? 700 : 400 }}>
        <Money value={v} />
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('board.buildUp')}
      </Title>
      <Table>
        <Table.Tbody>
          {row(t('board.packagesTotal'), p.packagesTotal)}
          {row(t('board.coordinationFee'), p.coordinationFee)}
          {row(t('board.contingency'), p.contingency)}
          {row(t('board.bidPrice'), p.bidPrice, true)}
          {row(t('board.expectedRoyalty', { rate: formatBasisPoints(p.royaltyRateBp, lang) }), p.expectedRoyalty)}
        </Table.Tbody>
      </Table>
      {p.unpricedPackages > 0 && (
        <Text size="sm" fw={600} mt="xs">
          {t('board.unpriced', { n: p.unpricedPackages })}
        </Text>
      )}
    </Paper>
  );
}

function Compliance({
  m,
  packages,
  capabilityName,
}: {
  m: BidBoardQuery['complianceMatrix'];
  packages: BoardPackage[];
  capabilityName: CapabilityName;
}) {
  const t = useT();
  // a requirement by its description, else by its capability's name
  const labels = new Map(m.rows.map((r) => [r.requirementId, requirementName(r, capabilityName)]));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('board.compliance')}
        </Title>
        <Badge color={m.ready ? 'green' : 'orange'} variant="light">
          {m.ready ? t('board.readyYes') : t('board.readyNo')}
        </Badge>
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('board.requirement')}</Table.Th>
              <Table.Th>{t('board.hoursCovered')}</Table.Th>
              <Table.Th>{t('board.coveredBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {m.rows.map((r) => (
              <Table.Tr key={r.requirementId}>
                <Table.Td>
                  <Text size="sm">{labels.get(r.requirementId)}</Text>
                  <Text size="xs" c="dimmed">
                    {r.mandatory ? t('tender.req.isMandatory') : t('tender.req.optional')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={r.covered ? 'green' : r.mandatory ? 'red' : 'gray'} variant="light">
                    {t('board.hoursOf', { accepted: r.acceptedHours, required: r.requiredHours })}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.packages.map((p) => `${p.member.name} (${t(`wpStatus.${p.status}`)})`).join(', ') || '–'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {m.blockers.length > 0 && (
        <List size="sm" mt="xs" c="dimmed" aria-label={t('board.blockers')}>
          {m.blockers.map((b) => (
            <List.Item key={`${b.kind}:${b.requirementId ?? ''}:${b.workPackageId ?? ''}`}>
              {blockerText(b, packages, t, (id) => labels.get(id))}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

/** The bid board (PROJECT_LEADER): one row per package; offer one or all, accept counters, reassign, mark ready. */
export function BidBoardPage() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const [{ data, fetching, error }] = useQuery({ query: BidBoardDocument, variables: { id }, context: BOARD_CONTEXT });
  const capabilityName = useCapabilityName(data?.capabilityCatalogue);
  const [{ fetching: offering }, offer] = useMutation(OfferPackagesDocument);
  const [, acceptCounter] = useMutation(AcceptCounterDocument);
  const [{ fetching: readying }, markReady] = useMutation(MarkReadyDocument);
  const [{ fetching: asking }, askApproval] = useMutation(AskForApprovalDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [cautions, setCautions] = useState<Caution[]>([]);
  // what was done, kept as a message key so that it follows a change of language
  const [done, setDone] = useState<{ key: MessageKey; params?: Record<string, number> } | null>(null);
  const [pricing, setPricing] = useState<BoardPackage | null>(null);
  const [reassigning, setReassigning] = useState<BoardPackage | null>(null);
  const bid = data?.bid;
  const open = bid ? OPEN.includes(bid.status) : false;
  const drafts = bid?.workPackages.filter((w) => w.status === 'DRAFT') ?? [];

  const run = async (p: Promise<{ error?: Parameters<typeof describeError>[0] }>, message?: MessageKey) => {
    const r = await p;
    setProblem(r.error ? describeError(r.error) : null);
    setDone(r.error || !message ? null : { key: message });
    return !r.error;
  };
  const offerIds = async (ids: number[]) => {
    const r = await offer({ ids });
    setProblem(r.error ? describeError(r.error) : null);
    setCautions(r.data?.offerWorkPackages.flatMap((o) => o.cautions) ?? []);
    setDone(r.error ? null : { key: 'board.offered', params: { n: ids.length } });
  };

  return (
    <Page
      title={bid ? bid.title : t('board.title')}
      actions={
        bid &&
        open && (
          <>
            <Button onClick={() => void offerIds(drafts.map((w) => w.id))} loading={offering} disabled={!drafts.length}>
              {t('board.offerAll', { n: drafts.length })}
            </Button>
            <Button
              variant={data?.complianceMatrix.ready ? 'filled' : 'light'}
              loading={readying}
              disabled={bid.status === 'READY'}
              onClick={() => void run(markReady({ id: bid.id }), 'board.markedReady')}
            >
              {t('board.markReady')}
            </Button>
            {bid.status === 'READY' && (
              <Button variant="light" loading={asking} onClick={() => void run(askApproval({ bidId: bid.id }), 'board.askedForApproval')}>
                {t('board.askForApproval')}
              </Button>
            )}
          </>
        )
      }
    >
      {error && <ErrorBanner error={error} />}
      {problem && <ErrorBanner problem={problem} />}
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t('form.close')} onClose={() => setDone(null)}>
          {t(done.key, done.params)}
        </Alert>
      )}
      {cautions.length > 0 && (
        <Alert color="yellow" variant="light" title={t('board.warnings')}>
          <List size="sm">
            {cautions.map((c, i) => (
              <List.Item key={i}>{cautionText(c, t, lang, capabilityName)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {!data && fetching && <Loading />}
      {bid && data && (
        <>
          <Group gap="md" wrap="wrap">
            <Badge color={BID_COLOR[bid.status]} size="lg" variant="light">
              {t(`bidStatus.${bid.status}`)}
            </Badge>
            <Text size="sm">
              {bid.tender.buyerName} · {bid.tender.title} · {t('tenders.deadline')} <DateTime value={bid.tender.deadline} />
            </Text>
          </Group>
          <Paper withBorder>
            <Table.ScrollContainer minWidth={980}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('board.package')}</Table.Th>
                    <Table.Th>{t('board.firm')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('board.price')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('board.hours')}</Table.Th>
                    <Table.Th>{t('board.status')}</Table.Th>
                    <Table.Th>{t('board.deadline')}</Table.Th>
                    <Table.Th>{t('form.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {bid.workPackages.map((w) => (
                    <Table.Tr key={w.id} aria-label={`${w.title}, ${w.member.name}`}>
                      <Table.Td maw={280}>
                        <Text size="sm" fw={500} lineClamp={2}>
                          {w.title}
                        </Text>
                        {w.status === 'DECLINED' && w.declineReason && (
                          <Text size="xs" c="red.9">
                            {t('board.declined', { reason: w.declineReason })}
                          </Text>
                        )}
                        {w.status === 'COUNTERED' && w.counterComment && (
                          <Text size="xs" fw={600}>
                            {w.counterComment}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{w.member.name}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        <Money value={w.price} />
                        {w.status === 'COUNTERED' && w.counterPrice && (
                          <Text size="xs" fw={600}>
                            {t('board.counter')} <Money value={w.counterPrice} />
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{w.hours}</Table.Td>
                      <Table.Td>
                        {/* never cut to "VENTER …": the column takes the status's width */}
                        <Badge color={WP_COLOR[w.status]} variant="light" miw="max-content">
                          {t(`wpStatus.${w.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <DateTime value={w.responseDeadline} />
                      </Table.Td>
                      <Table.Td>
                        {open && (
                          <Group gap={4} wrap="nowrap">
                            {w.status === 'DRAFT' && (
                              <Button
                                size="compact-xs"
                                variant="light"
                                onClick={() => setPricing(w)}
                                aria-label={`${t('board.setPrice')}: ${w.title}`}
                              >
                                {t('board.setPrice')}
                              </Button>
                            )}
                            {(w.status === 'DRAFT' || w.status === 'OFFERED') && (
                              <Button
                                size="compact-xs"
                                variant="light"
                                onClick={() => void offerIds([w.id])}
                                aria-label={`${w.status === 'DRAFT' ? t('board.offer') : t('board.reoffer')}: ${w.title}`}
                              >
                                {w.status === 'DRAFT' ? t('board.offer') : t('board.reoffer')}
                              </Button>
                            )}
                            {w.status === 'COUNTERED' && (
                              <Button
                                size="compact-xs"
                                color="orange"
                                variant="light"
                                onClick={() => void run(acceptCounter({ id: w.id }), 'board.counterAccepted')}
                                aria-label={`${t('board.acceptCounter')}: ${w.title}`}
                              >
                                {t('board.acceptCounter')}
                              </Button>
                            )}
                            {(w.status === 'DECLINED' || w.status === 'COUNTERED' || w.status === 'OFFERED') && (
                              <Button
                                size="compact-xs"
                                variant="subtle"
                                onClick={() => setReassigning(w)}
                                aria-label={`${t('board.reassign')}: ${w.title}`}
                              >
                                {t('board.reassign')}
                              </Button>
                            )}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <SimpleGrid cols={{ base: 1, xl: 2 }}>
            <BuildUp p={bid.priceBuildUp} />
            <Compliance m={data.complianceMatrix} packages={data.bid.workPackages} capabilityName={capabilityName} />
          </SimpleGrid>
          <Stack>
            {pricing && <PriceModal wp={pricing} onClose={() => setPricing(null)} />}
            {reassigning && <ReassignModal wp={reassigning} onClose={() => setReassigning(null)} />}
          </Stack>
        </>
      )}
    </Page>
  );
}
