import {
  Badge,
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ActivityQuery, FollowUpStatus, GoalsMet, Vote } from '../../gql/graphql';
import { type ApiProblem, describeError } from '../../ui/api/errors';
import { DateTime, LocalDate } from '../../ui/dates';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money, MoneyInput } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { ErrorBanner, Loading } from '../../ui/states';
import {
  ActivityDecisionDocument,
  ActivityDocument,
  CastActivityVoteDocument,
  CloseActivityDecisionDocument,
  CloseActivityDocument,
  OpenActivityApprovalDocument,
  RecordStatusReportDocument,
} from './activities.graphql';
import { CHANGED_COLOR, FOLLOW_UP_COLOR, FOLLOW_UPS, GOALS, STATUS_COLOR } from './options';
import { EditPlan } from './plan-form';

type Activity = NonNullable<ActivityQuery['activity']>;
const CONTEXT = { additionalTypenames: ['Activity', 'SteeringDecision', 'ActivityStatusReport'] };

/** One activity: its plan, the committee's approval, the contact's status reports and the evaluation. */
export function ActivityPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const [{ data, fetching, error }] = useQuery({ query: ActivityDocument, variables: { id }, context: CONTEXT });
  const a = data?.activity;
  return (
    <Page title={a?.title ?? t('activities.title')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {a && (
        <Stack gap="lg">
          <Plan a={a} />
          <Approval a={a} />
          <FollowUp a={a} />
          <Evaluation a={a} />
        </Stack>
      )}
    </Page>
  );
}

function Plan({ a }: { a: Activity }) {
  const { t } = useI18n();
  const user = useUser();
  const [editing, setEditing] = useState(false);
  // the API's rule: the association's leaders change a plan that is not closed, and not while the committee votes on it
  const canEdit = (user.role === 'ADMIN' || user.role === 'PROJECT_LEADER') && a.status !== 'CLOSED' && a.openDecisionId == null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} size="h4" id="plan">
            {t('activity.plan')}
          </Title>
          <Badge color={STATUS_COLOR[a.status]} variant="light">
            {t(`activityStatus.${a.status}`)}
          </Badge>
          {a.changedSinceApproval && (
            <Badge color={CHANGED_COLOR} variant="outline">
              {t('activity.changed')}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('activity.kind')} value={t(`activityKind.${a.kind}`)} />
          <Fact label={t('activity.projectLeader')} value={a.projectLeader.name} />
          <Fact label={t('activity.contact')} value={a.contact.name} />
        </SimpleGrid>
        {a.goals && <Fact label={t('activity.goals')} value={a.goals} />}
        <Fact label={t('activity.firms')} value={a.firms.length ? a.firms.map((f) => f.name).join(', ') : '–'} />
        {canEdit && !editing && (
          <Group>
            <Button variant="light" onClick={() => setEditing(true)}>
              {t('plan.edit')}
            </Button>
          </Group>
        )}
        {editing && a.budget && (
          <EditPlan
            activityId={a.id}
            budget={a.budget}
            milestones={a.milestones}
            approved={a.approvedRevision != null}
            onDone={() => setEditing(false)}
          />
        )}
        {!editing && a.budget && (
          <Table>
            <Table.Caption>{t('activity.budgetCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activity.source')}</Table.Th>
                <Table.Th>{t('activity.note')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('activity.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.budget.map((b, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    {t(`funding.${b.source}`)}
                    {b.grantId != null && ` (${t('activity.grant', { id: b.grantId })})`}
                  </Table.Td>
                  <Table.Td>{b.note || '–'}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money value={b.amount} />
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th colSpan={2}>{t('activity.total')}</Table.Th>
                <Table.Td style={{ textAlign: 'right' }} fw={600}>
                  <Money value={a.budgetTotal} />
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        {!editing && (
          <Table>
            <Table.Caption>{t('activity.milestonesCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activity.milestone')}</Table.Th>
                <Table.Th>{t('activity.due')}</Table.Th>
                <Table.Th>{t('activity.followUp')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.milestones.map((m, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{m.title}</Table.Td>
                  <Table.Td>
                    <LocalDate value={m.dueDate} />
                  </Table.Td>
                  <Table.Td>
                    {m.followUpOverdue ? (
                      <Badge color="red" variant="filled">
                        {t('activity.overdue')}
                      </Badge>
                    ) : (
                      '–'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </div>
  );
}

/** The plan's approvals: revisions in force, and the open decision to vote on and close. */
function Approval({ a }: { a: Activity }) {
  const { t } = useI18n();
  const user = useUser();
  const leader = user.role === 'ADMIN' || user.role === 'PROJECT_LEADER';
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ data }] = useQuery({
    query: ActivityDecisionDocument,
    variables: { activityId: a.id },
    pause: user.role === 'FIRM_USER',
    context: CONTEXT,
  });
  const [{ fetching: opening }, open] = useMutation(OpenActivityApprovalDocument);
  const [{ fetching: voting }, vote] = useMutation(CastActivityVoteDocument);
  const [{ fetching: closing }, close] = useMutation(CloseActivityDecisionDocument);
  if (user.role === 'FIRM_USER') return null;
  const decision = data?.steeringDecisions.find((d) => d.status === 'OPEN');
  const mine = decision?.votes.find((v) => v.userId === user.id)?.vote;
  const canPropose = leader && !decision && a.status !== 'CLOSED' && (a.status === 'DRAFT' || a.changedSinceApproval);
  const run = async (p: Promise<{ error?: Parameters<typeof describeError>[0] }>) => {
    const r = await p;
    setProblem(r.error ? describeError(r.error) : null);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="approval">
      <Stack gap="sm">
        <Title order={2} size="h4" id="approval">
          {t('activity.approval')}
        </Title>
        {problem && <ErrorBanner problem={problem} />}
        {a.revisions.length === 0 ? (
          <Text size="sm">{t('activity.notApproved')}</Text>
        ) : (
          <List size="sm">
            {a.revisions.map((r) => (
              <List.Item key={r.revision}>
                {t('activity.revision', { n: r.revision, decision: r.decisionId })} <DateTime value={r.approvedAt} /> ·{' '}
                <Money value={r.budgetTotal} />
                {r.revision === a.approvedRevision && ` · ${t('activity.inForce')}`}
              </List.Item>
            ))}
          </List>
        )}
        {a.changedSinceApproval && <Text size="sm">{t('activity.changedHint')}</Text>}
        {canPropose && (
          <Group>
            <Button loading={opening} onClick={() => void run(open({ activityId: a.id }))}>
              {t('activity.propose')}
            </Button>
          </Group>
        )}
        {decision && (
          <Stack gap="xs" aria-label={t('activity.openDecision', { id: decision.id })} role="group">
            <Text size="sm" fw={500}>
              {t('activity.openDecision', { id: decision.id })}
            </Text>
            <Text size="sm">{decision.question}</Text>
            <Text size="sm" c="dimmed">
              {t('activity.tally', {
                yes: decision.yes,
                no: decision.no,
                abstain: decision.abstain,
                voted: decision.voted,
                size: decision.committeeSize,
                quorum: decision.quorum,
              })}
            </Text>
            <Group gap="xs">
              {user.role === 'STEERING' &&
                (['YES', 'NO', 'ABSTAIN'] as Vote[]).map((v) => (
                  <Button
                    key={v}
                    variant={mine === v ? 'filled' : 'light'}
                    loading={voting}
                    onClick={() => void run(vote({ decisionId: decision.id, vote: v }))}
                  >
                    {t(`vote.${v}`)}
                  </Button>
                ))}
              <Button variant="outline" loading={closing} onClick={() => void run(close({ decisionId: decision.id }))}>
                {t('activity.closeDecision')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function FollowUp({ a }: { a: Activity }) {
  const { t } = useI18n();
  const user = useUser();
  const isContact = user.id === a.contact.id && a.status === 'APPROVED';
  const [status, setStatus] = useState<FollowUpStatus>('ON_TRACK');
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, record] = useMutation(RecordStatusReportDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await record({ input: { activityId: a.id, status, text, date: date || null } });
    setProblem(r.error ? describeError(r.error) : null);
    if (!r.error) {
      setText('');
      setDate('');
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="follow-up">
      <Stack gap="sm">
        <Title order={2} size="h4" id="follow-up">
          {t('activity.statusReports')}
        </Title>
        {a.overdueFollowUps > 0 && (
          <Text size="sm" c="red.9">
            {t('activities.overdue', { n: a.overdueFollowUps })}
          </Text>
        )}
        {a.statusReports.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('activity.noReports')}
          </Text>
        ) : (
          <Stack gap="xs">
            {a.statusReports.map((r) => (
              <Group key={r.id} gap="sm" align="flex-start" wrap="nowrap">
                <Badge color={FOLLOW_UP_COLOR[r.status]} variant="light" miw={110}>
                  {t(`followUp.${r.status}`)}
                </Badge>
                <Text size="sm">
                  <LocalDate value={r.date} />: {r.text}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
        {isContact && (
          <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('activity.newReport')}>
            <Stack gap="sm">
              {problem && <ErrorBanner problem={problem} />}
              <SegmentedControl
                aria-label={t('activity.reportStatus')}
                value={status}
                onChange={(v) => setStatus(v as FollowUpStatus)}
                data={FOLLOW_UPS.map((s) => ({ value: s, label: t(`followUp.${s}`) }))}
              />
              <Textarea
                label={t('activity.reportText')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={problem?.fields.text}
                required
                autosize
                minRows={2}
              />
              <TextInput
                type="date"
                label={t('activity.reportDate')}
                description={t('activity.reportDateHint')}
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
                error={problem?.fields.date}
                w={220}
              />
              <Group>
                <Button type="submit" loading={fetching}>
                  {t('activity.sendReport')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function Evaluation({ a }: { a: Activity }) {
  const { t } = useI18n();
  const user = useUser();
  const canEvaluate = user.id === a.contact.id && a.status === 'APPROVED';
  const [goals, setGoals] = useState<GoalsMet>('MET');
  const [spent, setSpent] = useState<string | null>(null);
  const [lessons, setLessons] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, closeActivity] = useMutation(CloseActivityDocument);
  const f = a.figures;
  if (!a.evaluation && !canEvaluate) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await closeActivity({ input: { activityId: a.id, goalsMet: goals, spent: spent ?? '', lessons } });
    setProblem(r.error ? describeError(r.error) : null);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="evaluation">
      <Stack gap="sm">
        <Title order={2} size="h4" id="evaluation">
          {t('activity.evaluation')}
        </Title>
        {a.evaluation && (
          <Stack gap="xs">
            <Fact label={t('activity.goalsMet')} value={t(`goals.${a.evaluation.goalsMet}`)} />
            <Fact label={t('activity.lessons')} value={a.evaluation.lessons} />
          </Stack>
        )}
        {f && (
          <Table>
            <Table.Caption>{t('activity.figuresCaption')}</Table.Caption>
            <Table.Tbody>
              <FigureRow label={t('activity.fig.budget')} value={<Money value={f.budget} />} />
              <FigureRow label={t('activity.fig.grant')} value={<Money value={f.grant} />} />
              <FigureRow label={t('activity.fig.spent')} value={<Money value={f.spent} />} />
              <FigureRow label={t('activity.fig.variance')} value={<Money value={f.variance} />} />
              <FigureRow label={t('activity.fig.ordersWon', { n: f.ordersWonCount })} value={<Money value={f.ordersWon} />} />
              <FigureRow label={t('activity.fig.perKroneSpent')} value={<Ratio value={f.returnPerKroneSpent} />} />
              <FigureRow label={t('activity.fig.perKroneGrant')} value={<Ratio value={f.returnPerKroneGrant} />} />
            </Table.Tbody>
          </Table>
        )}
        {canEvaluate && (
          <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('activity.evaluate')}>
            <Stack gap="sm">
              {problem && <ErrorBanner problem={problem} />}
              <Text size="sm">{t('activity.evaluateHint')}</Text>
              <SegmentedControl
                aria-label={t('activity.goalsMet')}
                value={goals}
                onChange={(v) => setGoals(v as GoalsMet)}
                data={GOALS.map((g) => ({ value: g, label: t(`goals.${g}`) }))}
              />
              <MoneyInput label={t('activity.spent')} value={spent} onChange={setSpent} required error={problem?.fields.spent} w={280} />
              <Textarea
                label={t('activity.lessons')}
                value={lessons}
                onChange={(e) => setLessons(e.currentTarget.value)}
                error={problem?.fields.lessons}
                required
                autosize
                minRows={2}
              />
              <Group>
                <Button type="submit" loading={fetching}>
                  {t('activity.closeWithEvaluation')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function FigureRow({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        {label}
      </Table.Th>
      <Table.Td style={{ textAlign: 'right' }}>{value}</Table.Td>
    </Table.Tr>
  );
}

/** A ratio from the API ("3.44"), written with the person's decimal sign. */
function Ratio({ value }: { value: string | null | undefined }) {
  const { lang } = useI18n();
  if (!value) return <>–</>;
  return <>{lang === 'nb' ? value.replace('.', ',') : value}</>;
}
