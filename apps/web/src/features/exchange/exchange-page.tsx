import { Button, Group, Modal, Paper, Select, SegmentedControl, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { LoanResource, MatchRowFragment, PostingRowFragment } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { DateRange } from '../../ui/dates';
import { formatNumber } from '../../ui/format/numbers';
import { useI18n } from '../../ui/i18n/i18n';
import { LEADERS } from '../../ui/layout/nav';
import { Page } from '../../ui/layout/page';
import { useUser } from '../../ui/session/use-session';
import { ReasonModal } from '../../ui/reason-modal';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { AgreementsTable } from './agreements-table';
import {
  AllAgreementsDocument,
  ExchangeBoardDocument,
  ExchangeMatchesDocument,
  ExchangeNeedsDocument,
  OurExchangeDocument,
  PostExchangeNeedDocument,
  PostExchangeOfferDocument,
  ProposeLoanAgreementDocument,
  WithdrawExchangePostingDocument,
} from './exchange.graphql';

const BOARD_CONTEXT = { additionalTypenames: ['ExchangePosting'] };
/** The board's page, and the most the API gives in one request. */
const BOARD_PAGE = 50;
const BOARD_MAX = 500;
const OURS_CONTEXT = { additionalTypenames: ['ExchangePosting', 'LoanAgreement'] };

type Posting = PostingRowFragment;
type Match = MatchRowFragment;

function capabilityName(p: { capabilityCode: string; capability?: { nameNb: string; nameEn: string } | null }, lang: string) {
  const name = p.capability ? (lang === 'en' ? p.capability.nameEn : p.capability.nameNb) : null;
  return name ? `${name} (${p.capabilityCode})` : p.capabilityCode;
}

/**
 * The capacity exchange: the board of open offers and needs every member sees (no rates), a
 * firm's own postings and agreements, the project leader's needs with their best matches, and
 * proposing a loan from a match. Every rule is the API's; its messages show under the fields.
 */
export function ExchangePage() {
  const { t } = useI18n();
  const user = useUser();
  const firm = user.role === 'FIRM_USER';
  const leader = LEADERS.includes(user.role);
  return (
    <Page
      title={t('exchange.title')}
      actions={
        <Button component={Link} to="/capacity/settlement" variant="default" size="xs">
          {t('exchange.settlement')}
        </Button>
      }
    >
      <Text size="sm" c="dimmed">
        {t('exchange.intro')}
      </Text>
      {firm && <OurExchange />}
      {leader && <LeaderNeeds />}
      {!firm && <AssociationAgreements />}
      <Board />
    </Page>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `section-${title.replace(/\W+/g, '-')}`;
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Board() {
  const { t, lang } = useI18n();
  const [code, setCode] = useState<string | null>(null);
  const [kind, setKind] = useState('ALL');
  const filter = useMemo(
    () => ({ ...(code ? { capabilityCode: code } : {}), ...(kind !== 'ALL' ? { kind: kind as 'OFFER' | 'NEED' } : {}) }),
    [code, kind],
  );
  // the newest 50 first; "show more" asks for 50 more, up to the API's 500 (then the filter narrows it)
  const [more, setMore] = useState({ filter, first: BOARD_PAGE });
  const first = more.filter === filter ? more.first : BOARD_PAGE; // a new filter starts at 50 again
  const [{ data, fetching, error }] = useQuery({ query: ExchangeBoardDocument, variables: { filter, first }, context: BOARD_CONTEXT });
  const rows = data?.exchangeBoard.nodes ?? [];
  const total = data?.exchangeBoard.totalCount ?? 0;
  return (
    <Section title={t('exchange.board')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('exchange.filterCapability')}
          placeholder={t('exchange.allCapabilities')}
          data={(data?.capabilityCatalogue ?? []).map((c) => ({
            value: c.code,
            label: `${lang === 'en' ? c.nameEn : c.nameNb} (${c.code})`,
          }))}
          value={code}
          onChange={setCode}
          clearable
          searchable
          w={320}
        />
        <SegmentedControl
          aria-label={t('exchange.filterKind')}
          value={kind}
          onChange={setKind}
          data={[
            { value: 'ALL', label: t('exchange.kindAll') },
            { value: 'OFFER', label: t('exchange.kind.OFFER') },
            { value: 'NEED', label: t('exchange.kind.NEED') },
          ]}
        />
      </Group>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && rows.length === 0 && <Empty title={t('exchange.boardEmpty')} hint={t('exchange.boardEmptyHint')} />}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label={t('exchange.board')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.kindLabel')}</Table.Th>
                <Table.Th>{t('exchange.firm')}</Table.Th>
                <Table.Th>{t('exchange.capability')}</Table.Th>
                <Table.Th>{t('exchange.resource')}</Table.Th>
                <Table.Th ta="right">{t('exchange.hoursOpen')}</Table.Th>
                <Table.Th>{t('exchange.window')}</Table.Th>
                <Table.Th>{t('exchange.certificates')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <KindBadge kind={p.kind} />
                  </Table.Td>
                  <Table.Td>{p.member.name}</Table.Td>
                  <Table.Td>{capabilityName(p, lang)}</Table.Td>
                  <Table.Td>{t(`exchange.resource.${p.resource}`)}</Table.Td>
                  <Table.Td ta="right">{t('exchange.hoursOf', { open: p.hoursOpen, hours: p.hours })}</Table.Td>
                  <Table.Td>
                    <DateRange from={p.windowStart} to={p.windowEnd} />
                  </Table.Td>
                  <Table.Td>{p.certificates.map((c) => c.label).join(', ') || '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length > 0 && total > rows.length && (
        <Group gap="sm">
          <Text size="sm" role="status">
            {t('exchange.boardShown', { shown: formatNumber(rows.length, lang), total: formatNumber(total, lang) })}
          </Text>
          {first < BOARD_MAX ? (
            <Button
              variant="default"
              loading={fetching}
              onClick={() => setMore({ filter, first: Math.min(first + BOARD_PAGE, BOARD_MAX) })}
            >
              {t('exchange.boardMore')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t('exchange.boardNarrow')}
            </Text>
          )}
        </Group>
      )}
    </Section>
  );
}

function KindBadge({ kind }: { kind: 'OFFER' | 'NEED' }) {
  const { t } = useI18n();
  return (
    <Text size="sm" fw={700} c={kind === 'OFFER' ? 'teal.9' : 'blue.9'} style={{ whiteSpace: 'nowrap' }}>
      {t(`exchange.kind.${kind}`)}
    </Text>
  );
}

function OurExchange() {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: OurExchangeDocument, context: OURS_CONTEXT });
  const [matchesOf, setMatchesOf] = useState<Posting | null>(null);
  const [withdrawing, setWithdrawing] = useState<Posting | null>(null);
  const postings = data?.exchangePostingsOfFirm ?? [];
  return (
    <>
      <Section title={t('exchange.post')}>
        <PostingForm />
      </Section>
      <Section title={t('exchange.ourPostings')}>
        {error && <ErrorBanner error={error} />}
        {!data && fetching && <Loading />}
        {data && postings.length === 0 && <Empty title={t('exchange.noPostings')} />}
        {postings.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-label={t('exchange.ourPostings')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('exchange.kindLabel')}</Table.Th>
                  <Table.Th>{t('exchange.capability')}</Table.Th>
                  <Table.Th ta="right">{t('exchange.hoursOpen')}</Table.Th>
                  <Table.Th>{t('exchange.window')}</Table.Th>
                  <Table.Th>{t('exchange.state')}</Table.Th>
                  <Table.Th>{t('form.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {postings.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <KindBadge kind={p.kind} />
                    </Table.Td>
                    <Table.Td>{capabilityName(p, lang)}</Table.Td>
                    <Table.Td ta="right">{t('exchange.hoursOf', { open: p.hoursOpen, hours: p.hours })}</Table.Td>
                    <Table.Td>
                      <DateRange from={p.windowStart} to={p.windowEnd} />
                    </Table.Td>
                    <Table.Td>{t(`exchange.state.${p.state}`)}</Table.Td>
                    <Table.Td>
                      {p.state === 'OPEN' && (
                        <Group gap="xs" wrap="nowrap">
                          {p.kind === 'NEED' && (
                            <Button size="xs" onClick={() => setMatchesOf(p)}>
                              {t('exchange.showMatchesOf', { id: p.id })}
                            </Button>
                          )}
                          <Button size="xs" variant="default" onClick={() => setWithdrawing(p)}>
                            {t('exchange.withdrawOf', { id: p.id })}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      {matchesOf && <MatchesModal need={matchesOf} onClose={() => setMatchesOf(null)} />}
      {withdrawing && <WithdrawModal posting={withdrawing} onClose={() => setWithdrawing(null)} />}
      <Section title={t('exchange.agreements')}>{data && <AgreementsTable rows={data.loanAgreements} />}</Section>
    </>
  );
}

function AssociationAgreements() {
  const { t } = useI18n();
  const [{ data, error }] = useQuery({ query: AllAgreementsDocument, context: OURS_CONTEXT });
  return (
    <Section title={t('exchange.agreements')}>
      {error && <ErrorBanner error={error} />}
      {data && <AgreementsTable rows={data.loanAgreements} />}
    </Section>
  );
}

/** Today in Oslo as YYYY-MM-DD. */
function osloToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}

function PostingForm() {
  const { t, lang } = useI18n();
  const [{ data }] = useQuery({ query: ExchangeBoardDocument, variables: { filter: {} }, context: BOARD_CONTEXT });
  const [kind, setKind] = useState<'OFFER' | 'NEED'>('OFFER');
  const [code, setCode] = useState<string | null>(null);
  const [resource, setResource] = useState<LoanResource>('STAFF');
  const [hours, setHours] = useState('');
  const [windowStart, setWindowStart] = useState(osloToday());
  const [windowEnd, setWindowEnd] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [hoursProblem, setHoursProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [{ fetching: postingOffer }, postOffer] = useMutation(PostExchangeOfferDocument);
  const [{ fetching: postingNeed }, postNeed] = useMutation(PostExchangeNeedDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const h = Number(hours.trim());
    if (!/^\d+$/.test(hours.trim()) || h < 1) {
      setHoursProblem(t('exchange.hoursWhole'));
      return;
    }
    setHoursProblem(null);
    const input = { capabilityCode: code ?? '', resource, hours: h, windowStart, windowEnd, note: note.trim() || null };
    const r = kind === 'OFFER' ? await postOffer({ input }, OURS_CONTEXT) : await postNeed({ input }, OURS_CONTEXT);
    if (r.error || !r.data) return setProblem(describeError(r.error));
    setProblem(null);
    setHours('');
    setNote('');
    setDone(t(kind === 'OFFER' ? 'exchange.offerPosted' : 'exchange.needPosted'));
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('exchange.post')}>
        <Stack gap="sm">
          {problem && <ErrorBanner problem={problem} />}
          {done && (
            <Text size="sm" role="status">
              {done}
            </Text>
          )}
          <SegmentedControl
            aria-label={t('exchange.kindLabel')}
            value={kind}
            onChange={(v) => setKind(v as 'OFFER' | 'NEED')}
            data={[
              { value: 'OFFER', label: t('exchange.postOffer') },
              { value: 'NEED', label: t('exchange.postNeed') },
            ]}
          />
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('exchange.capability')}
              data={(data?.capabilityCatalogue ?? []).map((c) => ({
                value: c.code,
                label: `${lang === 'en' ? c.nameEn : c.nameNb} (${c.code})`,
              }))}
              value={code}
              onChange={setCode}
              searchable
              error={problem?.fields.capabilityCode}
              miw={240}
            />
            <Select
              label={t('exchange.resource')}
              data={(['STAFF', 'MACHINE'] as const).map((r) => ({ value: r, label: t(`exchange.resource.${r}`) }))}
              value={resource}
              onChange={(v) => v && setResource(v as LoanResource)}
              allowDeselect={false}
              miw={160}
            />
            <TextInput
              label={t('exchange.hours')}
              inputMode="numeric"
              value={hours}
              onChange={(e) => setHours(e.currentTarget.value)}
              error={hoursProblem ?? problem?.fields.hours}
              miw={120}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('exchange.windowStart')}
              value={windowStart}
              onChange={(e) => setWindowStart(e.currentTarget.value)}
              error={problem?.fields.windowStart}
              miw={160}
            />
            <TextInput
              type="date"
              label={t('exchange.windowEnd')}
              value={windowEnd}
              onChange={(e) => setWindowEnd(e.currentTarget.value)}
              error={problem?.fields.windowEnd}
              miw={160}
            />
          </Group>
          <Textarea label={t('exchange.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button type="submit" loading={postingOffer || postingNeed}>
              {t(kind === 'OFFER' ? 'exchange.postOffer' : 'exchange.postNeed')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function WithdrawModal({ posting, onClose }: { posting: Posting; onClose(): void }) {
  const { t } = useI18n();
  const [, withdraw] = useMutation(WithdrawExchangePostingDocument);
  return (
    <ReasonModal
      title={t('exchange.withdrawOf', { id: posting.id })}
      label={t('exchange.withdrawReason')}
      submitLabel={t('exchange.withdraw')}
      onSubmit={(reason) => withdraw({ id: posting.id, reason: reason.trim() || null }, OURS_CONTEXT)}
      onClose={onClose}
    />
  );
}

/** A need's ranked matches, each with "propose an agreement". */
function MatchesModal({ need, onClose }: { need: Posting; onClose(): void }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({
    query: ExchangeMatchesDocument,
    variables: { needId: need.id },
    requestPolicy: 'network-only',
  });
  const [proposing, setProposing] = useState<Match | null>(null);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('exchange.matchesOf', { id: need.id })}
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data &&
        (proposing ? (
          <ProposeForm need={need} match={proposing} onCancel={() => setProposing(null)} />
        ) : (
          <MatchesTable need={need} matches={data.exchangeMatches} onPropose={setProposing} />
        ))}
    </Modal>
  );
}

function MatchesTable({ need, matches, onPropose }: { need: Posting; matches: Match[]; onPropose(m: Match): void }) {
  const { t } = useI18n();
  if (!matches.length) return <Empty title={t('exchange.noMatches')} hint={t('exchange.noMatchesHint')} />;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label={t('exchange.matchesOf', { id: need.id })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exchange.rank')}</Table.Th>
            <Table.Th>{t('exchange.firm')}</Table.Th>
            <Table.Th>{t('exchange.source')}</Table.Th>
            <Table.Th ta="right">{t('exchange.covered')}</Table.Th>
            <Table.Th>{t('exchange.overlap')}</Table.Th>
            <Table.Th>{t('form.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((m) => (
            <Table.Tr key={`${m.source}-${m.memberId}-${m.postingId ?? 0}`}>
              <Table.Td>{m.rank}</Table.Td>
              <Table.Td>{m.member.name}</Table.Td>
              <Table.Td>
                {m.source === 'OFFER' ? t('exchange.sourceOffer', { id: m.postingId ?? 0 }) : t('exchange.sourceCapacity')}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {m.coveredHours === null
                  ? t('exchange.private')
                  : t('exchange.coveredOf', { covered: m.coveredHours, open: need.hoursOpen })}
              </Table.Td>
              <Table.Td>
                <DateRange from={m.overlapStart} to={m.overlapEnd} />
              </Table.Td>
              <Table.Td>
                <Button size="xs" onClick={() => onPropose(m)}>
                  {t('exchange.proposeWith', { firm: m.member.name })}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ProposeForm({ need, match, onCancel }: { need: Posting; match: Match; onCancel(): void }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [hours, setHours] = useState(String(Math.min(match.coveredHours ?? need.hoursOpen, need.hoursOpen)));
  const [periodStart, setPeriodStart] = useState(match.overlapStart);
  const [periodEnd, setPeriodEnd] = useState(match.overlapEnd);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, propose] = useMutation(ProposeLoanAgreementDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const h = Number(hours.trim());
    const input = {
      needId: need.id,
      ...(match.source === 'OFFER' && match.postingId ? { offerId: match.postingId } : { lenderId: match.memberId }),
      hours: Number.isInteger(h) ? h : 0,
      periodStart,
      periodEnd,
      note: note.trim() || null,
    };
    const r = await propose({ input }, OURS_CONTEXT);
    if (r.error || !r.data) return setProblem(describeError(r.error));
    navigate(`/capacity/agreements/${r.data.proposeLoanAgreement.id}`);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('exchange.proposeForm')}>
      <Stack gap="sm">
        <Text size="sm">
          {t('exchange.proposeLead', { lender: match.member.name, borrower: need.member.name, code: capabilityName(need, lang) })}
        </Text>
        {problem && <ErrorBanner problem={problem} />}
        <TextInput
          label={t('exchange.hours')}
          inputMode="numeric"
          value={hours}
          onChange={(e) => setHours(e.currentTarget.value)}
          error={problem?.fields.hours}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('exchange.periodStart')}
            value={periodStart}
            onChange={(e) => setPeriodStart(e.currentTarget.value)}
            error={problem?.fields.periodStart}
          />
          <TextInput
            type="date"
            label={t('exchange.periodEnd')}
            value={periodEnd}
            onChange={(e) => setPeriodEnd(e.currentTarget.value)}
            error={problem?.fields.periodEnd}
          />
        </Group>
        <Textarea label={t('exchange.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Text size="xs" c="dimmed">
          {t('exchange.proposeTermsHint')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={fetching}>
            {t('exchange.propose')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The project leader's view: every open need with its best matches, and proposing on the firms' behalf. */
function LeaderNeeds() {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ExchangeNeedsDocument, variables: {}, context: OURS_CONTEXT });
  const [proposing, setProposing] = useState<{ need: Posting; match: Match } | null>(null);
  const needs = data?.exchangeNeeds.nodes ?? [];
  return (
    <Section title={t('exchange.needsAndMatches')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && needs.length === 0 && <Empty title={t('exchange.noNeeds')} />}
      {needs.map((n) => (
        <Paper key={n.id} withBorder p="sm">
          <Stack gap="xs">
            <Text fw={600}>
              {t('exchange.needLine', { id: n.id, firm: n.member.name, hours: n.hoursOpen, capability: capabilityName(n, lang) })}{' '}
              <DateRange from={n.windowStart} to={n.windowEnd} />
            </Text>
            {(n.matches ?? []).length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('exchange.noMatches')}
              </Text>
            ) : (
              <MatchesTable need={n} matches={n.matches ?? []} onPropose={(m) => setProposing({ need: n, match: m })} />
            )}
          </Stack>
        </Paper>
      ))}
      {proposing && (
        <Modal
          opened
          onClose={() => setProposing(null)}
          title={t('exchange.matchesOf', { id: proposing.need.id })}
          size="lg"
          centered
          closeButtonProps={{ 'aria-label': t('form.close') }}
        >
          <ProposeForm need={proposing.need} match={proposing.match} onCancel={() => setProposing(null)} />
        </Modal>
      )}
    </Section>
  );
}
