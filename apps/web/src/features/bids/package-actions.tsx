import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { BidBoardQuery } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { differsByMoreThanFactor } from '../../ui/format/money';
import { useT } from '../../ui/i18n/i18n';
import { Money, MoneyInput } from '../../ui/money';
import { ErrorBanner, Loading } from '../../ui/states';
import { CandidatesDocument, ReassignDocument, SetPackagePriceDocument } from './bids.graphql';

export type BoardPackage = BidBoardQuery['bid']['workPackages'][number];

/** A price that differs from the current one by more than ten times is confirmed before it is saved. */
function FactorCheck({
  current,
  next,
  onConfirm,
  onCancel,
}: {
  current: BoardPackage['price'];
  next: string | null;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  return (
    <Stack>
      <Alert color="orange" variant="light">
        {t('money.confirm.body')}
      </Alert>
      <Text size="sm">
        {t('money.confirm.current')} <Money value={current} />
      </Text>
      <Text size="sm">
        {t('money.confirm.new')} <Money value={next ? { minorUnits: next, currency: current?.currency ?? 'NOK' } : null} />
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('money.confirm.fix')}
        </Button>
        <Button onClick={onConfirm}>{t('money.confirm.yes')}</Button>
      </Group>
    </Stack>
  );
}

/** Sets the price of a DRAFT package, in kroner. */
export function PriceModal({ wp, onClose }: { wp: BoardPackage; onClose(): void }) {
  const t = useT();
  const [price, setPrice] = useState<string | null>(wp.price?.minorUnits ?? null);
  const [confirm, setConfirm] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, save] = useMutation(SetPackagePriceDocument);
  const send = async () => {
    setConfirm(false);
    const r = await save({ input: { id: wp.id, price, expectedVersion: wp.version } });
    if (r.error) return setProblem(describeError(r.error));
    onClose();
  };
  const submit = () => {
    if (price && wp.price && differsByMoreThanFactor(wp.price.minorUnits, price)) return setConfirm(true);
    void send();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('board.priceFor', { title: wp.title })}
      centered
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      {confirm ? (
        <FactorCheck current={wp.price} next={price} onConfirm={() => void send()} onCancel={() => setConfirm(false)} />
      ) : (
        <Stack>
          {problem && <ErrorBanner problem={problem} />}
          <MoneyInput
            label={t('board.price')}
            value={price}
            onChange={setPrice}
            currency={wp.price?.currency ?? 'NOK'}
            error={problem?.fields.price}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button onClick={submit} loading={fetching} disabled={!price}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Gives a package to one of the firms the solver suggests; it goes back to DRAFT for a new offer. */
export function ReassignModal({ wp, onClose }: { wp: BoardPackage; onClose(): void }) {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: CandidatesDocument, variables: { id: wp.id }, requestPolicy: 'network-only' });
  const [memberId, setMemberId] = useState<string | null>(null);
  const [price, setPrice] = useState<string | null>(wp.price?.minorUnits ?? null);
  const [confirm, setConfirm] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching: saving }, reassign] = useMutation(ReassignDocument);
  const send = async () => {
    setConfirm(false);
    const r = await reassign({ id: wp.id, memberId: Number(memberId), price });
    if (r.error) return setProblem(describeError(r.error));
    onClose();
  };
  const submit = () => {
    if (price && wp.price && differsByMoreThanFactor(wp.price.minorUnits, price)) return setConfirm(true);
    void send();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('board.reassignTitle', { title: wp.title })}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      {confirm ? (
        <FactorCheck current={wp.price} next={price} onConfirm={() => void send()} onCancel={() => setConfirm(false)} />
      ) : (
        <Stack>
          <Text size="sm">{t('board.reassignFrom', { firm: wp.member.name })}</Text>
          {error && <ErrorBanner error={error} />}
          {problem && <ErrorBanner problem={problem} />}
          {fetching && !data && <Loading />}
          {data && data.reassignmentCandidates.length === 0 && <Alert color="gray">{t('board.noCandidates')}</Alert>}
          {data && data.reassignmentCandidates.length > 0 && (
            <Radio.Group label={t('board.candidates')} value={memberId} onChange={setMemberId} required>
              <Stack gap="xs" mt="xs">
                {data.reassignmentCandidates.map((c) => (
                  <Radio
                    key={c.memberId}
                    value={String(c.memberId)}
                    label={c.name}
                    description={c.uncoveredHours ? t('board.candidateGap', { n: c.uncoveredHours }) : t('board.candidateCovers')}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <MoneyInput
            label={t('board.newPrice')}
            value={price}
            onChange={setPrice}
            currency={wp.price?.currency ?? 'NOK'}
            error={problem?.fields.price}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button onClick={submit} loading={saving} disabled={!memberId}>
              {t('board.reassign')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
