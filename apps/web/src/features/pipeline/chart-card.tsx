import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
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
  tableView: ReactNode;
  /** A figure shown beside the title (the Gini, a ratio). */
  aside?: ReactNode;
}

/**
 * One chart of the dashboard: the chart (with its summary as text alternative), or the same
 * figures as a table, and the figures as CSV from the API (the reader's language: bokmål ";" and
 * a decimal comma, for Norwegian Excel).
 */
export function ChartCard({ title, summary, table, filter, chart, tableView, aside }: ChartCardProps) {
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
              <SegmentedControl
                size="xs"
                aria-label={t('pipeline.view', { title })}
                value={view}
                onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
                data={[
                  { value: 'chart', label: t('pipeline.viewChart') },
                  { value: 'table', label: t('pipeline.viewTable') },
                ]}
              />
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
            {chart}
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
