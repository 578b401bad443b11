import { Stack } from '@mantine/core';
import { useQuery } from 'urql';
import type { InboxPackageFragment } from '../../gql/graphql';
import { useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { PackageCard } from './package-card';
import { InboxDocument } from './work-packages.graphql';

/** Lists that may start empty: a mutation of these types refreshes the screen (urql's document cache). */
const INBOX_CONTEXT = { additionalTypenames: ['WorkPackage'] };

const time = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : 0);

/** Waiting for an answer first, the most urgent first; then the answered ones, the latest first. */
export function inboxOrder(a: InboxPackageFragment, b: InboxPackageFragment): number {
  const open = (w: InboxPackageFragment) => (w.status === 'OFFERED' ? 0 : 1);
  if (open(a) !== open(b)) return open(a) - open(b);
  if (open(a) === 0) return time(a.responseDeadline) - time(b.responseDeadline) || a.id - b.id;
  return time(b.respondedAt ?? b.offeredAt) - time(a.respondedAt ?? a.offeredAt) || b.id - a.id;
}

/** Innboks: the work packages offered to my firm (FIRM_USER). */
export function InboxPage() {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: InboxDocument, context: INBOX_CONTEXT });
  const packages = [...(data?.myWorkPackages ?? [])].sort(inboxOrder);
  return (
    <Page title={t('inbox.title')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {data && packages.length === 0 && <Empty title={t('inbox.empty')} hint={t('inbox.emptyHint')} />}
      <Stack gap="md">
        {packages.map((wp) => (
          <PackageCard key={wp.id} wp={wp} />
        ))}
      </Stack>
    </Page>
  );
}
