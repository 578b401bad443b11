import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ActivityKind, ActivityPlanOptionsQuery, BudgetLineInput, FundingSource, MilestoneInput } from '../../gql/graphql';
import { type ApiProblem, describeError, localProblem } from '../../ui/api/errors';
import { formatMoney } from '../../ui/format/money';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { MoneyInput } from '../../ui/money';
import { ErrorBanner, Loading } from '../../ui/states';
import { CreateActivityDocument, PlanOptionsDocument, UpdateActivityPlanDocument } from './activities.graphql';

type Grants = ActivityPlanOptionsQuery['grants'];
const KINDS: ActivityKind[] = ['BID_CAMPAIGN', 'MEMBER_SERVICE', 'COMPETENCE_PROJECT', 'MARKETING', 'OTHER'];
const SOURCES: FundingSource[] = ['OWN_FUNDS', 'GRANT', 'MEMBER_FEES'];
const CONTEXT = { additionalTypenames: ['Activity'] };

/** One budget line as typed: the amount as exact øre from the kroner field (null while empty or not an amount). */
export interface LineDraft {
  key: number;
  source: FundingSource;
  grantId: string | null;
  amount: string | null;
  note: string;
}
export interface MilestoneDraft {
  key: number;
  title: string;
  dueDate: string;
}

let nextKey = 1;
export const newLine = (): LineDraft => ({ key: nextKey++, source: 'OWN_FUNDS', grantId: null, amount: null, note: '' });
export const newMilestone = (): MilestoneDraft => ({ key: nextKey++, title: '', dueDate: '' });

/**
 * What the API gets from the drafts; null with field messages when something cannot be sent at all
 * (a kroner field that is not an amount, a milestone without a date). The API checks the rest.
 */
export function planParts(
  lines: LineDraft[],
  milestones: MilestoneDraft[],
  say: { needAmount: string; needDate: string },
): { parts: { budget: BudgetLineInput[]; milestones: MilestoneInput[] } } | { fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  lines.forEach((l, i) => {
    if (l.amount == null) fields[`budget.${i}.amount`] = say.needAmount;
  });
  milestones.forEach((m, i) => {
    if (!m.dueDate) fields[`milestones.${i}.dueDate`] = say.needDate;
  });
  if (Object.keys(fields).length) return { fields };
  return {
    parts: {
      budget: lines.map((l) => ({
        source: l.source,
        grantId: l.source === 'GRANT' && l.grantId ? Number(l.grantId) : null,
        amount: l.amount!, // every amount was read above
        note: l.note.trim() || null,
      })),
      milestones: milestones.map((m) => ({ title: m.title, dueDate: m.dueDate })),
    },
  };
}

/** The budget lines (funding, grant of the register, kroner) and the dated milestones of a plan. */
export function BudgetAndMilestones({
  lines,
  setLines,
  milestones,
  setMilestones,
  grants,
  problem,
}: {
  lines: LineDraft[];
  setLines(l: LineDraft[]): void;
  milestones: MilestoneDraft[];
  setMilestones(m: MilestoneDraft[]): void;
  grants: Grants;
  problem: ApiProblem | null;
}) {
  const { t, lang } = useI18n();
  const f = problem?.fields ?? {};
  const setLine = (i: number, patch: Partial<LineDraft>) => setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const setMs = (i: number, patch: Partial<MilestoneDraft>) => setMilestones(milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const grantOptions = grants.map((g) => ({
    value: String(g.id),
    label: `${g.source}: ${g.purpose.slice(0, 60)} (${formatMoney(g.amount.minorUnits, g.amount.currency, lang)})`,
  }));
  return (
    <>
      <Fieldset legend={t('plan.budget')}>
        <Stack gap="sm">
          {lines.map((l, i) => (
            <Group key={l.key} align="flex-start" gap="sm" role="group" aria-label={t('plan.line', { n: i + 1 })}>
              <Select
                label={t('activity.source')}
                data={SOURCES.map((s) => ({ value: s, label: t(`funding.${s}`) }))}
                value={l.source}
                onChange={(v) => setLine(i, { source: (v ?? 'OWN_FUNDS') as FundingSource, grantId: v === 'GRANT' ? l.grantId : null })}
                allowDeselect={false}
                w={180}
              />
              {l.source === 'GRANT' && (
                <Select
                  label={t('plan.grant')}
                  data={grantOptions}
                  value={l.grantId}
                  onChange={(v) => setLine(i, { grantId: v })}
                  error={f[`budget.${i}.grantId`]}
                  w={300}
                />
              )}
              <MoneyInput
                label={t('activity.amount')}
                value={l.amount}
                onChange={(v) => setLine(i, { amount: v })}
                error={f[`budget.${i}.amount`]}
                w={240}
              />
              <TextInput
                label={t('activity.note')}
                value={l.note}
                onChange={(e) => setLine(i, { note: e.currentTarget.value })}
                error={f[`budget.${i}.note`]}
                w={220}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('plan.removeLine', { n: i + 1 })}
                onClick={() => setLines(lines.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          {f.budget && (
            <Text size="sm" c="red.8" role="alert">
              {f.budget}
            </Text>
          )}
          <Group>
            <Button variant="light" onClick={() => setLines([...lines, newLine()])}>
              {t('plan.addLine')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('activity.milestonesCaption')}>
        <Stack gap="sm">
          {milestones.map((m, i) => (
            <Group key={m.key} align="flex-start" gap="sm" role="group" aria-label={t('plan.milestoneN', { n: i + 1 })}>
              <TextInput
                label={t('activity.milestone')}
                value={m.title}
                onChange={(e) => setMs(i, { title: e.currentTarget.value })}
                error={f[`milestones.${i}.title`]}
                w={320}
              />
              <TextInput
                type="date"
                label={t('activity.due')}
                value={m.dueDate}
                onChange={(e) => setMs(i, { dueDate: e.currentTarget.value })}
                error={f[`milestones.${i}.dueDate`]}
                w={200}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('plan.removeMilestone', { n: i + 1 })}
                onClick={() => setMilestones(milestones.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          {f.milestones && (
            <Text size="sm" c="red.8" role="alert">
              {f.milestones}
            </Text>
          )}
          <Group>
            <Button variant="light" onClick={() => setMilestones([...milestones, newMilestone()])}>
              {t('plan.addMilestone')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </>
  );
}

/** A new activity plan (ADMIN, PROJECT_LEADER): it starts as a DRAFT for the committee to approve. */
export function NewActivityPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: PlanOptionsDocument });
  const [{ fetching: saving }, create] = useMutation(CreateActivityDocument);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<string | null>('BID_CAMPAIGN');
  const [area, setArea] = useState<string | null>(null);
  const [goals, setGoals] = useState('');
  const [leader, setLeader] = useState<string | null>(null);
  const [contact, setContact] = useState<string | null>(null);
  const [firms, setFirms] = useState<string[]>([]);
  const [lines, setLines] = useState<LineDraft[]>(() => [newLine()]);
  const [milestones, setMilestones] = useState<MilestoneDraft[]>(() => [newMilestone()]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const f = problem?.fields ?? {};
  const committee = data?.steeringCommittee ?? [];
  const me = data?.me;
  const people = me
    ? [
        { value: String(me.id), label: me.displayName },
        ...committee.filter((c) => c.userId !== me.id).map((c) => ({ value: String(c.userId), label: c.displayName })),
      ]
    : [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = planParts(lines, milestones, { needAmount: t('plan.needAmount'), needDate: t('plan.needDate') });
    if ('fields' in r) return setProblem(localProblem(r.fields, t('plan.fixFields')));
    const res = await create(
      {
        input: {
          title,
          kind: kind as ActivityKind | null,
          areaCode: area,
          goals: goals || null,
          projectLeaderUserId: leader ? Number(leader) : null,
          contactUserId: contact ? Number(contact) : null,
          firmIds: firms.map(Number),
          ...r.parts,
        },
      },
      CONTEXT,
    );
    if (res.error) return setProblem(describeError(res.error));
    void navigate(`/activities/${res.data!.createActivity.id}`);
  };
  return (
    <Page title={t('plan.newTitle')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && (
        <Paper withBorder p="md">
          <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('plan.newTitle')}>
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {t('plan.newIntro')}
              </Text>
              {problem && <ErrorBanner problem={problem} />}
              <TextInput label={t('plan.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={f.title} required />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('activity.kind')}
                  data={KINDS.map((k) => ({ value: k, label: t(`activityKind.${k}`) }))}
                  value={kind}
                  onChange={setKind}
                  error={f.kind}
                  required
                />
                <Select
                  label={t('plan.area')}
                  data={(data.boardAreas?.areas ?? []).map((a) => ({ value: a.code, label: lang === 'en' ? a.nameEn : a.nameNb }))}
                  value={area}
                  onChange={(v) => {
                    setArea(v);
                    // the area's holder is the natural contact; the person may choose another member
                    const holder = data.boardAreas?.areas.find((a) => a.code === v)?.holder.id;
                    if (holder && !contact) setContact(String(holder));
                  }}
                  error={f.areaCode}
                  required
                />
              </SimpleGrid>
              <Textarea
                label={t('activity.goals')}
                value={goals}
                onChange={(e) => setGoals(e.currentTarget.value)}
                error={f.goals}
                autosize
                minRows={2}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('activity.projectLeader')}
                  description={t('plan.leaderHint')}
                  data={people}
                  value={leader}
                  onChange={setLeader}
                  error={f.projectLeaderUserId}
                  required
                />
                <Select
                  label={t('activity.contact')}
                  description={t('plan.contactHint')}
                  data={committee.map((c) => ({ value: String(c.userId), label: c.displayName }))}
                  value={contact}
                  onChange={setContact}
                  error={f.contactUserId}
                  required
                />
              </SimpleGrid>
              <MultiSelect
                label={t('activity.firms')}
                data={data.members.nodes.map((m) => ({ value: String(m.id), label: m.name }))}
                value={firms}
                onChange={setFirms}
                error={f.firmIds}
                searchable
              />
              <BudgetAndMilestones
                lines={lines}
                setLines={setLines}
                milestones={milestones}
                setMilestones={setMilestones}
                grants={data.grants}
                problem={problem}
              />
              <Group>
                <Button type="submit" loading={saving}>
                  {t('plan.create')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Page>
  );
}

/** Edits the working plan's budget and milestones; after an approval the change waits for a new decision. */
export function EditPlan({
  activityId,
  budget,
  milestones: current,
  approved,
  onDone,
}: {
  activityId: number;
  budget: { source: FundingSource; grantId?: number | null; note?: string | null; amount: { minorUnits: string } }[];
  milestones: { title: string; dueDate: string }[];
  approved: boolean;
  onDone(): void;
}) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: PlanOptionsDocument });
  const [{ fetching }, update] = useMutation(UpdateActivityPlanDocument);
  const [lines, setLines] = useState<LineDraft[]>(() =>
    budget.map((b) => ({
      key: nextKey++,
      source: b.source,
      grantId: b.grantId != null ? String(b.grantId) : null,
      amount: b.amount.minorUnits,
      note: b.note ?? '',
    })),
  );
  const [milestones, setMilestones] = useState<MilestoneDraft[]>(() => current.map((m) => ({ key: nextKey++, ...m })));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = planParts(lines, milestones, { needAmount: t('plan.needAmount'), needDate: t('plan.needDate') });
    if ('fields' in r) return setProblem(localProblem(r.fields, t('plan.fixFields')));
    const res = await update({ activityId, input: r.parts }, CONTEXT);
    if (res.error) return setProblem(describeError(res.error));
    onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('plan.editTitle')}>
      <Stack gap="md">
        {approved && <Text size="sm">{t('plan.editApprovedHint')}</Text>}
        {problem && <ErrorBanner problem={problem} />}
        <BudgetAndMilestones
          lines={lines}
          setLines={setLines}
          milestones={milestones}
          setMilestones={setMilestones}
          grants={data?.grants ?? []}
          problem={problem}
        />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('plan.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('plan.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
