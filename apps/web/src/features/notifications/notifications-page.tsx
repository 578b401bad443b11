import { Accordion, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { MyNotificationsQuery, Role } from '../../gql/graphql';
import { DateTime } from '../../ui/dates';
import { useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { useUser } from '../../ui/session/use-session';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { MarkReadDocument, MyNotificationsDocument } from './notifications.graphql';

/** Lists that may start empty: a mutation of these types refreshes the screen (urql's document cache). */
const NOTIFICATIONS_CONTEXT = { additionalTypenames: ['Notification'] };

type Target = NonNullable<MyNotificationsQuery['myNotifications'][number]['target']>;

/** Where a notification's link goes for this role (screens of part 1 only). */
function linkOf(target: Target, role: Role): string | null {
  if (target.type === 'WorkPackage') return role === 'FIRM_USER' ? `/inbox#wp-${target.id}` : target.bidId ? `/bids/${target.bidId}` : null;
  if (target.type === 'Tender' && role !== 'FIRM_USER') return `/tenders/${target.id}`;
  return null;
}

/** My notifications; opening one marks it read. */
export function NotificationsPage() {
  const t = useT();
  const user = useUser();
  const [{ data, fetching, error }] = useQuery({ query: MyNotificationsDocument, context: NOTIFICATIONS_CONTEXT });
  const [, markRead] = useMutation(MarkReadDocument);
  const list = data?.myNotifications ?? [];
  const open = (id: string | null) => {
    const n = list.find((x) => String(x.id) === id);
    if (n && !n.readAt) void markRead({ id: n.id });
  };
  return (
    <Page title={t('notifications.title')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && list.length === 0 && <Empty title={t('notifications.empty')} />}
      {list.length > 0 && (
        <Accordion variant="separated" onChange={open}>
          {list.map((n) => {
            const link = n.target ? linkOf(n.target, user.role) : null;
            return (
              <Accordion.Item key={n.id} value={String(n.id)}>
                <Accordion.Control>
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <Stack gap={0}>
                      <Text size="sm" fw={n.readAt ? 400 : 700}>
                        {n.subject}
                      </Text>
                      <Text size="xs" c="dimmed">
                        <DateTime value={n.createdAt} />
                      </Text>
                    </Stack>
                    {!n.readAt && (
                      <Badge size="sm" color="blue">
                        {t('notifications.unread')}
                      </Badge>
                    )}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    <Text size="sm">{n.body}</Text>
                    {link && n.target && (
                      <Anchor component={Link} to={link} size="sm">
                        {t('notifications.open', { label: n.target.label })}
                      </Anchor>
                    )}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      )}
    </Page>
  );
}
