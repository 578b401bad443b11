import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, Suspense, useId, useState } from 'react';
import { useClient } from 'urql';
import type { PipelineFilterInput } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { saveFile } from '../../ui/api/download';
import { useT } from '../../ui/i18n/i18n';
import { ErrorBanner } from '../../ui/states';
import { PipelineExportDocument } from './pipeline.graphql';

export interface ChartCardProps {
  title: string;
  /** What the chart shows, in words: its text alternative. */
  summary: string;
  /** The API's CSV table for it (pipelineExport). */
  table: string;
  filter: PipelineFilterInput;
  /** None for a list that is a table already (the risks). */
  chart?: ReactNode;
  /** The chart's height in pixels: its place is kept while the chart library loads. */
  chartHeight?: number;
  tableView: ReactNode;
  /** A figure shown beside the title (the Gini, a ratio). */
  aside?: ReactNode;
}

/**
 * One chart of the dashboard: the chart (with its summary as text alternative), or the same
 * figures as a table, and the figures as CSV from the API (the reader's language: bokmål ";" and
 * a decimal comma, for Norwegian Excel).
 */
export function ChartCard({ title, summary, table, filter, chart, chartHeight, tableView, aside }: ChartCardProps) {
  const t = useT();
  const client = useClient();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  const download = async () => {
    setBusy(true);
    const r = await client.query(PipelineExportDocument, { table, filter }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (r.error || !r.data) return setProblem(describeError(r.error));
    setProblem(null);
    saveFile(`pipeline-${table.toLowerCase()}-${filter.from ?? 'start'}-${filter.to ?? 'end'}.csv`, r.data.pipelineExport);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h4" id={titleId}>
              {title}
            </Title>
            {aside}
          </Stack>
          <Group gap="xs">
            {chart !== undefined && (
              // two toggle buttons rather than a segmented control: its sliding indicator measures the
              // layout of the page once per card, which cost the dashboard ~40 ms on first render
              <Button.Group aria-label={t('pipeline.view', { title })}>
                {(['chart', 'table'] as const).map((v) => (
                  <Button
                    key={v}
                    size="xs"
                    variant={view === v ? 'filled' : 'default'}
                    aria-pressed={view === v}
                    onClick={() => setView(v)}
                  >
                    {t(v === 'chart' ? 'pipeline.viewChart' : 'pipeline.viewTable')}
                  </Button>
                ))}
              </Button.Group>
            )}
            <Button size="xs" variant="default" loading={busy} onClick={() => void download()} aria-label={t('pipeline.csvFor', { title })}>
              {t('pipeline.csv')}
            </Button>
          </Group>
        </Group>
        {problem && <ErrorBanner problem={problem} />}
        {view === 'chart' && chart !== undefined ? (
          // the summary below is the chart's text alternative (read once, as the image's name)
          <div role="img" aria-labelledby={summaryId}>
            <Suspense fallback={<div style={{ height: chartHeight }} />}>{chart}</Suspense>
          </div>
        ) : (
          tableView
        )}
        <Text size="sm" id={summaryId} aria-hidden={view === 'chart' && chart !== undefined}>
          {summary}
        </Text>
      </Stack>
    </Paper>
  );
}
