import { ActionIcon, Alert, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { MembershipDuesQuery } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { formatLocalDate, osloToday } from '../../ui/format/dates';
import { useI18n, useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { Money, MoneyInput } from '../../ui/money';
import { useUser } from '../../ui/session/use-session';
import { Empty, ErrorBanner, Loading } from '../../ui/states';
import { DuesDocument, SetDuesDocument } from './members.graphql';

/** A stable context object (a new one each render would re-run the query). */
const DUES_BAND_CONTEXT = { additionalTypenames: ['DuesBand'] };

const NO_BANDS: MembershipDuesQuery['membershipDues']['bands'] = [];

interface BandRow {
  employeesMin: number | string;
  employeesMax: number | string;
  membershipFee: string | null;
  serviceFee: string | null;
}

function BandsForm({ year, bands, onSaved }: { year: number; bands: MembershipDuesQuery['membershipDues']['bands']; onSaved(): void }) {
  const t = useT();
  const [rows, setRows] = useState<BandRow[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, save] = useMutation(SetDuesDocument);
  useEffect(
    () =>
      setRows(
        bands.length
          ? bands.map((b) => ({
              employeesMin: b.employeesMin,
              employeesMax: b.employeesMax ?? '',
              membershipFee: b.membershipFee.minorUnits,
              serviceFee: b.serviceFee.minorUnits,
            }))
          : [{ employeesMin: 1, employeesMax: '', membershipFee: null, serviceFee: null }],
      ),
    [bands, year],
  );
  const update = (i: number, patch: Partial<BandRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  // a band's problems under its inputs (the API names them bands.<row>.<field>); the table's as a whole go to the banner
  const at = (i: number, field: keyof BandRow) => problem?.fields[`bands.${i}.${field}`];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const r = await save({
      input: {
        year,
        bands: rows.map((b) => ({
          employeesMin: Number(b.employeesMin),
          employeesMax: b.employeesMax === '' ? null : Number(b.employeesMax),
          membershipFee: b.membershipFee ?? '',
          serviceFee: b.serviceFee ?? '',
        })),
      },
    });
    setProblem(r.error ? describeError(r.error) : null);
    setSaved(!r.error);
    if (!r.error) onSaved();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('dues.edit', { year })}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('dues.edit', { year })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dues.editHint')}
        </Text>
        {problem && <ErrorBanner problem={problem} />}
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('form.saved')}
          </Alert>
        )}
        {rows.map((b, i) => (
          <Group key={i} align="flex-end" gap="sm" wrap="wrap">
            <NumberInput
              label={t('dues.min', { n: i + 1 })}
              min={1}
              allowDecimal={false}
              value={b.employeesMin}
              onChange={(v) => update(i, { employeesMin: v })}
              error={at(i, 'employeesMin')}
              w={130}
            />
            <NumberInput
              label={t('dues.max', { n: i + 1 })}
              description={t('dues.maxHint')}
              min={1}
              allowDecimal={false}
              value={b.employeesMax}
              onChange={(v) => update(i, { employeesMax: v })}
              error={at(i, 'employeesMax')}
              w={150}
            />
            <MoneyInput
              label={t('dues.membershipFee', { n: i + 1 })}
              value={b.membershipFee}
              onChange={(v) => update(i, { membershipFee: v })}
              error={at(i, 'membershipFee')}
              w={220}
            />
            <MoneyInput
              label={t('dues.serviceFee', { n: i + 1 })}
              value={b.serviceFee}
              onChange={(v) => update(i, { serviceFee: v })}
              error={at(i, 'serviceFee')}
              w={220}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={30}
              aria-label={t('dues.removeBand', { n: i + 1 })}
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => setRows([...rows, { employeesMin: '', employeesMax: '', membershipFee: null, serviceFee: null }])}
          >
            {t('dues.addBand')}
          </Button>
          <Button type="submit" loading={fetching}>
            {t('dues.save', { year })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Membership dues per year: the bands by head count and what each active member owes (ADMIN sets the bands). */
export function DuesPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const thisYear = Number(osloToday().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [{ data, fetching, error }, reload] = useQuery({
    query: DuesDocument,
    variables: { year: Number(year) },
    context: DUES_BAND_CONTEXT,
  });
  const d = data?.membershipDues;
  // a year without a dues table yet: the API says NOT_FOUND; the administrator sets it up here
  const missing = !!error && describeError(error).code === 'NOT_FOUND';
  // a year that had no table is not in the document cache's view of DuesBand: ask again after a save
  const saved = () => reload({ requestPolicy: 'network-only' });
  return (
    <Page title={t('dues.title')}>
      <Select
        label={t('dues.year')}
        data={Array.from({ length: thisYear - 2004 }, (_, i) => String(thisYear + 1 - i))}
        value={year}
        onChange={(v) => v && setYear(v)}
        allowDeselect={false}
        w={140}
      />
      {error && !missing && <ErrorBanner error={error} />}
      {missing && (
        <>
          <Empty title={t('dues.noBands', { year })} hint={t('dues.noBandsHint')} />
          {user.role === 'ADMIN' && (
            <Paper withBorder p="md">
              <BandsForm year={Number(year)} bands={NO_BANDS} onSaved={saved} />
            </Paper>
          )}
        </>
      )}
      {!data && !error && fetching && <Loading />}
      {d && (
        <>
          {d.bands.length === 0 && <Empty title={t('dues.noBands', { year: d.year })} hint={t('dues.noBandsHint')} />}
          {d.bands.length > 0 && (
            <Table.ScrollContainer minWidth={560}>
              <Table>
                <Table.Caption>{t('dues.bandsOf', { year: d.year })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('dues.band')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('dues.membershipFeeCol')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('dues.serviceFeeCol')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('dues.total')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.bands.map((b) => (
                    <Table.Tr key={b.label}>
                      <Table.Td>{t('dues.employees', { band: b.label })}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        <Money value={b.membershipFee} />
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        <Money value={b.serviceFee} />
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        <Money value={b.total} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {user.role === 'ADMIN' && (
            <Paper withBorder p="md">
              <BandsForm year={d.year} bands={d.bands} onSaved={saved} />
            </Paper>
          )}
          {d.lines.length > 0 && (
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('dues.lines', { year: d.year })}
              </Title>
              <Text size="sm">
                {t('dues.totalOwed')} <Money value={d.total} />
                {d.unbanded > 0 && ` · ${t('dues.unbanded', { n: d.unbanded })}`}
              </Text>
              <Table.ScrollContainer minWidth={700}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('dues.member')}</Table.Th>
                      <Table.Th>{t('dues.band')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('dues.membershipFeeCol')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('dues.serviceFeeCol')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('dues.total')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.lines.map((l) => (
                      <Table.Tr key={l.member.id}>
                        <Table.Td>
                          {l.member.name}
                          {/* the API's note is English: said here from the line's facts */}
                          {(!l.band || l.owedThroughYear !== null) && (
                            <Text size="xs" c="dimmed">
                              {!l.band
                                ? t('dues.noteNoBand')
                                : t('dues.noteResigned', {
                                    date: formatLocalDate(l.member.resignedOn ?? '', lang),
                                    year: l.owedThroughYear ?? '',
                                  })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{l.band ?? t('dues.unknownBand')}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money value={l.membershipFee} />
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money value={l.serviceFee} />
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money value={l.total} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          )}
        </>
      )}
    </Page>
  );
}
