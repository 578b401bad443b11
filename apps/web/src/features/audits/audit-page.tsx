import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { AuditQuery, CertificateType, FindingSeverity } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { osloToday } from '../../ui/format/dates';
import { DateTime, LocalDate } from '../../ui/dates';
import { useI18n, useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { session } from '../../ui/session/session-store';
import { useUser } from '../../ui/session/use-session';
import { ErrorBanner, Loading } from '../../ui/states';
import {
  AcceptRelianceDocument,
  AuditDocument,
  CloseFindingDocument,
  ConfirmAuditDateDocument,
  DeclineRelianceDocument,
  MarkAuditDoneDocument,
  RecordFindingDocument,
  ReportAuditDocument,
  RespondToFindingDocument,
} from './audits.graphql';
import { SEVERITY_COLOR, STATUS_COLOR, standardLabel, standardsLabel } from './standards';

/** Lists that may start empty: a mutation of these types refreshes the screen (urql's document cache). */
const AUDIT_CONTEXT = { additionalTypenames: ['AuditFinding', 'Audit'] };

type Audit = AuditQuery['audit'];
type Finding = NonNullable<Audit['findings']>[number];
const SEVERITIES: FindingSeverity[] = ['MAJOR', 'MINOR', 'OBSERVATION'];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** Runs one mutation, and keeps the API's problem for the banner and the fields. */
function useAction() {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const run = async (r: Promise<{ error?: Parameters<typeof describeError>[0] }>) => {
    const out = await r;
    setProblem(out.error ? describeError(out.error) : null);
    return !out.error;
  };
  return { problem, run };
}

/** The report PDF comes from the API with the person's token, so it is fetched, not linked. */
async function downloadReport(path: string, file: string): Promise<void> {
  const token = session.accessToken();
  const res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {}, credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function Facts({ audit }: { audit: Audit }) {
  const t = useT();
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Fact label={t('audits.supplier')}>{audit.supplier.name}</Fact>
        <Fact label={t('audits.standards')}>
          {audit.scope
            ? audit.scope.map((s) => (
                <span key={s.standard} style={{ display: 'block' }}>
                  {standardLabel(s.standard)}:{' '}
                  {s.clauses.length ? t('audits.clauses', { list: s.clauses.join(', ') }) : t('audits.wholeStandard')}
                </span>
              ))
            : standardsLabel(audit.standards)}
        </Fact>
        <Fact label={t('audits.status')}>
          <Badge color={STATUS_COLOR[audit.status]} variant="light">
            {t(`auditStatus.${audit.status}`)}
          </Badge>
        </Fact>
        {audit.plannedOn && (
          <Fact label={t('audits.plannedOn')}>
            <LocalDate value={audit.plannedOn} />{' '}
            {audit.supplierConfirmed ? `(${t('audits.dateConfirmed')})` : `(${t('audits.dateNotConfirmed')})`}
          </Fact>
        )}
        {audit.leadAuditor && (
          <Fact label={t('audits.leadAuditor')}>
            {audit.leadAuditor.displayName}, {audit.leadMember?.name}
          </Fact>
        )}
        <Fact label={t('audits.doneOn')}>
          <LocalDate value={audit.doneOn} />
        </Fact>
        {audit.reportedOn && (
          <Fact label={t('audits.reportedOn')}>
            <LocalDate value={audit.reportedOn} />
          </Fact>
        )}
        {audit.viewerAccess !== 'SUMMARY' && (
          <Fact label={t('audits.registeredOn')}>
            <LocalDate value={audit.registeredOn} fallback={t('audits.notRegistered')} />
          </Fact>
        )}
        {audit.cancelReason && <Fact label={t('audits.cancelReason')}>{audit.cancelReason}</Fact>}
      </SimpleGrid>
      {audit.note && (
        <Text size="sm" mt="sm">
          {audit.note}
        </Text>
      )}
    </Paper>
  );
}

function Participants({ audit, firmId }: { audit: Audit; firmId: number | null }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const { problem, run } = useAction();
  const [{ fetching: accepting }, accept] = useMutation(AcceptRelianceDocument);
  const [{ fetching: declining }, decline] = useMutation(DeclineRelianceDocument);
  const mine = audit.participants?.find((p) => p.memberId === firmId);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('audits.onBehalfOf')}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audits.member')}</Table.Th>
            <Table.Th>{t('audits.reliance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(audit.participants ?? []).map((p) => (
            <Table.Tr key={p.memberId}>
              <Table.Td>{p.member.name}</Table.Td>
              <Table.Td>
                {t(`reliance.${p.status}`)}
                {p.declineReason ? ` (${p.declineReason})` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {mine && mine.status === 'INVITED' && audit.status === 'PLANNED' && (
        <Stack gap="xs" mt="sm">
          {problem && <ErrorBanner problem={problem} />}
          <Text size="sm">{t('audits.relianceAsk')}</Text>
          <Group align="flex-end" wrap="wrap">
            <Button loading={accepting} onClick={() => void run(accept({ auditId: audit.id }))}>
              {t('audits.accept')}
            </Button>
            <TextInput
              label={t('audits.declineReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={problem?.fields.reason}
              w={280}
            />
            <Button variant="default" loading={declining} onClick={() => void run(decline({ input: { auditId: audit.id, reason } }))}>
              {t('audits.decline')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

/** What the lead auditor's firm and the supplier do next, as the audit's state allows. */
function NextSteps({ audit, firmId }: { audit: Audit; firmId: number | null }) {
  const t = useT();
  const [doneOn, setDoneOn] = useState(osloToday());
  const [summary, setSummary] = useState('');
  const { problem, run } = useAction();
  const [{ fetching: confirming }, confirm] = useMutation(ConfirmAuditDateDocument);
  const [{ fetching: marking }, markDone] = useMutation(MarkAuditDoneDocument);
  const [{ fetching: reporting }, report] = useMutation(ReportAuditDocument);
  const isSupplier = firmId === audit.supplierMemberId;
  const isLead = firmId !== null && firmId === audit.leadMemberId;
  const steps: ReactNode[] = [];
  if (isSupplier && audit.status === 'PLANNED' && !audit.supplierConfirmed)
    steps.push(
      <Group key="confirm" align="center">
        <Text size="sm">{t('audits.confirmAsk')}</Text>
        <Button loading={confirming} onClick={() => void run(confirm({ auditId: audit.id }))}>
          {t('audits.confirmDate')}
        </Button>
      </Group>,
    );
  if (isLead && audit.status === 'PLANNED')
    steps.push(
      <Group key="done" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('audits.doneOn')}
          value={doneOn}
          onChange={(e) => setDoneOn(e.currentTarget.value)}
          error={problem?.fields.doneOn}
        />
        <Button loading={marking} onClick={() => void run(markDone({ input: { auditId: audit.id, doneOn } }))}>
          {t('audits.markDone')}
        </Button>
      </Group>,
    );
  if (isLead && audit.status === 'DONE')
    steps.push(
      <Stack key="report" gap="xs">
        <Textarea
          label={t('audits.summaryLabel')}
          description={t('audits.summaryHint')}
          autosize
          minRows={3}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={problem?.fields.summary}
        />
        <Button w="fit-content" loading={reporting} onClick={() => void run(report({ input: { auditId: audit.id, summary } }))}>
          {t('audits.report')}
        </Button>
      </Stack>,
    );
  if (!steps.length) return null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('audits.nextSteps')}
      </Title>
      <Stack gap="sm">
        {problem && <ErrorBanner problem={problem} />}
        {steps}
      </Stack>
    </Paper>
  );
}

function RecordFinding({ audit }: { audit: Audit }) {
  const t = useT();
  const [standard, setStandard] = useState<string | null>(audit.standards.length === 1 ? audit.standards[0] : null);
  const [severity, setSeverity] = useState<string | null>(null);
  const [clause, setClause] = useState('');
  const [description, setDescription] = useState('');
  const [action, setAction] = useState('');
  const [dueOn, setDueOn] = useState('');
  const { problem, run } = useAction();
  const [{ fetching }, record] = useMutation(RecordFindingDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await run(
      record({
        input: {
          auditId: audit.id,
          standard: (standard ?? '') as CertificateType,
          clause,
          severity: (severity ?? '') as FindingSeverity,
          description,
          correctiveAction: action.trim() || null,
          dueOn: dueOn || null,
        },
      }),
    );
    if (ok) {
      setClause('');
      setDescription('');
      setAction('');
      setDueOn('');
      setSeverity(null);
    }
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('audits.recordFinding')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('audits.recordFinding')}
          </Title>
          {problem && <ErrorBanner problem={problem} />}
          <Group align="flex-start" wrap="wrap">
            <Select
              label={t('audits.standard')}
              data={audit.standards.map((s) => ({ value: s, label: standardLabel(s) }))}
              value={standard}
              onChange={setStandard}
              error={problem?.fields.standard}
              w={200}
            />
            <TextInput
              label={t('audits.clause')}
              value={clause}
              onChange={(e) => setClause(e.currentTarget.value)}
              error={problem?.fields.clause}
              w={140}
            />
            <Select
              label={t('audits.severity')}
              data={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
              value={severity}
              onChange={setSeverity}
              error={problem?.fields.severity}
              w={220}
            />
            <TextInput
              type="date"
              label={t('audits.actionDue')}
              value={dueOn}
              onChange={(e) => setDueOn(e.currentTarget.value)}
              error={problem?.fields.dueOn}
            />
          </Group>
          <Textarea
            label={t('audits.description')}
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={problem?.fields.description}
          />
          <Textarea
            label={t('audits.correctiveAction')}
            autosize
            minRows={2}
            value={action}
            onChange={(e) => setAction(e.currentTarget.value)}
            error={problem?.fields.correctiveAction}
          />
          <Button type="submit" w="fit-content" loading={fetching}>
            {t('audits.addFinding')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function FindingCard({ f, audit, firmId, n }: { f: Finding; audit: Audit; firmId: number | null; n: number }) {
  const t = useT();
  const [action, setAction] = useState(f.correctiveAction ?? '');
  const [evidence, setEvidence] = useState(f.evidence ?? '');
  const { problem, run } = useAction();
  const [{ fetching: answering }, respond] = useMutation(RespondToFindingDocument);
  const [{ fetching: closing }, close] = useMutation(CloseFindingDocument);
  const actionsOpen = audit.status === 'DONE' || audit.status === 'REPORTED';
  const isSupplier = firmId === audit.supplierMemberId;
  const isLead = firmId !== null && firmId === audit.leadMemberId;
  const heading = `${t('audits.findingN', { n })} · ${t(`severity.${f.severity}`)} · ${standardLabel(f.standard)} ${f.clause}`;
  return (
    <Paper withBorder p="md" component="section" aria-label={heading}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            <Badge color={SEVERITY_COLOR[f.severity]} variant="light" mr="xs">
              {t(`severity.${f.severity}`)}
            </Badge>
            {t('audits.findingN', { n })} · {standardLabel(f.standard)} {f.clause}
          </Title>
          {f.status === 'CLOSED' ? (
            <Badge color="green" variant="light">
              {t('audits.closedOn')} <LocalDate value={f.closedOn} />
            </Badge>
          ) : f.overdue ? (
            <Badge color="red">{t('audits.actionOverdue')}</Badge>
          ) : (
            <Badge variant="light">{t('audits.open')}</Badge>
          )}
        </Group>
        <Text size="sm">{f.description}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Fact label={t('audits.correctiveAction')}>{f.correctiveAction ?? t('audits.notGiven')}</Fact>
          <Fact label={t('audits.actionDue')}>
            <LocalDate value={f.dueOn} />
          </Fact>
          <Fact label={t('audits.evidence')}>
            {f.evidence ?? t('audits.notGiven')}
            {f.evidenceSubmittedAt && (
              <Text span size="xs" c="dimmed" display="block">
                <DateTime value={f.evidenceSubmittedAt} />
              </Text>
            )}
          </Fact>
        </SimpleGrid>
        {problem && <ErrorBanner problem={problem} />}
        {isSupplier && actionsOpen && f.status === 'OPEN' && (
          <form
            aria-label={t('audits.answerFor', { n })}
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void run(
                respond({
                  input: { findingId: f.id, correctiveAction: action.trim() || undefined, evidence: evidence.trim() || undefined },
                }),
              );
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('audits.correctiveAction')}
                autosize
                minRows={2}
                value={action}
                onChange={(e) => setAction(e.currentTarget.value)}
                error={problem?.fields.correctiveAction}
              />
              <Textarea
                label={t('audits.evidence')}
                description={t('audits.evidenceHint')}
                autosize
                minRows={2}
                value={evidence}
                onChange={(e) => setEvidence(e.currentTarget.value)}
                error={problem?.fields.evidence}
              />
              <Button type="submit" w="fit-content" loading={answering}>
                {f.correctiveAction || f.evidence ? t('audits.updateAnswer') : t('audits.sendAnswer')}
              </Button>
            </Stack>
          </form>
        )}
        {isLead && actionsOpen && f.status === 'OPEN' && (
          <Button w="fit-content" variant="light" loading={closing} onClick={() => void run(close({ input: { findingId: f.id } }))}>
            {t('audits.closeFinding', { n })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

function Findings({ audit, firmId }: { audit: Audit; firmId: number | null }) {
  const t = useT();
  const findings = audit.findings ?? [];
  const isLead = firmId !== null && firmId === audit.leadMemberId;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('audits.findings')}
      </Title>
      {audit.summary && (
        <Paper withBorder p="md">
          <Fact label={t('audits.summaryLabel')}>{audit.summary}</Fact>
        </Paper>
      )}
      {findings.length === 0 && (
        <Text size="sm" c="dimmed">
          {audit.status === 'PLANNED' ? t('audits.findingsLater') : t('audits.noFindings')}
        </Text>
      )}
      {findings.map((f, i) => (
        <FindingCard key={f.id} f={f} audit={audit} firmId={firmId} n={i + 1} />
      ))}
      {isLead && audit.status === 'DONE' && <RecordFinding audit={audit} />}
    </Stack>
  );
}

function ReportButtons({ audit }: { audit: Audit }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  if (!audit.reportUrl || !audit.reportUrlEn) return null;
  const get = (path: string, lang: string) =>
    downloadReport(path, `audit-${audit.id}-${lang}.pdf`).then(
      () => setFailed(false),
      () => setFailed(true),
    );
  return (
    <Group gap="xs">
      <Button variant="default" size="xs" onClick={() => void get(audit.reportUrl!, 'nb')}>
        {t('audits.reportPdfNb')}
      </Button>
      <Button variant="default" size="xs" onClick={() => void get(audit.reportUrlEn!, 'en')}>
        {t('audits.reportPdfEn')}
      </Button>
      {failed && (
        <Text size="sm" c="red" role="alert">
          {t('audits.reportFailed')}
        </Text>
      )}
    </Group>
  );
}

/** One audit: its plan, who relies on it, the next step for this person's firm, findings and actions. */
export function AuditPage() {
  const { t } = useI18n();
  const user = useUser();
  const id = Number(useParams().id);
  const [{ data, fetching, error }] = useQuery({ query: AuditDocument, variables: { id }, context: AUDIT_CONTEXT });
  const audit = data?.audit;
  const firmId = user.firm?.id ?? null;
  return (
    <Page
      title={audit ? t('audits.auditOf', { supplier: audit.supplier.name, id: audit.id }) : t('audits.audit')}
      actions={audit && <ReportButtons audit={audit} />}
    >
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {audit && (
        <Stack gap="md">
          <Facts audit={audit} />
          {audit.viewerAccess === 'SUMMARY' && (
            <Alert color="gray" variant="light" title={t('audits.summaryOnlyTitle')}>
              {t('audits.summaryOnly')}
            </Alert>
          )}
          {audit.participants && <Participants audit={audit} firmId={firmId} />}
          <NextSteps audit={audit} firmId={firmId} />
          {audit.findings && <Findings audit={audit} firmId={firmId} />}
        </Stack>
      )}
    </Page>
  );
}
