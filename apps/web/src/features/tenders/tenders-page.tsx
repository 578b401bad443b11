import { Anchor, Badge, Button, Group, MultiSelect, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { Market, TenderStage } from '../../gql/graphql';
import { DateTime } from '../../ui/dates';
import { useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { MARKETS, STAGE_COLOR, STAGES } from './options';
import { TendersDocument } from './tenders.graphql';

/** Lists that may start empty: a mutation of these types refreshes the screen (urql's document cache). */
const TENDERS_CONTEXT = { additionalTypenames: ['Tender'] };

/** Tenders: stage, deadline and value, with filters; register a new one. */
export function TendersPage() {
  const t = useT();
  const [stages, setStages] = useState<string[]>([]);
  const [market, setMarket] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text, 300);
  const filter = {
    ...(stages.length ? { stages: stages as TenderStage[] } : {}),
    ...(market ? { market: market as Market } : {}),
    ...(search.trim() ? { text: search.trim() } : {}),
  };
  const [{ data, fetching, error }] = useQuery({ query: TendersDocument, variables: { filter }, context: TENDERS_CONTEXT });
  const rows = data?.tenders.nodes ?? [];
  return (
    <Page
      title={t('tenders.title')}
      actions={
        <Button component={Link} to="/tenders/new">
          {t('tenders.register')}
        </Button>
      }
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput label={t('tenders.search')} value={text} onChange={(e) => setText(e.currentTarget.value)} w={240} />
        <MultiSelect
          label={t('tenders.stage')}
          data={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          value={stages}
          onChange={setStages}
          clearable
          w={300}
        />
        <Select
          label={t('tenders.market')}
          data={MARKETS.map((m) => ({ value: m, label: t(`market.${m}`) }))}
          value={market}
          onChange={setMarket}
          clearable
          w={220}
        />
      </Group>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && rows.length === 0 && <Empty title={t('tenders.empty')} />}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Caption>{t('tenders.count', { n: data?.tenders.totalCount ?? 0 })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tenders.tender')}</Table.Th>
                <Table.Th>{t('tenders.stage')}</Table.Th>
                <Table.Th>{t('tenders.deadline')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('tenders.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/tenders/${r.id}`} fw={500}>
                      {r.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {r.buyerName} · {t(`market.${r.market}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STAGE_COLOR[r.stage]} variant="light">
                      {t(`stage.${r.stage}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <DateTime value={r.deadline} />
                    {r.daysToDeadline != null && r.daysToDeadline >= 0 && (
                      <Text size="xs" c={r.daysToDeadline <= 7 ? 'red.9' : 'dimmed'}>
                        {t('tenders.daysLeft', { n: r.daysToDeadline })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money value={r.estimatedValue} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
