import { Anchor, Badge, Card, Divider, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { InboxPackageFragment, WorkPackageStatus } from '../../gql/graphql';
import { certificateName } from '../../ui/certificates';
import { DateRange, DateTime } from '../../ui/dates';
import { useT } from '../../ui/i18n/i18n';
import { Money } from '../../ui/money';
import { AnswerForm } from './answer-form';

export const STATUS_COLOR: Record<WorkPackageStatus, string> = {
  DRAFT: 'gray',
  OFFERED: 'blue',
  ACCEPTED: 'green',
  DECLINED: 'red',
  COUNTERED: 'orange',
  WITHDRAWN: 'gray',
};

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {children}
      </Text>
    </Stack>
  );
}

/** One offered package: the tender's public facts, my terms, the answer form or the result, my answers so far. */
export function PackageCard({ wp }: { wp: InboxPackageFragment }) {
  const t = useT();
  const open = wp.status === 'OFFERED' && (!wp.responseDeadline || new Date(wp.responseDeadline).getTime() > Date.now());
  const headingId = `wp-${wp.id}-title`;
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={headingId} id={`wp-${wp.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {wp.tender.buyerName} · {wp.tender.title}
            </Text>
            <Title order={2} size="h4" id={headingId}>
              {wp.title}
            </Title>
          </Stack>
          <Badge color={STATUS_COLOR[wp.status]} variant="light" style={{ flexShrink: 0 }}>
            {t(`wpStatus.${wp.status}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Fact label={t('inbox.myPrice')}>
            <Money value={wp.price} />
          </Fact>
          <Fact label={t('inbox.hours')}>{t('unit.hours', { n: wp.hours })}</Fact>
          <Fact label={t('inbox.window')}>
            <DateRange from={wp.windowStart} to={wp.windowEnd} />
          </Fact>
          <Fact label={t('inbox.answerBy')}>
            <DateTime value={wp.responseDeadline} />
          </Fact>
        </SimpleGrid>
        <Text size="sm">
          {t('inbox.tenderDeadline')} <DateTime value={wp.tender.deadline} />
          {wp.tender.exportControlled && (
            <Badge ml="xs" color="grape" variant="light">
              {t('inbox.exportControlled')}
            </Badge>
          )}
          {wp.tender.clearanceLevel && (
            <Badge ml="xs" color="grape" variant="light">
              {t('inbox.clearance', { level: wp.tender.clearanceLevel })}
            </Badge>
          )}
        </Text>
        {wp.tender.referenceUrl && (
          <Anchor href={wp.tender.referenceUrl} target="_blank" rel="noreferrer noopener" size="sm">
            {t('inbox.tenderLink')}
          </Anchor>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('inbox.covers')}
          </Text>
          <List size="sm" spacing={2}>
            {wp.requirements.map((c) => (
              <List.Item key={c.requirementId}>
                {c.requirement.description ?? c.requirement.capabilityCode} — {t('unit.hours', { n: c.hours })}
                {c.requirement.requiredCertificates.length > 0 &&
                  ` (${t('inbox.needs')} ${c.requirement.requiredCertificates.map((r) => certificateName(t, r.type)).join(', ')})`}
              </List.Item>
            ))}
          </List>
        </Stack>
        <Divider />
        {open ? (
          <AnswerForm wp={wp} />
        ) : (
          <Stack gap={4} role="status">
            <Text size="sm" fw={600}>
              {t(`inbox.result.${wp.status}`)}
            </Text>
            {wp.status === 'DECLINED' && wp.declineReason && <Text size="sm">{wp.declineReason}</Text>}
            {wp.status === 'COUNTERED' && (
              <Text size="sm">
                {t('inbox.yourCounter')} <Money value={wp.counterPrice} fallback={t('inbox.samePrice')} />
                {wp.counterComment ? ` — ${wp.counterComment}` : ''}
              </Text>
            )}
            {wp.status === 'OFFERED' && <Text size="sm">{t('inbox.deadlinePassed')}</Text>}
          </Stack>
        )}
        {wp.history.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('inbox.history')}
            </Text>
            <List size="sm" spacing={2}>
              {wp.history.map((h) => (
                <List.Item key={h.id}>
                  <DateTime value={h.at} /> — {t(`event.${h.kind}` as 'event.OFFERED')}
                  {h.price && h.kind !== 'ACCEPT' && (
                    <>
                      {' '}
                      (<Money value={h.price} />)
                    </>
                  )}
                  {h.comment && h.kind !== 'OFFERED' ? `: ${h.comment}` : ''}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
