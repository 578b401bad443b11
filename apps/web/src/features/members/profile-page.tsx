import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { MembershipStatus } from '../../gql/graphql';
import { LocalDate } from '../../ui/dates';
import { useI18n } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money } from '../../ui/money';
import { ErrorBanner, Loading } from '../../ui/states';
import { MemberProfileDocument } from './members.graphql';

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

/** A firm's public profile: who they are, what they can do and which certificates they hold. */
export function ProfilePage() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const [{ data, fetching, error }] = useQuery({ query: MemberProfileDocument, variables: { id } });
  const m = data?.member;
  const showsPrivate = m?.capabilities.some((c) => c.capacityHoursPerMonth !== null || c.hourlyRate !== null) ?? false;
  return (
    <Page title={m?.name ?? t('members.title')}>
      <Anchor component={Link} to="/members" size="sm">
        {t('members.back')}
      </Anchor>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {m && (
        <>
          {m.illustrative && (
            <Badge variant="light" color="gray" w="fit-content">
              {m.illustrativeNote ?? t('firm.illustrative')}
            </Badge>
          )}
          <Paper withBorder p="md">
            <Stack gap="sm">
              {(lang === 'nb' ? m.descriptionNb : m.descriptionEn) && (
                <Text size="sm">{lang === 'nb' ? m.descriptionNb : m.descriptionEn}</Text>
              )}
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
                <Fact label={t('members.status')} value={t(`memberStatus.${m.status as MembershipStatus}`)} />
                <Fact label={t('members.municipality')} value={m.municipality} />
                <Fact label={t('members.employeeBand')} value={m.employeeBand} />
                <Fact label={t('members.orgNumber')} value={m.orgNumber} />
                <Fact label="NCAGE" value={m.ncage} />
                <Fact
                  label={t('members.website')}
                  value={
                    m.website && (
                      <Anchor
                        href={m.website.startsWith('http') ? m.website : `https://${m.website}`}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        {m.website}
                      </Anchor>
                    )
                  }
                />
                <Fact label={t('firm.contactName')} value={m.contactName} />
                <Fact label={t('firm.contactEmail')} value={m.contactEmail} />
                <Fact label={t('firm.contactPhone')} value={m.contactPhone} />
                <Fact label={t('members.joined')} value={m.joinedOn && <LocalDate value={m.joinedOn} />} />
                <Fact label={t('members.resigned')} value={m.resignedOn && <LocalDate value={m.resignedOn} />} />
              </SimpleGrid>
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('firm.capabilities')}
              </Title>
              {m.capabilities.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('members.noCapabilities')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={600}>
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('firm.capability')}</Table.Th>
                        <Table.Th>{t('members.equipment')}</Table.Th>
                        <Table.Th>{t('members.level')}</Table.Th>
                        {showsPrivate && <Table.Th style={{ textAlign: 'right' }}>{t('firm.capacity')}</Table.Th>}
                        {showsPrivate && <Table.Th style={{ textAlign: 'right' }}>{t('firm.rate')}</Table.Th>}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {m.capabilities.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {lang === 'nb' ? c.nameNb : c.name}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {c.code}
                            </Text>
                          </Table.Td>
                          <Table.Td>{(lang === 'nb' ? c.keyEquipment : (c.keyEquipmentEn ?? c.keyEquipment)) ?? '–'}</Table.Td>
                          <Table.Td>{(lang === 'nb' ? c.level : (c.levelEn ?? c.level)) ?? '–'}</Table.Td>
                          {showsPrivate && <Table.Td style={{ textAlign: 'right' }}>{c.capacityHoursPerMonth ?? '–'}</Table.Td>}
                          {showsPrivate && (
                            <Table.Td style={{ textAlign: 'right' }}>
                              <Money value={c.hourlyRate} />
                            </Table.Td>
                          )}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('firm.certificates')}
              </Title>
              {m.certificates.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('members.noCertificates')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={600}>
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('firm.certificate')}</Table.Th>
                        <Table.Th>{t('members.issuer')}</Table.Th>
                        <Table.Th>{t('firm.validFrom')}</Table.Th>
                        <Table.Th>{t('firm.validUntil')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {m.certificates.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {c.label}
                            </Text>
                            {c.scope && (
                              <Text size="xs" c="dimmed">
                                {c.scope}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{c.issuer}</Table.Td>
                          <Table.Td>
                            <LocalDate value={c.validFrom} />
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4}>
                              <LocalDate value={c.validUntil} />
                              {c.expired && (
                                <Badge color="red" variant="light" size="sm">
                                  {t('firm.expired')}
                                </Badge>
                              )}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          </Paper>
        </>
      )}
    </Page>
  );
}
