import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ActivitiesQuery } from '../../gql/graphql';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { ActivitiesDocument, BoardAreasDocument } from './activities.graphql';
import { CHANGED_COLOR, FOLLOW_UP_COLOR, STATUS_COLOR } from './options';

type Row = ActivitiesQuery['activities'][number];
/** A list that may start empty: a mutation of an Activity refreshes it (urql's document cache); one object, or urql refetches on every render. */
const ACTIVITIES_CONTEXT = { additionalTypenames: ['Activity'] };

/**
 * Activities by board area, as the steering dashboard orders them (the API's order): overdue
 * follow-ups first, then approved, drafts, closed. A firm user sees their firm's, without money.
 */
export function ActivitiesPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const association = user.role !== 'FIRM_USER';
  const [{ data, fetching, error }] = useQuery({ query: ActivitiesDocument, context: ACTIVITIES_CONTEXT });
  const [{ data: areas }] = useQuery({ query: BoardAreasDocument, pause: !association });
  const rows = data?.activities ?? [];
  const known = areas?.boardAreas?.areas ?? [];
  const codes = [...new Set([...known.map((a) => a.code), ...rows.map((r) => r.areaCode)])];
  const areaName = (code: string) => {
    const a = known.find((x) => x.code === code);
    return a ? (lang === 'en' ? a.nameEn : a.nameNb) : code;
  };
  return (
    <Page title={t('activities.title')}>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed">
          {association ? t('activities.intro') : t('activities.introFirm')}
        </Text>
        {(user.role === 'ADMIN' || user.role === 'PROJECT_LEADER') && (
          <Button component={Link} to="/activities/new">
            {t('plan.newTitle')}
          </Button>
        )}
      </Group>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && rows.length === 0 && <Empty title={t('activities.empty')} />}
      {rows.length > 0 &&
        codes.map((code) => {
          const mine = rows.filter((r) => r.areaCode === code);
          const holder = known.find((a) => a.code === code)?.holder.name;
          return (
            <Stack key={code} gap="xs" component="section" aria-labelledby={`area-${code}`}>
              <Group gap="xs" align="baseline">
                <Title order={2} size="h4" id={`area-${code}`}>
                  {areaName(code)}
                </Title>
                {holder && (
                  <Text size="sm" c="dimmed">
                    {t('activities.areaHolder', { name: holder })}
                  </Text>
                )}
              </Group>
              {mine.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('activities.areaEmpty')}
                </Text>
              ) : (
                <ActivityTable rows={mine} money={association} />
              )}
            </Stack>
          );
        })}
    </Page>
  );
}

function ActivityTable({ rows, money }: { rows: Row[]; money: boolean }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activities.activity')}</Table.Th>
            <Table.Th>{t('activities.status')}</Table.Th>
            <Table.Th>{t('activities.followUp')}</Table.Th>
            <Table.Th>{t('activities.contact')}</Table.Th>
            {money && <Table.Th style={{ textAlign: 'right' }}>{t('activities.budget')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={`/activities/${r.id}`} fw={500}>
                  {r.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t(`activityKind.${r.kind}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={STATUS_COLOR[r.status]} variant="light">
                    {t(`activityStatus.${r.status}`)}
                  </Badge>
                  {r.changedSinceApproval && (
                    <Badge color={CHANGED_COLOR} variant="outline">
                      {t('activity.changed')}
                    </Badge>
                  )}
                  {r.openDecisionId != null && (
                    <Badge color="blue" variant="outline">
                      {t('activity.inVote')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {r.overdueFollowUps > 0 ? (
                  <Badge color="red" variant="filled">
                    {t('activities.overdue', { n: r.overdueFollowUps })}
                  </Badge>
                ) : r.latestFollowUp ? (
                  <Badge color={FOLLOW_UP_COLOR[r.latestFollowUp]} variant="light">
                    {t(`followUp.${r.latestFollowUp}`)}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    –
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{r.contact.name}</Table.Td>
              {money && (
                <Table.Td style={{ textAlign: 'right' }}>
                  <Money value={r.budgetTotal} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
