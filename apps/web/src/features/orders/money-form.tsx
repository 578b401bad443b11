import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { osloToday } from '../../ui/format/dates';
import { type MessageKey, useT } from '../../ui/i18n/i18n';
import { useIdempotencyKey } from '../../ui/idempotency';
import { Money, MoneyInput } from '../../ui/money';
import { ErrorBanner } from '../../ui/states';
import {
  RecordCreditNoteDocument,
  RecordInvoiceDocument,
  RecordPaymentDocument,
  ReportCreditNoteDocument,
  ReportInvoiceDocument,
  ReportPaymentDocument,
  ReportReversalDocument,
  ReversePaymentDocument,
} from './orders.graphql';

/** What is being recorded (the association) or reported (a firm, for the project leader to confirm). */
export type MoneyTarget =
  | { kind: 'INVOICE'; orderLineId: number; label: string }
  | { kind: 'CREDIT_NOTE'; invoiceId: number; label: string; remaining: { minorUnits: string; currency: string } }
  | { kind: 'PAYMENT'; invoiceId: number; label: string; remaining: { minorUnits: string; currency: string } }
  | { kind: 'PAYMENT_REVERSAL'; paymentId: number; label: string; amount: { minorUnits: string; currency: string } };

const TITLE: Record<MoneyTarget['kind'], { record: MessageKey; report: MessageKey }> = {
  INVOICE: { record: 'money.recordInvoice', report: 'money.reportInvoice' },
  CREDIT_NOTE: { record: 'money.recordCreditNote', report: 'money.reportCreditNote' },
  PAYMENT: { record: 'money.recordPayment', report: 'money.reportPayment' },
  PAYMENT_REVERSAL: { record: 'money.recordReversal', report: 'money.reportReversal' },
};

/**
 * One form for the four money documents. The association records (it counts at once); a firm
 * reports (it counts once the project leader confirms). Every attempt carries the same
 * idempotency key, so a double click or a retry after a lost answer records once.
 */
export function MoneyForm({
  target,
  mode,
  onClose,
  onDone,
}: {
  target: MoneyTarget;
  mode: 'record' | 'report';
  onClose(): void;
  onDone(message: MessageKey): void;
}) {
  const t = useT();
  const { key, renew } = useIdempotencyKey();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(osloToday());
  const [amount, setAmount] = useState<string | null>(
    target.kind === 'PAYMENT' && BigInt(target.remaining.minorUnits) > 0n ? target.remaining.minorUnits : null,
  );
  const [cost, setCost] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [s1, recInvoice] = useMutation(RecordInvoiceDocument);
  const [s2, recCredit] = useMutation(RecordCreditNoteDocument);
  const [s3, recPayment] = useMutation(RecordPaymentDocument);
  const [s4, recReversal] = useMutation(ReversePaymentDocument);
  const [s5, repInvoice] = useMutation(ReportInvoiceDocument);
  const [s6, repCredit] = useMutation(ReportCreditNoteDocument);
  const [s7, repPayment] = useMutation(ReportPaymentDocument);
  const [s8, repReversal] = useMutation(ReportReversalDocument);
  const busy = [s1, s2, s3, s4, s5, s6, s7, s8].some((s) => s.fetching);
  const record = mode === 'record';

  const send = async () => {
    const idempotencyKey = key;
    const note = text.trim() || null;
    let r: { error?: Parameters<typeof describeError>[0] };
    switch (target.kind) {
      case 'INVOICE': {
        const input = {
          orderLineId: target.orderLineId,
          number,
          issueDate: date,
          amount: amount ?? '',
          declaredCost: cost,
          note,
          idempotencyKey,
        };
        r = record ? await recInvoice({ input }) : await repInvoice({ input });
        break;
      }
      case 'CREDIT_NOTE': {
        const input = {
          invoiceId: target.invoiceId,
          number,
          issueDate: date,
          amount: amount ?? '',
          declaredCost: cost,
          reason: text,
          idempotencyKey,
        };
        r = record ? await recCredit({ input }) : await repCredit({ input });
        break;
      }
      case 'PAYMENT': {
        const input = { invoiceId: target.invoiceId, date, amount: amount ?? '', note, idempotencyKey };
        r = record ? await recPayment({ input }) : await repPayment({ input });
        break;
      }
      case 'PAYMENT_REVERSAL': {
        const vars = { paymentId: target.paymentId, date, reason: text, idempotencyKey };
        r = record ? await recReversal(vars) : await repReversal(vars);
        break;
      }
    }
    if (r.error) return setProblem(describeError(r.error));
    setProblem(null);
    renew();
    onDone(record ? 'money.recorded' : 'money.reported');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return; // one request at a time; a second click waits for the first answer
    void send();
  };
  const f = problem?.fields ?? {};
  const title = t(record ? TITLE[target.kind].record : TITLE[target.kind].report);
  return (
    <Modal closeButtonProps={{ 'aria-label': t('form.close') }} opened onClose={onClose} title={title} size="lg" centered>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          <Text size="sm">{target.label}</Text>
          {(target.kind === 'CREDIT_NOTE' || target.kind === 'PAYMENT') && (
            <Text size="sm" c="dimmed">
              {t(target.kind === 'PAYMENT' ? 'money.remainingToPay' : 'money.remainingToCredit')} <Money value={target.remaining} />
            </Text>
          )}
          {target.kind === 'PAYMENT_REVERSAL' && (
            <Text size="sm" c="dimmed">
              {t('money.reversing')} <Money value={target.amount} />
            </Text>
          )}
          {!record && (
            <Alert color="blue" variant="light">
              {t('money.reportHint')}
            </Alert>
          )}
          {problem && <ErrorBanner problem={problem} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {(target.kind === 'INVOICE' || target.kind === 'CREDIT_NOTE') && (
              <TextInput
                label={t('money.number')}
                required
                value={number}
                onChange={(e) => setNumber(e.currentTarget.value)}
                error={f.number}
              />
            )}
            <TextInput
              type="date"
              label={target.kind === 'INVOICE' || target.kind === 'CREDIT_NOTE' ? t('money.issueDate') : t('money.date')}
              required
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={f.issueDate ?? f.date}
            />
            {target.kind !== 'PAYMENT_REVERSAL' && (
              <MoneyInput label={t('money.amount')} required value={amount} onChange={setAmount} error={f.amount} />
            )}
            {(target.kind === 'INVOICE' || target.kind === 'CREDIT_NOTE') && (
              <MoneyInput label={t('money.declaredCost')} value={cost} onChange={setCost} error={f.declaredCost} />
            )}
          </SimpleGrid>
          <TextInput
            label={target.kind === 'CREDIT_NOTE' || target.kind === 'PAYMENT_REVERSAL' ? t('money.reason') : t('money.note')}
            required={target.kind === 'CREDIT_NOTE' || target.kind === 'PAYMENT_REVERSAL'}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={f.reason ?? f.note}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {title}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
