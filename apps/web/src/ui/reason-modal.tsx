import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { CombinedError } from 'urql';
import { describeError, type ApiProblem } from './api/errors';
import { useT } from './i18n/i18n';
import { ErrorBanner } from './states';

/**
 * Asks for a reason and sends one mutation with it (decline, reject, withdraw). The API's problem
 * with the reason shows under the field, any other above it; the modal closes only when the API
 * has said yes.
 */
export function ReasonModal({
  title,
  label,
  description,
  submitLabel,
  onSubmit,
  onClose,
}: {
  title: string;
  label: string;
  description?: string;
  submitLabel: string;
  onSubmit(reason: string): Promise<{ error?: CombinedError }>;
  onClose(): void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSending(true);
    const r = await onSubmit(reason);
    setSending(false);
    if (r.error) return setProblem(describeError(r.error));
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': t('form.close') }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {problem && !problem.fields.reason && <ErrorBanner problem={problem} />}
          <Textarea
            label={label}
            description={description}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={problem?.fields.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={sending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
