import { Button, Code, Group, Paper, SimpleGrid, Spoiler, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import type { AuditRecordsQuery } from '../../gql/graphql';
import { DateTime } from '../../ui/dates';
import { formatNumber } from '../../ui/format/numbers';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { AuditRecordsDocument } from './identity.graphql';

type AuditRow = AuditRecordsQuery['auditRecords']['nodes'][number];

/** Long JSON wraps rather than scrolling (a scrolled box would need its own keyboard focus). */
const WRAP = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** A change's before and after as the API stored them (JSON summaries), folded until asked for. */
function Change({ r }: { r: AuditRow }) {
  const { t } = useI18n();
  if (!r.before && !r.after) return null;
  return (
    <Spoiler maxHeight={0} showLabel={t('audit.show')} hideLabel={t('audit.hide')}>
      {r.before && (
        <Text size="xs" component="div">
          {t('audit.before')}{' '}
          <Code block style={WRAP}>
            {r.before}
          </Code>
        </Text>
      )}
      {r.after && (
        <Text size="xs" component="div">
          {t('audit.after')}{' '}
          <Code block style={WRAP}>
            {r.after}
          </Code>
        </Text>
      )}
    </Spoiler>
  );
}

type Page = AuditRecordsQuery['auditRecords'];

/** One page of the trail (its own request), reporting what it holds so the page after it can be asked for. */
function Chunk({
  filter,
  after,
  onPage,
}: {
  filter: Record<string, string>;
  after: string | null;
  onPage(p: Page | null, fetching: boolean): void;
}) {
  const [{ data, fetching, error }] = useQuery({
    query: AuditRecordsDocument,
    variables: { filter, after },
    requestPolicy: 'network-only',
  });
  const page = data?.auditRecords ?? null;
  useEffect(() => onPage(page, fetching), [page, fetching]);
  if (error)
    return (
      <Table.Tr>
        <Table.Td colSpan={5}>
          <ErrorBanner error={error} />
        </Table.Td>
      </Table.Tr>
    );
  return (
    <>
      {(page?.nodes ?? []).map((r) => (
        <Row key={r.id} r={r} />
      ))}
    </>
  );
}

function Row({ r }: { r: AuditRow }) {
  return (
    <Table.Tr>
      <Table.Td>
        <DateTime value={r.at} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{r.actorEmail}</Text>
        <Text size="xs" c="dimmed">
          {r.actorRole}
        </Text>
      </Table.Td>
      <Table.Td>
        <Code>{r.action}</Code>
      </Table.Td>
      <Table.Td>
        {r.entityType} {r.entityId}
      </Table.Td>
      <Table.Td maw={420}>
        {r.reason && <Text size="xs">{r.reason}</Text>}
        <Change r={r} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The audit trail (ADMIN): who did what when, newest first, filtered, a page at a time ("more" adds the next). */
export function AuditPage() {
  const { t, lang } = useI18n();
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [typed] = useDebouncedValue({ actor, action, entityType, entityId }, 300);
  const filter: Record<string, string> = {
    ...Object.fromEntries(Object.entries(typed).filter(([, v]) => v.trim())),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const key = JSON.stringify(filter);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [pages, setPages] = useState<(Page | null)[]>([]);
  const [fetching, setFetching] = useState(true);
  useEffect(() => {
    setCursors([null]);
    setPages([]);
  }, [key]);
  const last = pages[cursors.length - 1] ?? null;
  const shown = pages.slice(0, cursors.length).reduce((n, p) => n + (p?.nodes.length ?? 0), 0);
  return (
    <Page title={t('audit.title')}>
      <Paper withBorder p="md" component="form" aria-label={t('audit.filters')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }}>
          <TextInput
            label={t('audit.who')}
            description={t('audit.whoHint')}
            value={actor}
            onChange={(e) => setActor(e.currentTarget.value)}
          />
          <TextInput
            label={t('audit.action')}
            description={t('audit.actionHint')}
            value={action}
            onChange={(e) => setAction(e.currentTarget.value)}
          />
          <TextInput
            label={t('audit.entityType')}
            description={t('audit.entityTypeHint')}
            value={entityType}
            onChange={(e) => setEntityType(e.currentTarget.value)}
          />
          <TextInput label={t('audit.entityId')} value={entityId} onChange={(e) => setEntityId(e.currentTarget.value)} />
          <TextInput type="date" label={t('pipeline.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label={t('pipeline.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </SimpleGrid>
      </Paper>
      {!pages[0] && fetching && <Loading />}
      {pages[0] && pages[0].totalCount === 0 && <Empty title={t('audit.empty')} />}
      <Stack gap="xs" display={pages[0] && pages[0].totalCount === 0 ? 'none' : undefined}>
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Caption>
              {t('audit.count', { shown: formatNumber(shown, lang), total: formatNumber(pages[0]?.totalCount ?? 0, lang) })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.when')}</Table.Th>
                <Table.Th>{t('audit.who')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.entity')}</Table.Th>
                <Table.Th>{t('audit.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cursors.map((c, i) => (
                <Chunk
                  key={`${key}|${c ?? ''}`}
                  filter={filter}
                  after={c}
                  onPage={(p, f) => {
                    setPages((prev) => {
                      const next = [...prev];
                      next[i] = p;
                      return next;
                    });
                    if (i === cursors.length - 1) setFetching(f);
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {last?.pageInfo.hasNextPage && (
          <Group>
            <Button variant="default" loading={fetching} onClick={() => setCursors([...cursors, last.pageInfo.endCursor])}>
              {t('audit.more')}
            </Button>
          </Group>
        )}
      </Stack>
    </Page>
  );
}
