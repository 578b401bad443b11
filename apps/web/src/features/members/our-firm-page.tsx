import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { OurFirmQuery } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { LocalDate } from '../../ui/dates';
import { differsByMoreThanFactor } from '../../ui/format/money';
import { useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { MoneyInput } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { ErrorBanner, Forbidden, Loading } from '../../ui/states';
import { OurFirmDocument, SetCapabilityDocument, UpdateCertificateDocument, UpdateOurFirmDocument } from './members.graphql';

type Firm = OurFirmQuery['member'];

/** Certificates expiring within this many days are highlighted. */
export const EXPIRY_WARNING_DAYS = 60;

function ProfileForm({ firm }: { firm: Firm }) {
  const t = useT();
  const [form, setForm] = useState({
    contactName: firm.contactName ?? '',
    contactEmail: firm.contactEmail ?? '',
    contactPhone: firm.contactPhone ?? '',
    descriptionNb: firm.descriptionNb ?? '',
    descriptionEn: firm.descriptionEn ?? '',
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation(UpdateOurFirmDocument);
  const field = (k: keyof typeof form) => ({
    value: form[k],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
    error: problem?.fields[k],
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const r = await update({ id: firm.id, input: { ...form, expectedVersion: firm.version } });
    setProblem(r.error ? describeError(r.error) : null);
    setSaved(!r.error);
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('firm.profile')}
          </Title>
          {problem && <ErrorBanner problem={problem} />}
          {saved && (
            <Alert color="green" role="status">
              {t('form.saved')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('firm.contactName')} autoComplete="name" {...field('contactName')} />
            <TextInput label={t('firm.contactEmail')} type="email" autoComplete="email" {...field('contactEmail')} />
            <TextInput label={t('firm.contactPhone')} type="tel" autoComplete="tel" {...field('contactPhone')} />
          </SimpleGrid>
          <Textarea label={t('firm.descriptionNb')} autosize minRows={2} {...field('descriptionNb')} />
          <Textarea label={t('firm.descriptionEn')} autosize minRows={2} {...field('descriptionEn')} />
          <Button type="submit" loading={fetching} w="fit-content">
            {t('form.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function CapabilityRow({ firmId, c }: { firmId: number; c: Firm['capabilities'][number] }) {
  const t = useT();
  const [hours, setHours] = useState<number | string>(c.capacityHoursPerMonth ?? 0);
  const [rate, setRate] = useState<string | null>(c.hourlyRate?.minorUnits ?? null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, set] = useMutation(SetCapabilityDocument);
  const save = async () => {
    if (rate && c.hourlyRate && differsByMoreThanFactor(c.hourlyRate.minorUnits, rate) && !window.confirm(t('money.confirm.body'))) return;
    const r = await set({
      input: {
        memberId: firmId,
        code: c.code,
        capacityHoursPerMonth: Number(hours),
        hourlyRate: rate,
        level: c.level,
        keyEquipment: c.keyEquipment,
      },
    });
    setProblem(r.error ? describeError(r.error) : null);
  };
  const name = t('firm.capabilityName', { nb: c.nameNb, en: c.name }).trim();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {c.code}
        </Text>
        {problem && <ErrorBanner problem={problem} />}
      </Table.Td>
      <Table.Td>
        <NumberInput
          label={t('firm.capacityFor', { name })}
          labelProps={{ className: 'visually-hidden' }}
          min={0}
          max={100000}
          allowDecimal={false}
          value={hours}
          onChange={setHours}
          error={problem?.fields.capacityHoursPerMonth}
          w={120}
        />
      </Table.Td>
      <Table.Td>
        <MoneyInput
          label={t('firm.rateFor', { name })}
          labelProps={{ className: 'visually-hidden' }}
          value={rate}
          onChange={setRate}
          description=" "
          error={problem?.fields.hourlyRate}
          w={190}
        />
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="light" loading={fetching} onClick={() => void save()} aria-label={t('firm.saveCapability', { name })}>
          {t('form.save')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function CertificateRow({ c }: { c: Firm['certificates'][number] }) {
  const t = useT();
  const [until, setUntil] = useState(c.validUntil);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, update] = useMutation(UpdateCertificateDocument);
  const soon = !c.expired && c.daysToExpiry <= EXPIRY_WARNING_DAYS;
  const save = async () => {
    const r = await update({ input: { id: c.id, validUntil: until } });
    setProblem(r.error ? describeError(r.error) : null);
  };
  return (
    <Table.Tr bg={c.expired ? 'var(--mantine-color-red-light)' : soon ? 'var(--mantine-color-yellow-light)' : undefined}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {c.label}
        </Text>
        <Text size="xs" c="dimmed">
          {c.issuer}
        </Text>
        {/* an audit's major finding open past its due date: the certificate stays (the certification body decides) */}
        {c.auditWarnings.map((w) => (
          <Text key={w.auditId} size="xs" c="red.9" fw={600} role="note">
            {t('firm.auditWarning')}{' '}
            <Anchor component={Link} to={`/supplier-audits/${w.auditId}`} size="xs" c="red.9" fw={600} underline="always">
              {t('firm.auditWarningLink', { id: w.auditId })}
              <LocalDate value={w.dueOn} />
            </Anchor>
          </Text>
        ))}
        {problem && <ErrorBanner problem={problem} />}
      </Table.Td>
      <Table.Td>
        <LocalDate value={c.validFrom} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <LocalDate value={c.validUntil} />
          {c.expired ? (
            <Badge color="red">{t('firm.expired')}</Badge>
          ) : soon ? (
            <Badge color="yellow" c="dark">
              {t('firm.expiresIn', { days: c.daysToExpiry })}
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            type="date"
            size="xs"
            label={t('firm.newValidUntil', { label: c.label })}
            labelProps={{ className: 'visually-hidden' }}
            value={until}
            onChange={(e) => setUntil(e.currentTarget.value)}
            error={problem?.fields.validUntil}
          />
          <Button
            size="xs"
            variant="light"
            loading={fetching}
            onClick={() => void save()}
            aria-label={t('firm.saveCertificate', { label: c.label })}
          >
            {t('form.save')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Vår bedrift: what a firm user may keep current about their own firm. */
export function OurFirmPage() {
  const t = useT();
  const user = useUser();
  const firmId = user.firm?.id;
  const [{ data, fetching, error }] = useQuery({ query: OurFirmDocument, variables: { id: firmId ?? 0 }, pause: !firmId });
  if (!firmId) return <Forbidden />;
  const firm = data?.member;
  return (
    <Page title={firm ? firm.name : t('firm.title')}>
      {error && <ErrorBanner error={error} />}
      {!data && fetching && <Loading />}
      {firm && (
        <>
          {firm.illustrative && firm.illustrativeNote && (
            <Alert color="yellow" variant="light" title={t('firm.illustrative')}>
              {firm.illustrativeNote}
            </Alert>
          )}
          <ProfileForm firm={firm} />
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('firm.capabilities')}
              </Title>
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('firm.capability')}</Table.Th>
                      <Table.Th>{t('firm.capacity')}</Table.Th>
                      <Table.Th>{t('firm.rate')}</Table.Th>
                      <Table.Th>
                        <span className="visually-hidden">{t('form.actions')}</span>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {firm.capabilities.map((c) => (
                      <CapabilityRow key={c.id} firmId={firm.id} c={c} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text size="xs" c="dimmed">
                {t('firm.privateNote')}
              </Text>
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('firm.certificates')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('firm.expiryHint', { days: EXPIRY_WARNING_DAYS })}
              </Text>
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('firm.certificate')}</Table.Th>
                      <Table.Th>{t('firm.validFrom')}</Table.Th>
                      <Table.Th>{t('firm.validUntil')}</Table.Th>
                      <Table.Th>{t('firm.renew')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {firm.certificates.map((c) => (
                      <CertificateRow key={c.id} c={c} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          </Paper>
        </>
      )}
    </Page>
  );
}
