import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { InboxPackageFragment, ResponseKind } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { differsByMoreThanFactor } from '../../ui/format/money';
import { useT } from '../../ui/i18n/i18n';
import { Money, MoneyInput } from '../../ui/money';
import { ErrorBanner } from '../../ui/states';
import { RespondDocument } from './work-packages.graphql';

/**
 * Accept, decline (with a reason) or counter (price in kroner, comment, optionally new dates), in
 * one step. What was typed stays when the API says no; field messages come from the API.
 */
export function AnswerForm({ wp }: { wp: InboxPackageFragment }) {
  const t = useT();
  const [kind, setKind] = useState<ResponseKind>('ACCEPT');
  const [reason, setReason] = useState('');
  const [price, setPrice] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [windowStart, setWindowStart] = useState('');
  const [windowEnd, setWindowEnd] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, respond] = useMutation(RespondDocument);

  const send = async () => {
    setConfirming(false);
    const input =
      kind === 'ACCEPT'
        ? { workPackageId: wp.id, response: kind }
        : kind === 'DECLINE'
          ? { workPackageId: wp.id, response: kind, reason }
          : {
              workPackageId: wp.id,
              response: kind,
              price,
              comment,
              windowStart: windowStart || null,
              windowEnd: windowEnd || null,
            };
    const r = await respond({ input });
    setProblem(r.error ? describeError(r.error) : null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (kind === 'COUNTER' && price && wp.price && differsByMoreThanFactor(wp.price.minorUnits, price)) return setConfirming(true);
    void send();
  };

  const title = t('answer.title', { title: wp.title });
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm">
        {problem && <ErrorBanner problem={problem} />}
        <SegmentedControl
          aria-label={t('answer.kind')}
          value={kind}
          onChange={(v) => setKind(v as ResponseKind)}
          data={[
            { value: 'ACCEPT', label: t('answer.accept') },
            { value: 'DECLINE', label: t('answer.decline') },
            { value: 'COUNTER', label: t('answer.counter') },
          ]}
          fullWidth
        />
        {kind === 'ACCEPT' && (
          <Text size="sm">
            {t('answer.acceptText')} <Money value={wp.price} />
          </Text>
        )}
        {kind === 'DECLINE' && (
          <Textarea
            label={t('answer.reason')}
            description={t('answer.reasonHint')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={problem?.fields.reason}
          />
        )}
        {kind === 'COUNTER' && (
          <>
            <MoneyInput
              label={t('answer.counterPrice')}
              value={price}
              onChange={setPrice}
              currency={wp.price?.currency ?? 'NOK'}
              error={problem?.fields.price}
            />
            <Textarea
              label={t('answer.comment')}
              required
              autosize
              minRows={2}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              error={problem?.fields.comment}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput
                type="date"
                label={t('answer.windowStart')}
                value={windowStart}
                onChange={(e) => setWindowStart(e.currentTarget.value)}
                error={problem?.fields.windowStart}
              />
              <TextInput
                type="date"
                label={t('answer.windowEnd')}
                value={windowEnd}
                onChange={(e) => setWindowEnd(e.currentTarget.value)}
                error={problem?.fields.windowEnd}
              />
            </SimpleGrid>
          </>
        )}
        <Group>
          <Button type="submit" loading={fetching} color={kind === 'DECLINE' ? 'red.9' : undefined}>
            {kind === 'ACCEPT' ? t('answer.sendAccept') : kind === 'DECLINE' ? t('answer.sendDecline') : t('answer.sendCounter')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('money.confirm.title')}
        centered
        closeButtonProps={{ 'aria-label': t('form.close') }}
      >
        <Stack>
          <Alert color="orange" variant="light">
            {t('money.confirm.body')}
          </Alert>
          <Text size="sm">
            {t('money.confirm.current')} <Money value={wp.price} />
          </Text>
          <Text size="sm">
            {t('money.confirm.new')} <Money value={price ? { minorUnits: price, currency: wp.price?.currency ?? 'NOK' } : null} />
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('money.confirm.fix')}
            </Button>
            <Button onClick={() => void send()}>{t('money.confirm.yes')}</Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
