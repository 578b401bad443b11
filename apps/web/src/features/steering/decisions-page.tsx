import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { DecisionCardFragment, Market, TenderStage, Vote } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { DateTime } from '../../ui/dates';
import { type MessageKey, useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { CastVoteDocument, CloseDecisionDocument, DecisionsDocument } from './steering.graphql';

/** A stable context object (a new one each render would re-run the query). */
const STEERING_DECISION_CONTEXT = { additionalTypenames: ['SteeringDecision'] };

const VOTES: Vote[] = ['YES', 'NO', 'ABSTAIN'];
// dark shades: white on a filled (pressed) button or badge keeps 4.5:1 contrast
const VOTE_COLOR: Record<string, string> = { YES: 'teal.9', NO: 'red.9', ABSTAIN: 'gray.7' };

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {children}
      </Text>
    </Stack>
  );
}

/** The tender or bid a decision concerns: what a member needs to know to vote. */
function KeyFacts({ d }: { d: DecisionCardFragment }) {
  const t = useT();
  if (!d.tender) return null; // a decision on no tender (an activity's plan): its own screen shows it
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <Fact label={t('decisions.tender')}>{d.tender.title}</Fact>
      <Fact label={t('tenders.buyer')}>
        {d.tender.buyerName} · {t(`market.${d.tender.market as Market}`)}
      </Fact>
      <Fact label={t('tenders.deadline')}>
        <DateTime value={d.tender.deadline} />
      </Fact>
      {d.bid ? (
        <Fact label={t('decisions.bidPrice')}>
          <Money value={d.bidPrice} />
        </Fact>
      ) : (
        <Fact label={t('tenders.value')}>
          <Money value={d.tender.estimatedValue} />
        </Fact>
      )}
      {d.bid ? (
        <Fact label={t('decisions.bid')}>
          {d.bid.title} ({t(`bidStatus.${d.bid.status}`)})
        </Fact>
      ) : (
        <Fact label={t('decisions.weighted')}>
          <Money value={d.tender.weightedValue} />
        </Fact>
      )}
      <Fact label={t('decisions.stageNow')}>{t(`stage.${d.tender.stage as TenderStage}`)}</Fact>
    </SimpleGrid>
  );
}

/** Who voted what, by name; the chair marked. */
function Votes({ d }: { d: DecisionCardFragment }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table>
        <Table.Caption>
          {t('decisions.tally', { voted: d.voted, size: d.committeeSize, yes: d.yes, no: d.no, abstain: d.abstain })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('decisions.member')}</Table.Th>
            <Table.Th>{t('decisions.vote')}</Table.Th>
            <Table.Th>{t('decisions.comment')}</Table.Th>
            <Table.Th>{t('decisions.when')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.members.map((m) => {
            const v = d.votes.find((x) => x.userId === m.id);
            return (
              <Table.Tr key={m.id}>
                <Table.Td>
                  {m.name}
                  {m.id === d.chairUserId && (
                    <Badge ml="xs" size="sm" variant="outline">
                      {t('decisions.chair')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {v ? (
                    <Badge color={VOTE_COLOR[v.vote]} variant="light">
                      {t(`vote.${v.vote as Vote}`)}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('decisions.notVoted')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{v?.comment ?? ''}</Table.Td>
                <Table.Td>{v ? <DateTime value={v.at} /> : ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Cast or change my vote: one click on the answer (a comment is optional). */
function MyVote({ d, onDone }: { d: DecisionCardFragment; onDone(p: ApiProblem | null, key?: MessageKey): void }) {
  const t = useT();
  const user = useUser();
  const mine = d.votes.find((v) => v.userId === user.id);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [{ fetching }, cast] = useMutation(CastVoteDocument);
  const vote = async (v: Vote) => {
    const r = await cast({ decisionId: d.id, vote: v, comment: comment.trim() || null });
    onDone(r.error ? describeError(r.error) : null, mine ? 'decisions.voteChanged' : 'decisions.voteCast');
  };
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {mine ? t('decisions.yourVote', { vote: t(`vote.${mine.vote as Vote}`) }) : t('decisions.castYourVote')}
        </Text>
        <TextInput label={t('decisions.commentOptional')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} maw={520} />
        <Group gap="xs" role="group" aria-label={t('decisions.voteOn', { question: d.question })}>
          {VOTES.map((v) => (
            <Button
              key={v}
              color={VOTE_COLOR[v]}
              variant={mine?.vote === v ? 'filled' : 'light'}
              aria-pressed={mine?.vote === v}
              loading={fetching}
              onClick={() => void vote(v)}
            >
              {t(`vote.${v}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

function DecisionCard({ d }: { d: DecisionCardFragment }) {
  const t = useT();
  const user = useUser();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [{ fetching: closing }, close] = useMutation(CloseDecisionDocument);
  const open = d.status === 'OPEN';
  const onCommittee = d.members.some((m) => m.id === user.id);
  const mayClose =
    open && (user.role === 'ADMIN' || user.role === 'PROJECT_LEADER' || (user.role === 'STEERING' && d.chairUserId === user.id));
  const report = (p: ApiProblem | null, key?: MessageKey) => {
    setProblem(p);
    setDone(p ? null : (key ?? null));
  };
  const approved = d.result === 'APPROVED';
  return (
    <Paper withBorder p="md" component="article" aria-label={d.question}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Group gap="xs">
              <Badge variant="light">{t(`decisions.kind.${d.kind}`)}</Badge>
              {open ? (
                <Badge color="blue" variant="outline">
                  {t('decisions.open')}
                </Badge>
              ) : (
                <Badge color={approved ? 'teal.9' : 'red.9'} variant="filled">
                  {approved ? t('decisions.approved') : t('decisions.rejected')}
                </Badge>
              )}
            </Group>
            <Title order={2} size="h4">
              {d.question}
            </Title>
            <Text size="xs" c="dimmed">
              {t('decisions.opened')} <DateTime value={d.openedAt} />
              {d.closedAt && (
                <>
                  {' · '}
                  {t('decisions.closed')} <DateTime value={d.closedAt} />
                </>
              )}
            </Text>
          </Stack>
          {mayClose && (
            <Button
              variant="default"
              loading={closing}
              onClick={async () => {
                const r = await close({ decisionId: d.id });
                report(r.error ? describeError(r.error) : null, 'decisions.closedNow');
              }}
            >
              {t('decisions.close')}
            </Button>
          )}
        </Group>
        <KeyFacts d={d} />
        {!open && d.tieBrokenByChair && (
          <Alert color="yellow" variant="light" title={t('decisions.tieTitle')}>
            {t('decisions.tieBody', { yes: d.yes, no: d.no, result: approved ? t('decisions.approved') : t('decisions.rejected') })}
          </Alert>
        )}
        <Text size="sm">
          {t('decisions.rule', { quorum: d.quorum, size: d.committeeSize })}{' '}
          {open && (d.voted >= d.quorum ? t('decisions.quorumMet') : t('decisions.quorumMissing', { n: d.quorum - d.voted }))}
        </Text>
        <Votes d={d} />
        {problem && <ErrorBanner problem={problem} />}
        {done && (
          <Alert
            color="green"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel={t('form.close')}
            onClose={() => setDone(null)}
          >
            {t(done)}
          </Alert>
        )}
        {open && user.role === 'STEERING' && onCommittee && <MyVote d={d} onDone={report} />}
      </Stack>
    </Paper>
  );
}

/**
 * Vedtak: open decisions with their question, the tender or bid and its key facts, the votes by
 * name, quorum and the rule; a member votes or changes the vote in one click; the chair (or the
 * project leader) closes; closed decisions with their outcome, a tie broken by the chair shown as such.
 */
export function DecisionsPage() {
  const t = useT();
  const [tab, setTab] = useState<string | null>('open');
  const [{ data, fetching, error }] = useQuery({ query: DecisionsDocument, context: STEERING_DECISION_CONTEXT });
  const all = data?.steeringDecisions ?? [];
  const open = all.filter((d) => d.status === 'OPEN');
  const closed = all.filter((d) => d.status !== 'OPEN');
  return (
    <Page title={t('decisions.title')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="open">{t('decisions.tabOpen', { n: open.length })}</Tabs.Tab>
            <Tabs.Tab value="closed">{t('decisions.tabClosed', { n: closed.length })}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="open" pt="md">
            <Stack>
              {open.length === 0 && <Empty title={t('decisions.noneOpen')} hint={t('decisions.noneOpenHint')} />}
              {open.map((d) => (
                <DecisionCard key={d.id} d={d} />
              ))}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="closed" pt="md">
            <Stack>
              {closed.length === 0 && <Empty title={t('decisions.noneClosed')} />}
              {closed.map((d) => (
                <DecisionCard key={d.id} d={d} />
              ))}
            </Stack>
          </Tabs.Panel>
        </Tabs>
      )}
    </Page>
  );
}
