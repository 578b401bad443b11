import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import type { RoyaltiesQuery, RoyaltyStatementStatus, RunRoyaltiesMutation } from '../../gql/graphql';
import { describeError, localProblem, type ApiProblem } from '../../ui/api/errors';
import { saveFile } from '../../ui/api/download';
import { LocalDate } from '../../ui/dates';
import { osloToday } from '../../ui/format/dates';
import { formatBasisPoints, formatNumber, parsePercentToBp } from '../../ui/format/numbers';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money, MoneyInput } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import {
  FirmsDocument,
  LedgerCheckDocument,
  LedgerDocument,
  OurRoyaltiesDocument,
  RoyaltiesDocument,
  RoyaltyExportDocument,
  RunRoyaltiesDocument,
  SetAgreementDocument,
} from './royalties.graphql';
import { StatementsTable } from './statements';

/** A stable context object (a new one each render would re-run the query). */
const ROYALTY_LEDGER_ENTRY_CONTEXT = { additionalTypenames: ['RoyaltyLedgerEntry'] };
const ROYALTY_STATEMENT_CONTEXT = { additionalTypenames: ['RoyaltyStatement', 'RoyaltyAgreement'] };

type PeriodKind = 'month' | 'quarter' | 'year';
const STATEMENT_STATUSES: RoyaltyStatementStatus[] = ['DRAFT', 'ISSUED', 'PAID'];

/** "2026-07", "2026-Q3" or "2026", as the API names periods. */
function periodLabel(kind: PeriodKind, year: string, part: string): string {
  return kind === 'year' ? year : kind === 'quarter' ? `${year}-Q${part}` : `${year}-${part.padStart(2, '0')}`;
}

function PeriodPicker({
  value,
  onChange,
}: {
  value: { kind: PeriodKind; year: string; part: string };
  onChange(v: { kind: PeriodKind; year: string; part: string }): void;
}) {
  const { t } = useI18n();
  const thisYear = Number(osloToday().slice(0, 4));
  const years = Array.from({ length: thisYear - 2005 }, (_, i) => String(thisYear - i));
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label={t('royalties.periodKind')}
        data={(['month', 'quarter', 'year'] as const).map((k) => ({ value: k, label: t(`royalties.periodKind.${k}`) }))}
        value={value.kind}
        onChange={(k) => k && onChange({ ...value, kind: k as PeriodKind, part: '1' })}
        allowDeselect={false}
        w={140}
      />
      <Select
        label={t('royalties.year')}
        data={years}
        value={value.year}
        onChange={(y) => y && onChange({ ...value, year: y })}
        allowDeselect={false}
        w={110}
      />
      {value.kind !== 'year' && (
        <Select
          label={value.kind === 'quarter' ? t('royalties.quarter') : t('royalties.month')}
          data={Array.from({ length: value.kind === 'quarter' ? 4 : 12 }, (_, i) => ({
            value: String(i + 1),
            label: value.kind === 'quarter' ? `Q${i + 1}` : String(i + 1).padStart(2, '0'),
          }))}
          value={value.part}
          onChange={(p) => p && onChange({ ...value, part: p })}
          allowDeselect={false}
          w={110}
        />
      )}
    </Group>
  );
}

/** Seconds since a run started, for the progress shown while the API computes (one transaction, no partial result). */
function useElapsed(running: boolean): number {
  const [s, setS] = useState(0);
  useEffect(() => {
    if (!running) return setS(0);
    const started = Date.now();
    const timer = setInterval(() => setS(Math.floor((Date.now() - started) / 1000)), 250);
    return () => clearInterval(timer);
  }, [running]);
  return s;
}

/** Run a period's statements; while the API computes, a progress bar with the time spent; then the totals it computed. */
function RunPanel({ onRan }: { onRan(period: string): void }) {
  const { t, lang } = useI18n();
  const today = osloToday();
  const [period, setPeriod] = useState<{ kind: PeriodKind; year: string; part: string }>({
    kind: 'quarter',
    year: today.slice(0, 4),
    part: String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1),
  });
  const [{ fetching }, run] = useMutation(RunRoyaltiesDocument);
  const [result, setResult] = useState<RunRoyaltiesMutation['runRoyaltyStatements'] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const elapsed = useElapsed(fetching);
  const label = periodLabel(period.kind, period.year, period.part);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    setResult(null);
    const r = await run({ period: label });
    if (r.error || !r.data) return setProblem(describeError(r.error));
    setProblem(null);
    setResult(r.data.runRoyaltyStatements);
    onRan(label);
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('royalties.run')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('royalties.run')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('royalties.runHint')}
          </Text>
          <Group align="flex-end" gap="sm">
            <PeriodPicker value={period} onChange={setPeriod} />
            <Button type="submit" loading={fetching}>
              {t('royalties.runFor', { period: label })}
            </Button>
          </Group>
          {fetching && (
            <Stack gap={4} role="status" aria-live="polite">
              <Progress value={100} striped animated aria-label={t('royalties.running', { period: label })} />
              <Text size="sm">{t('royalties.runningFor', { period: label, s: formatNumber(elapsed, lang) })}</Text>
            </Stack>
          )}
          {problem && <ErrorBanner problem={problem} />}
          {result && (
            <Alert color="green" variant="light" role="status" title={t('royalties.ranTitle', { period: result.period })}>
              <Stack gap={2}>
                <Text size="sm" data-testid="run-total">
                  {t('royalties.ranTotal')} <Money value={result.total} />
                </Text>
                <Text size="sm">
                  {t('royalties.ranCounts', { statements: result.statements, lines: result.lines, adjustments: result.adjustments })}
                </Text>
                {result.skippedIssued > 0 && <Text size="sm">{t('royalties.ranSkipped', { n: result.skippedIssued })}</Text>}
              </Stack>
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

function AgreementForm() {
  const { t } = useI18n();
  const [{ data: firms }] = useQuery({ query: FirmsDocument });
  const [scope, setScope] = useState<string>('DEFAULT');
  const [memberId, setMemberId] = useState<string | null>(null);
  const [orderId, setOrderId] = useState('');
  const [validFrom, setValidFrom] = useState(osloToday());
  const [rate, setRate] = useState('');
  const [basis, setBasis] = useState<string>('INVOICED');
  const [amountKind, setAmountKind] = useState<string>('GROSS');
  const [minimum, setMinimum] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, save] = useMutation(SetAgreementDocument);
  const parsed = parsePercentToBp(rate);
  const rateError = rate && !parsed.ok ? t(`percent.error.${parsed.error}`) : undefined;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (!parsed.ok) return setProblem(localProblem({ rateBp: t('percent.error.FORMAT') }, t('percent.error.FORMAT')));
    const r = await save({
      input: {
        scope,
        memberId: scope === 'FIRM' && memberId ? Number(memberId) : null,
        orderId: scope === 'ORDER' && orderId ? Number(orderId) : null,
        validFrom,
        rateBp: parsed.bp,
        basis,
        amountKind,
        minimumOrderValue: minimum,
        note: note.trim() || null,
      },
    });
    setProblem(r.error ? describeError(r.error) : null);
    setSaved(!r.error);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('royalties.agreementNew')}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('royalties.agreementNew')}
        </Title>
        {problem && <ErrorBanner problem={problem} />}
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('form.saved')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('royalties.scope')}
            data={(['DEFAULT', 'FIRM', 'ORDER'] as const).map((s) => ({ value: s, label: t(`royalties.scope.${s}`) }))}
            value={scope}
            onChange={(v) => v && setScope(v)}
            allowDeselect={false}
          />
          {scope === 'FIRM' && (
            <Select
              label={t('royalties.firm')}
              searchable
              required
              data={(firms?.members.nodes ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
              value={memberId}
              onChange={setMemberId}
              error={problem?.fields.memberId}
            />
          )}
          {scope === 'ORDER' && (
            <TextInput
              label={t('royalties.orderId')}
              required
              value={orderId}
              onChange={(e) => setOrderId(e.currentTarget.value)}
              error={problem?.fields.orderId}
              inputMode="numeric"
            />
          )}
          <TextInput
            type="date"
            label={t('royalties.validFrom')}
            required
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
            error={problem?.fields.validFrom}
          />
          <TextInput
            label={t('royalties.rate')}
            description={parsed.ok ? t('royalties.rateReads', { bp: parsed.bp }) : t('royalties.rateHint')}
            required
            value={rate}
            onChange={(e) => setRate(e.currentTarget.value)}
            error={rateError ?? problem?.fields.rateBp}
            rightSection={<Text size="sm">%</Text>}
            inputMode="decimal"
          />
          <Select
            label={t('royalties.basis')}
            data={(['INVOICED', 'PAID'] as const).map((s) => ({ value: s, label: t(`royalties.basis.${s}`) }))}
            value={basis}
            onChange={(v) => v && setBasis(v)}
            allowDeselect={false}
          />
          <Select
            label={t('royalties.amountKind')}
            data={(['GROSS', 'MARGIN'] as const).map((s) => ({ value: s, label: t(`royalties.amountKind.${s}`) }))}
            value={amountKind}
            onChange={(v) => v && setAmountKind(v)}
            allowDeselect={false}
          />
          <MoneyInput label={t('royalties.minimum')} value={minimum} onChange={setMinimum} error={problem?.fields.minimumOrderValue} />
          <TextInput label={t('royalties.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        </SimpleGrid>
        <Button type="submit" loading={fetching} w="fit-content">
          {t('royalties.agreementSave')}
        </Button>
      </Stack>
    </form>
  );
}

function Agreements({ all }: { all: RoyaltiesQuery['royaltyAgreement']['all'] }) {
  const { t, lang } = useI18n();
  const user = useUser();
  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={820}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('royalties.scope')}</Table.Th>
              <Table.Th>{t('royalties.validFrom')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('royalties.rate')}</Table.Th>
              <Table.Th>{t('royalties.basis')}</Table.Th>
              <Table.Th>{t('royalties.amountKind')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('royalties.minimum')}</Table.Th>
              <Table.Th>{t('royalties.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {all.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  {t(`royalties.scope.${a.scope as 'DEFAULT' | 'FIRM' | 'ORDER'}`)}
                  {a.member && ` · ${a.member.name}`}
                  {a.orderId && ` · ${t('reports.orderNo', { id: a.orderId })}`}
                </Table.Td>
                <Table.Td>
                  <LocalDate value={a.validFrom} />
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{formatBasisPoints(a.rateBp, lang)}</Table.Td>
                <Table.Td>{t(`royalties.basis.${a.basis as 'INVOICED' | 'PAID'}`)}</Table.Td>
                <Table.Td>{t(`royalties.amountKind.${a.amountKind as 'GROSS' | 'MARGIN'}`)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  <Money value={a.minimumOrderValue} />
                </Table.Td>
                <Table.Td>{a.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(user.role === 'ADMIN' || user.role === 'PROJECT_LEADER') && (
        <Paper withBorder p="md">
          <AgreementForm />
        </Paper>
      )}
    </Stack>
  );
}

function LedgerPanel() {
  const { t } = useI18n();
  const client = useClient();
  const [{ data: firms }] = useQuery({ query: FirmsDocument });
  const [memberId, setMemberId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter = { ...(memberId ? { memberId: Number(memberId) } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const [{ data, fetching, error }] = useQuery({
    query: LedgerDocument,
    variables: { filter },
    context: ROYALTY_LEDGER_ENTRY_CONTEXT,
  });
  const [check, setCheck] = useState<{ ok: boolean; problems: string[]; statementsChecked: number; ledgerEntries: number } | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [checking, setChecking] = useState(false);
  const runCheck = async () => {
    setChecking(true);
    const r = await client.query(LedgerCheckDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    setChecking(false);
    if (r.error || !r.data) return setProblem(describeError(r.error));
    setProblem(null);
    setCheck(r.data.royaltyLedgerCheck);
  };
  const exportCsv = async () => {
    const r = await client.query(RoyaltyExportDocument, { kind: 'LEDGER' }, { requestPolicy: 'network-only' }).toPromise();
    if (r.error || !r.data) return setProblem(describeError(r.error));
    saveFile('royalty-ledger.csv', r.data.royaltyExport);
  };
  const rows = data?.royaltyLedger ?? [];
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('royalties.firm')}
          searchable
          clearable
          data={(firms?.members.nodes ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
          value={memberId}
          onChange={setMemberId}
          w={260}
        />
        <TextInput type="date" label={t('pipeline.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t('pipeline.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <Button variant="light" loading={checking} onClick={() => void runCheck()}>
          {t('royalties.check')}
        </Button>
        <Button variant="default" onClick={() => void exportCsv()}>
          {t('royalties.exportLedger')}
        </Button>
      </Group>
      {problem && <ErrorBanner problem={problem} />}
      {check && (
        <Alert
          color={check.ok ? 'green' : 'red'}
          variant="light"
          role="status"
          title={check.ok ? t('royalties.checkOk') : t('royalties.checkFailed')}
        >
          <Text size="sm">{t('royalties.checkCounts', { statements: check.statementsChecked, entries: check.ledgerEntries })}</Text>
          {check.problems.length > 0 && (
            <List size="sm">
              {check.problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && rows.length === 0 && <Empty title={t('royalties.ledgerEmpty')} />}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('money.date')}</Table.Th>
                <Table.Th>{t('royalties.firm')}</Table.Th>
                <Table.Th>{t('royalties.entryKind')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('money.amount')}</Table.Th>
                <Table.Th>{t('royalties.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <LocalDate value={e.date} />
                  </Table.Td>
                  <Table.Td>{e.member.name}</Table.Td>
                  <Table.Td>{t(`ledgerKind.${e.kind}`)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money value={e.amount} />
                  </Table.Td>
                  <Table.Td>
                    {/* the API's note is English: a statement's accrual and payment are said in the reader's language, anything else keeps its own note */}
                    {e.period && e.kind === 'ACCRUED'
                      ? t('royalties.ledgerNoteAccrued', { period: e.period })
                      : e.period && e.kind === 'RECEIVED'
                        ? t('royalties.ledgerNoteReceived', { period: e.period })
                        : e.note}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function useRoyalties(period: string | null, status: string | null) {
  const filter = { ...(period ? { period } : {}), ...(status ? { status: status as RoyaltyStatementStatus } : {}) };
  return useQuery({
    query: RoyaltiesDocument,
    variables: { filter },
    context: ROYALTY_STATEMENT_CONTEXT,
  })[0];
}

/** The association: run a period, review drafts, issue, mark paid; agreements; the ledger and its check. */
function AssociationRoyalties() {
  const { t } = useI18n();
  const user = useUser();
  const client = useClient();
  const [tab, setTab] = useState<string | null>('statements');
  const [period, setPeriod] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { data, fetching, error } = useRoyalties(period, status);
  const leader = user.role === 'ADMIN' || user.role === 'PROJECT_LEADER';
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const exportCsv = async () => {
    const r = await client.query(RoyaltyExportDocument, { kind: 'STATEMENTS', period }, { requestPolicy: 'network-only' }).toPromise();
    if (r.error || !r.data) return setProblem(describeError(r.error));
    saveFile(`royalty-statements${period ? `-${period}` : ''}.csv`, r.data.royaltyExport);
  };
  return (
    <Page title={t('royalties.title')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed">
                {t('royalties.owed')}
              </Text>
              <Text fw={700} size="xl">
                <Money value={data.royaltyTotalOwed} />
              </Text>
            </Paper>
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed">
                {t('royalties.defaultRate')}
              </Text>
              <Text fw={700} size="xl">
                {data.royaltyAgreement.default ? <RateText bp={data.royaltyAgreement.default.rateBp} /> : '–'}
              </Text>
            </Paper>
          </SimpleGrid>
          <Tabs value={tab} onChange={setTab}>
            <Tabs.List>
              <Tabs.Tab value="statements">{t('royalties.tabStatements')}</Tabs.Tab>
              <Tabs.Tab value="agreements">{t('royalties.tabAgreements')}</Tabs.Tab>
              <Tabs.Tab value="ledger">{t('royalties.tabLedger')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="statements" pt="md">
              <Stack gap="md">
                {leader && <RunPanel onRan={(p) => setPeriod(p)} />}
                <Group align="flex-end" gap="sm">
                  <TextInput
                    label={t('royalties.periodFilter')}
                    placeholder="2026-Q3"
                    value={period ?? ''}
                    onChange={(e) => setPeriod(e.currentTarget.value.trim() || null)}
                    w={180}
                  />
                  <Select
                    label={t('royalties.status')}
                    data={STATEMENT_STATUSES.map((s) => ({ value: s, label: t(`statementStatus.${s}`) }))}
                    value={status}
                    onChange={setStatus}
                    clearable
                    w={180}
                  />
                  <Button variant="default" onClick={() => void exportCsv()}>
                    {t('royalties.exportStatements')}
                  </Button>
                </Group>
                {problem && <ErrorBanner problem={problem} />}
                {data.royaltyStatements.length === 0 ? (
                  <Empty title={t('royalties.none')} />
                ) : (
                  <StatementsTable rows={data.royaltyStatements} actions={leader} />
                )}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="agreements" pt="md">
              <Agreements all={data.royaltyAgreement.all} />
            </Tabs.Panel>
            <Tabs.Panel value="ledger" pt="md">
              {tab === 'ledger' && <LedgerPanel />}
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Page>
  );
}

function RateText({ bp }: { bp: number }) {
  const { lang } = useI18n();
  return <>{formatBasisPoints(bp, lang)}</>;
}

/** A firm: its own statements and what it owes the association, and its ledger entries. */
function FirmRoyalties({ firmId }: { firmId: number }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: OurRoyaltiesDocument, variables: { firmId } });
  return (
    <Page title={t('royalties.ourTitle')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && (
        <>
          <Paper withBorder p="md" maw={420}>
            <Text size="sm" c="dimmed">
              {t('royalties.ourBalance')}
            </Text>
            <Text fw={700} size="xl" data-testid="our-balance">
              <Money value={data.royaltyBalance} />
            </Text>
          </Paper>
          <Title order={2} size="h4">
            {t('royalties.ourStatements')}
          </Title>
          {data.royaltyStatements.length === 0 ? (
            <Empty title={t('royalties.none')} />
          ) : (
            <StatementsTable rows={data.royaltyStatements} actions={false} />
          )}
          <Title order={2} size="h4">
            {t('royalties.ourLedger')}
          </Title>
          {data.royaltyLedger.length === 0 ? (
            <Empty title={t('royalties.ledgerEmpty')} />
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('money.date')}</Table.Th>
                    <Table.Th>{t('royalties.entryKind')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('money.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.royaltyLedger.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>
                        <LocalDate value={e.date} />
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={e.kind === 'RECEIVED' ? 'green' : 'orange'}>
                          {t(`ledgerKind.${e.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        <Money value={e.amount} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Page>
  );
}

/** Royalties: the association's statements, agreements and ledger, or a firm's own. */
export function RoyaltiesPage() {
  const user = useUser();
  return user.role === 'FIRM_USER' && user.firm ? <FirmRoyalties firmId={user.firm.id} /> : <AssociationRoyalties />;
}
