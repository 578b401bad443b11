import { Badge, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { lazy, memo, useMemo } from 'react';
import { useQuery } from 'urql';
import type { DashboardQuery, Market, PipelineFilterInput, TenderStage } from '../../gql/graphql';
import { certificateName } from '../../ui/certificates';
import { LocalDate } from '../../ui/dates';
import { useFilterParams } from '../../ui/filter-params';
import { osloToday } from '../../ui/format/dates';
import { formatMoney } from '../../ui/format/money';
import { formatNumber, formatShare, minorToMajorForChart } from '../../ui/format/numbers';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { MARKETS, STAGE_COLOR } from '../tenders';
import { ChartCard } from './chart-card';
import { DashboardDocument } from './pipeline.graphql';

/** A stable context object (a new one each render would re-run the query). */
const STEERING_DECISION_CONTEXT = { additionalTypenames: ['SteeringDecision', 'Tender', 'Order', 'RoyaltyStatement'] };

type Pipeline = DashboardQuery['pipeline'];
type Amount = { minorUnits: string; currency: string };

/**
 * The charts are their own chunk (Chart.js), asked for as soon as this screen's code runs: the
 * figures' request goes out and the KPIs, titles, controls and tables render without waiting for
 * it. Nothing animates: the figures are there at once, and nothing moves for people who find
 * motion hard.
 */
const loadCharts = () => import('./charts');
void loadCharts();
const FunnelChart = lazy(() => loadCharts().then((m) => ({ default: m.FunnelChart })));
const TrendChart = lazy(() => loadCharts().then((m) => ({ default: m.TrendChart })));
const ColumnChart = lazy(() => loadCharts().then((m) => ({ default: m.ColumnChart })));
const ShareChart = lazy(() => loadCharts().then((m) => ({ default: m.ShareChart })));

/** The tenders' way through the pipeline, and where they leave it. */
const PATH: TenderStage[] = ['IDENTIFIED', 'QUALIFYING', 'GO', 'BID_IN_PREPARATION', 'SUBMITTED', 'WON'];
const EXITS: TenderStage[] = ['NO_GO', 'LOST', 'WITHDRAWN', 'CANCELLED'];
const PERIODS = ['all', 'thisYear', 'lastYear', 'last12'] as const;
type Period = (typeof PERIODS)[number] | 'custom';
/** Rows of the long tables the screen shows; the CSV has them all. */
const MEMBER_ROWS = 25;
const RISK_ROWS = 15;

/** The period of a preset, in Oslo days (the API's default for "all": from the start to a year ahead). */
function periodOf(p: Period, from: string, to: string): { from?: string; to?: string } {
  const today = osloToday();
  const year = Number(today.slice(0, 4));
  if (p === 'thisYear') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (p === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (p === 'last12') {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() - 1);
    d.setUTCDate(d.getUTCDate() + 1);
    return { from: d.toISOString().slice(0, 10), to: today };
  }
  if (p === 'custom') return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return {};
}

function Kpi({ label, value, hint }: { label: string; value: React.ReactNode; hint?: React.ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fw={700} size="xl">
          {value}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function MoneyCell({ value }: { value: Amount | null | undefined }) {
  return (
    <Table.Td style={{ textAlign: 'right' }}>
      <Money value={value} />
    </Table.Td>
  );
}

/**
 * The steering committee's pipeline in a minute: tenders by stage, weighted pipeline and win rate
 * month by month, won value by market, members' shares with the Gini coefficient, return on the
 * public grants, royalties, and the certificates at risk. Period and market filters live in the
 * address (a reload or a shared link shows the same); the data is one request.
 */
export function DashboardPage() {
  const { t, lang } = useI18n();
  const [params, set] = useFilterParams();
  const period = (params.get('period') as Period | null) ?? 'all';
  const market = (params.get('market') as Market | null) ?? null;
  const customFrom = params.get('from') ?? '';
  const customTo = params.get('to') ?? '';
  // stable while the filters stay (a new object would re-run the query and redraw every chart)
  const filter = useMemo<PipelineFilterInput>(
    () => ({ ...periodOf(period, customFrom, customTo), ...(market ? { market } : {}) }),
    [period, customFrom, customTo, market],
  );
  const [{ data, fetching, error }] = useQuery({
    query: DashboardDocument,
    variables: { filter, members: MEMBER_ROWS, risks: RISK_ROWS },
    context: STEERING_DECISION_CONTEXT,
  });
  const p = data?.pipeline;
  const formats = useMemo(() => {
    const short = new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { notation: 'compact' });
    return {
      money: (m: Amount) => formatMoney(m.minorUnits, m.currency, lang),
      kroner: (v: number) => formatMoney(String(Math.round(v * 100)), 'NOK', lang),
      compact: (v: number) => short.format(v),
    };
  }, [lang]);

  return (
    <Page title={t('pipeline.title')}>
      <Paper withBorder p="md" component="form" aria-label={t('pipeline.filters')} onSubmit={(e) => e.preventDefault()}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('pipeline.period')}
            data={[...PERIODS, 'custom'].map((v) => ({ value: v, label: t(`pipeline.period.${v as Period}`) }))}
            value={period}
            onChange={(e) => set({ period: e.currentTarget.value === 'all' ? null : e.currentTarget.value })}
            w={200}
          />
          {period === 'custom' && (
            <>
              <TextInput type="date" label={t('pipeline.from')} value={customFrom} onChange={(e) => set({ from: e.currentTarget.value })} />
              <TextInput type="date" label={t('pipeline.to')} value={customTo} onChange={(e) => set({ to: e.currentTarget.value })} />
            </>
          )}
          <NativeSelect
            label={t('pipeline.market')}
            data={[{ value: '', label: t('pipeline.allMarkets') }, ...MARKETS.map((m) => ({ value: m, label: t(`market.${m}`) }))]}
            value={market ?? ''}
            onChange={(e) => set({ market: e.currentTarget.value || null })}
            w={220}
          />
          {p && (
            <Text size="sm" c="dimmed" pb={6} data-testid="pipeline-period">
              {t('pipeline.showing')} <LocalDate value={p.from} /> – <LocalDate value={p.to} />
              {p.market ? ` · ${t(`market.${p.market as Market}`)}` : ''}
            </Text>
          )}
        </Group>
      </Paper>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {p && <Figures p={p} filter={filter} {...formats} />}
    </Page>
  );
}

/** Memoised: it draws again only when the figures, the filter or the language change. */
const Figures = memo(function Figures({
  p,
  filter,
  money,
  kroner,
  compact,
}: {
  p: Pipeline;
  filter: PipelineFilterInput;
  money: (m: Amount) => string;
  kroner: (v: number) => string;
  compact: (v: number) => string;
}) {
  const { t, lang } = useI18n();
  const count = (s: TenderStage) => p.stages.find((x) => x.stage === s)?.count ?? 0;
  const rate = (r: number | null | undefined) => (r === null || r === undefined ? '–' : formatShare(r, lang));
  const n = (v: number) => formatNumber(v, lang);
  const busiest = [...p.stages].sort((a, b) => b.count - a.count)[0];
  const tenders = p.stages.reduce((s, x) => s + x.count, 0);

  const funnel = PATH.map((s) => ({ name: t(`stage.${s}`), value: count(s) }));
  const trend = p.trend.map((x) => ({
    month: x.month,
    weighted: minorToMajorForChart(x.weightedPipeline.minorUnits),
    awarded: minorToMajorForChart(x.awardedValue.minorUnits),
    winRate: x.winRateByCount === null || x.winRateByCount === undefined ? null : Math.round(x.winRateByCount * 1000) / 10,
  }));
  const markets = p.byMarket.map((m) => ({
    market: t(`market.${m.market as Market}`),
    won: minorToMajorForChart(m.wonEstimatedValue.minorUnits),
    lost: minorToMajorForChart(m.lostEstimatedValue.minorUnits),
  }));
  const shares = p.members.filter((m) => m.shareOfAwarded > 0);
  const royalties = [
    { figure: t('pipeline.royalties.accrued'), value: p.royalties.accrued },
    { figure: t('pipeline.royalties.issued'), value: p.royalties.issued },
    { figure: t('pipeline.royalties.received'), value: p.royalties.received },
    { figure: t('pipeline.royalties.outstanding'), value: p.royalties.outstanding },
  ];
  const bestMarket = [...p.byMarket].sort((a, b) =>
    Number(BigInt(b.wonEstimatedValue.minorUnits) - BigInt(a.wonEstimatedValue.minorUnits)),
  )[0];
  const monthsWithOutcome = p.trend.filter((x) => x.won + x.lost > 0);
  const lastOutcome = monthsWithOutcome[monthsWithOutcome.length - 1];
  const ratio = p.returnOnGrants.ratio;

  if (tenders === 0 && p.orders.count === 0 && p.outcomes.won + p.outcomes.lost === 0)
    return <Empty title={t('pipeline.empty')} hint={t('pipeline.emptyHint')} />;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
        <Kpi label={t('pipeline.kpi.awarded')} value={money(p.orders.value)} hint={t('pipeline.kpi.orders', { n: n(p.orders.count) })} />
        <Kpi
          label={t('pipeline.kpi.winRate')}
          value={rate(p.outcomes.winRateByCount)}
          hint={t('pipeline.kpi.wonLost', { won: n(p.outcomes.won), lost: n(p.outcomes.lost) })}
        />
        <Kpi
          label={t('pipeline.kpi.return')}
          value={ratio === null || ratio === undefined ? '–' : t('pipeline.kpi.returnValue', { x: formatNumber(ratio, lang, 1) })}
          hint={t('pipeline.kpi.returnHint', { grants: money(p.returnOnGrants.grantsToPeriodEnd) })}
        />
        <Kpi
          label={t('pipeline.kpi.gini')}
          value={formatNumber(p.fairSpread.gini, lang, 2)}
          hint={t('pipeline.kpi.giniHint', { n: n(p.fairSpread.activeMembers) })}
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <ChartCard
          title={t('pipeline.funnel.title')}
          table="STAGES"
          filter={filter}
          summary={t('pipeline.funnel.summary', {
            n: n(tenders),
            stage: busiest ? t(`stage.${busiest.stage as TenderStage}`) : '–',
            count: n(busiest?.count ?? 0),
            won: n(count('WON')),
            lost: n(count('LOST')),
          })}
          chartHeight={PATH.length * 32 + 40}
          chart={
            <Stack gap="xs">
              {/* the funnel as bars along the path (a funnel shape draws empty stages as slivers that read as data) */}
              <FunnelChart data={funnel} label={t('pipeline.count')} format={n} color={['blue', 7]} />
              <Group gap="xs">
                <Text size="xs">{t('pipeline.funnel.exits')}</Text>
                {EXITS.map((s) => (
                  <Badge key={s} variant="light" color={STAGE_COLOR[s]}>
                    {t(`stage.${s}`)}: {n(count(s))}
                  </Badge>
                ))}
              </Group>
            </Stack>
          }
          tableView={
            <Table.ScrollContainer minWidth={420}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('tenders.stage')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.count')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.value')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.weighted')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.stages.map((s) => (
                    <Table.Tr key={s.stage}>
                      <Table.Td>{t(`stage.${s.stage as TenderStage}`)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{n(s.count)}</Table.Td>
                      <MoneyCell value={s.value} />
                      <MoneyCell value={s.weighted} />
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {p.otherCurrencies.length > 0 && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('pipeline.otherCurrencies', {
                    list: p.otherCurrencies.map((o) => `${o.currency} ${t(`stage.${o.stage as TenderStage}`)} ${o.count}`).join(', '),
                  })}
                </Text>
              )}
            </Table.ScrollContainer>
          }
        />

        <ChartCard
          title={t('pipeline.trend.title')}
          table="TREND"
          filter={filter}
          summary={
            lastOutcome
              ? t('pipeline.trend.summary', {
                  months: n(p.trend.length),
                  month: lastOutcome.month,
                  rate: rate(lastOutcome.winRateByCount),
                  total: rate(p.outcomes.winRateByCount),
                })
              : t('pipeline.trend.summaryNone', { months: n(p.trend.length) })
          }
          chartHeight={260}
          chart={
            <TrendChart
              months={trend.map((x) => x.month)}
              bars={{ label: t('pipeline.trend.weighted'), data: trend.map((x) => x.weighted), color: ['blue', 7] }}
              line={{ label: t('pipeline.trend.winRate'), data: trend.map((x) => x.winRate), color: ['orange', 8] }}
              money={kroner}
              compact={compact}
            />
          }
          tableView={
            <Table.ScrollContainer minWidth={560} mah={320}>
              <Table stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('pipeline.month')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.trend.weighted')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.trend.awarded')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.won')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.lost')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.trend.winRate')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.trend.map((x) => (
                    <Table.Tr key={x.month}>
                      <Table.Td>{x.month}</Table.Td>
                      <MoneyCell value={x.weightedPipeline} />
                      <MoneyCell value={x.awardedValue} />
                      <Table.Td style={{ textAlign: 'right' }}>{n(x.won)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{n(x.lost)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{rate(x.winRateByCount)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          }
        />

        <ChartCard
          title={t('pipeline.markets.title')}
          table="OUTCOMES"
          filter={filter}
          summary={
            bestMarket && BigInt(bestMarket.wonEstimatedValue.minorUnits) > 0n
              ? t('pipeline.markets.summary', {
                  market: t(`market.${bestMarket.market as Market}`),
                  value: money(bestMarket.wonEstimatedValue),
                  total: money(p.outcomes.wonEstimatedValue),
                })
              : t('pipeline.markets.summaryNone')
          }
          chartHeight={240}
          chart={
            <ColumnChart
              height={240}
              labels={markets.map((m) => m.market)}
              series={[
                { label: t('pipeline.markets.won'), data: markets.map((m) => m.won), color: ['teal', 7] },
                { label: t('pipeline.markets.lost'), data: markets.map((m) => m.lost), color: ['red', 7] },
              ]}
              money={kroner}
              compact={compact}
            />
          }
          tableView={
            <Table.ScrollContainer minWidth={520}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('pipeline.market')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.won')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.lost')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.markets.won')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.markets.lost')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.byMarket.map((m) => (
                    <Table.Tr key={m.market}>
                      <Table.Td>{t(`market.${m.market as Market}`)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{n(m.won)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{n(m.lost)}</Table.Td>
                      <MoneyCell value={m.wonEstimatedValue} />
                      <MoneyCell value={m.lostEstimatedValue} />
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          }
        />

        <ChartCard
          title={t('pipeline.members.title')}
          table="MEMBERS"
          filter={filter}
          aside={<Text size="sm">{t('pipeline.members.gini', { gini: formatNumber(p.fairSpread.gini, lang, 2) })}</Text>}
          summary={
            shares.length
              ? t('pipeline.members.summary', {
                  n: n(shares.length),
                  top: shares[0].name,
                  share: formatShare(shares[0].shareOfAwarded, lang),
                  gini: formatNumber(p.fairSpread.gini, lang, 2),
                })
              : t('pipeline.members.summaryNone')
          }
          chartHeight={Math.max(160, shares.length * 28 + 40)}
          chart={
            shares.length ? (
              <ShareChart
                names={shares.map((m) => m.name)}
                shares={shares.map((m) => Math.round(m.shareOfAwarded * 1000) / 10)}
                label={t('pipeline.members.share')}
                percent={(v) => formatShare(v / 100, lang)}
                color={['indigo', 7]}
              />
            ) : (
              <Text size="sm">{t('pipeline.members.summaryNone')}</Text>
            )
          }
          tableView={
            <Table.ScrollContainer minWidth={520}>
              <Table>
                <Table.Caption>{t('pipeline.members.caption', { shown: n(p.members.length), total: n(p.memberCount) })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('pipeline.firm')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.members.awarded')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.members.share')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.members.offered')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('pipeline.members.accepted')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.members.map((m) => (
                    <Table.Tr key={m.memberId}>
                      <Table.Td>{m.name}</Table.Td>
                      <MoneyCell value={m.awardedValue} />
                      <Table.Td style={{ textAlign: 'right' }}>{formatShare(m.shareOfAwarded, lang)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{n(m.offered)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{n(m.accepted)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          }
        />

        <ChartCard
          title={t('pipeline.return.title')}
          table="SUMMARY"
          filter={filter}
          summary={
            ratio === null || ratio === undefined
              ? t('pipeline.return.summaryNone')
              : t('pipeline.return.summary', {
                  x: formatNumber(ratio, lang, 1),
                  awarded: money(p.returnOnGrants.awardedToPeriodEnd),
                  grants: money(p.returnOnGrants.grantsToPeriodEnd),
                })
          }
          chartHeight={200}
          chart={
            <ColumnChart
              height={200}
              labels={[t('pipeline.return.grants'), t('pipeline.return.awarded')]}
              series={[
                {
                  label: t('pipeline.value'),
                  data: [
                    minorToMajorForChart(p.returnOnGrants.grantsToPeriodEnd.minorUnits),
                    minorToMajorForChart(p.returnOnGrants.awardedToPeriodEnd.minorUnits),
                  ],
                  color: ['green', 8],
                },
              ]}
              money={kroner}
              compact={compact}
            />
          }
          tableView={
            <Table>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row">{t('pipeline.return.grants')}</Table.Th>
                  <MoneyCell value={p.returnOnGrants.grantsToPeriodEnd} />
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{t('pipeline.return.awarded')}</Table.Th>
                  <MoneyCell value={p.returnOnGrants.awardedToPeriodEnd} />
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{t('pipeline.return.ratio')}</Table.Th>
                  <Table.Td style={{ textAlign: 'right' }}>
                    {ratio === null || ratio === undefined ? '–' : formatNumber(ratio, lang, 2)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          }
        />

        <ChartCard
          title={t('pipeline.royalties.title')}
          table="SUMMARY"
          filter={filter}
          summary={t('pipeline.royalties.summary', {
            accrued: money(p.royalties.accrued),
            issued: money(p.royalties.issued),
            received: money(p.royalties.received),
            outstanding: money(p.royalties.outstanding),
          })}
          chartHeight={200}
          chart={
            <ColumnChart
              height={200}
              labels={royalties.map((r) => r.figure)}
              series={[
                { label: t('pipeline.value'), data: royalties.map((r) => minorToMajorForChart(r.value.minorUnits)), color: ['violet', 7] },
              ]}
              money={kroner}
              compact={compact}
            />
          }
          tableView={
            <Table>
              <Table.Tbody>
                {royalties.map((r) => (
                  <Table.Tr key={r.figure}>
                    <Table.Th scope="row">{r.figure}</Table.Th>
                    <MoneyCell value={r.value} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          }
        />
      </SimpleGrid>

      <Risks p={p} filter={filter} />
    </Stack>
  );
});

function Risks({ p, filter }: { p: Pipeline; filter: PipelineFilterInput }) {
  const { t, lang } = useI18n();
  return (
    <ChartCard
      title={t('pipeline.risks.title')}
      table="RISKS"
      filter={filter}
      summary={
        p.riskCount
          ? t('pipeline.risks.summary', { n: formatNumber(p.riskCount, lang), shown: formatNumber(p.risks.length, lang) })
          : t('pipeline.risks.none')
      }
      tableView={
        p.risks.length ? (
          <RiskTable p={p} />
        ) : (
          <Title order={3} size="h5">
            {t('pipeline.risks.none')}
          </Title>
        )
      }
    />
  );
}

function RiskTable({ p }: { p: Pipeline }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pipeline.firm')}</Table.Th>
            <Table.Th>{t('pipeline.risks.certificate')}</Table.Th>
            <Table.Th>{t('pipeline.risks.validUntil')}</Table.Th>
            <Table.Th>{t('pipeline.risks.windowEnd')}</Table.Th>
            <Table.Th>{t('pipeline.risks.where')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.risks.map((r) => (
            <Table.Tr key={`${r.kind}-${r.workPackageId}-${r.certificate}`}>
              <Table.Td>{r.memberName}</Table.Td>
              <Table.Td>{certificateName(t, r.certificate)}</Table.Td>
              <Table.Td>
                <LocalDate value={r.validUntil} />
              </Table.Td>
              <Table.Td>
                <LocalDate value={r.windowEnd} />
              </Table.Td>
              <Table.Td>
                {r.kind === 'ORDER' ? t('pipeline.risks.order', { id: r.orderId ?? '' }) : t('pipeline.risks.bid', { id: r.bidId })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
