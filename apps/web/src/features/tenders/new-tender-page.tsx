import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { ClearanceLevel, Market } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { osloWallTimeToIso } from '../../ui/format/dates';
import { useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { MoneyInput } from '../../ui/money';
import { ErrorBanner } from '../../ui/states';
import { MARKETS } from './options';
import { CreateTenderDocument } from './tenders.graphql';

const CLEARANCES: ClearanceLevel[] = ['RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET'];

/** Register a tender by hand. Everything typed stays when the API refuses it. */
export function NewTenderPage() {
  const t = useT();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [buyerName, setBuyerName] = useState('');
  const [market, setMarket] = useState<string | null>('DEFENCE');
  const [deadline, setDeadline] = useState('');
  const [value, setValue] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [referenceUrl, setReferenceUrl] = useState('');
  const [clearance, setClearance] = useState<string | null>(null);
  const [exportControlled, setExportControlled] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, create] = useMutation(CreateTenderDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({
      input: {
        title,
        buyerName,
        market: (market ?? 'OTHER') as Market,
        deadline: deadline ? osloWallTimeToIso(deadline) : null,
        estimatedValue: value ? { minorUnits: value, currency: 'NOK' } : null,
        description: description || null,
        referenceUrl: referenceUrl || null,
        clearanceLevel: (clearance as ClearanceLevel | null) ?? null,
        exportControlled,
      },
    });
    if (r.error || !r.data) return setProblem(describeError(r.error));
    navigate(`/tenders/${r.data.createTender.id}`);
  };
  return (
    <Page title={t('tenders.new.title')}>
      <Paper withBorder p="md" maw={860}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            {problem && <ErrorBanner problem={problem} />}
            <TextInput
              label={t('tenders.new.name')}
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={problem?.fields.title}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('tenders.new.buyer')}
                required
                value={buyerName}
                onChange={(e) => setBuyerName(e.currentTarget.value)}
                error={problem?.fields.buyerName}
              />
              <Select
                label={t('tenders.market')}
                required
                data={MARKETS.map((m) => ({ value: m, label: t(`market.${m}`) }))}
                value={market}
                onChange={setMarket}
                error={problem?.fields.market}
              />
              <TextInput
                type="datetime-local"
                label={t('tenders.new.deadline')}
                description={t('tenders.new.deadlineHint')}
                value={deadline}
                onChange={(e) => setDeadline(e.currentTarget.value)}
                error={problem?.fields.deadline}
              />
              <MoneyInput
                label={t('tenders.new.value')}
                value={value}
                onChange={setValue}
                error={problem?.fields['estimatedValue.minorUnits'] ?? problem?.fields.estimatedValue}
              />
              <Select
                label={t('tenders.new.clearance')}
                data={CLEARANCES.map((c) => ({ value: c, label: c }))}
                value={clearance}
                onChange={setClearance}
                clearable
              />
              <TextInput
                label={t('tenders.new.reference')}
                type="url"
                value={referenceUrl}
                onChange={(e) => setReferenceUrl(e.currentTarget.value)}
                error={problem?.fields.referenceUrl}
              />
            </SimpleGrid>
            <Checkbox
              label={t('tenders.new.exportControlled')}
              checked={exportControlled}
              onChange={(e) => setExportControlled(e.currentTarget.checked)}
            />
            <Textarea
              label={t('tenders.new.description')}
              autosize
              minRows={3}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={problem?.fields.description}
            />
            <Group>
              <Button type="submit" loading={fetching}>
                {t('tenders.new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
