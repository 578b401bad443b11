import { Button, Group, Modal, MultiSelect, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { CertificateType } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { useT } from '../../ui/i18n/i18n';
import { ErrorBanner } from '../../ui/states';
import { AuditorCandidatesDocument, ProposeAuditDocument } from './audits.graphql';
import { standardLabel } from './standards';

/** What a suggested coordination fills in. */
export interface ProposalDraft {
  supplier: { id: number; name: string };
  standards: CertificateType[];
  plannedOn: string;
  members: { id: number; name: string }[];
  leadMemberId: number;
}

/** "1.2, 8.4.2; 8.5" → ["1.2", "8.4.2", "8.5"]: the API checks each clause. */
const clausesOf = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * Proposes a coordinated audit from a suggestion: the supplier, the standards and clauses in
 * scope, the date, the lead auditor (a person at one of the members) and the members it is done
 * on behalf of. Every rule is the API's; its messages show under the fields.
 */
export function ProposeAuditModal({ draft, onClose }: { draft: ProposalDraft; onClose(): void }) {
  const t = useT();
  const navigate = useNavigate();
  const [standards, setStandards] = useState<string[]>(draft.standards);
  const [clauses, setClauses] = useState<Record<string, string>>({});
  const [plannedOn, setPlannedOn] = useState(draft.plannedOn);
  const [members, setMembers] = useState<string[]>(draft.members.map((m) => String(m.id)));
  const [leadMember, setLeadMember] = useState<string | null>(String(draft.leadMemberId));
  const [leadAuditor, setLeadAuditor] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [candidates] = useQuery({
    query: AuditorCandidatesDocument,
    variables: { memberId: Number(leadMember) },
    pause: !leadMember,
  });
  const [{ fetching }, propose] = useMutation(ProposeAuditDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await propose({
      input: {
        supplierMemberId: draft.supplier.id,
        scope: standards.map((s) => ({ standard: s as CertificateType, clauses: clausesOf(clauses[s] ?? '') })),
        plannedOn,
        leadAuditorUserId: Number(leadAuditor ?? 0),
        onBehalfOfMemberIds: members.map(Number),
        note: note.trim() || null,
      },
    });
    if (r.error || !r.data) return setProblem(describeError(r.error));
    onClose();
    navigate(`/supplier-audits/${r.data.proposeAudit.id}`);
  };
  const people = candidates.data?.auditorCandidates ?? [];
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('audits.proposeFor', { supplier: draft.supplier.name })}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('audits.proposeForm')}>
        <Stack gap="sm">
          {problem && <ErrorBanner problem={problem} />}
          <MultiSelect
            label={t('audits.standards')}
            data={draft.standards.map((s) => ({ value: s, label: standardLabel(s) }))}
            value={standards}
            onChange={setStandards}
            error={problem?.fields.scope}
          />
          {standards.map((s) => (
            <TextInput
              key={s}
              label={t('audits.clausesOf', { standard: standardLabel(s as CertificateType) })}
              description={t('audits.clausesHint')}
              value={clauses[s] ?? ''}
              onChange={(e) => setClauses({ ...clauses, [s]: e.currentTarget.value })}
            />
          ))}
          <TextInput
            type="date"
            label={t('audits.plannedOn')}
            value={plannedOn}
            onChange={(e) => setPlannedOn(e.currentTarget.value)}
            error={problem?.fields.plannedOn}
          />
          <MultiSelect
            label={t('audits.onBehalfOf')}
            description={t('audits.onBehalfOfHint')}
            data={draft.members.map((m) => ({ value: String(m.id), label: m.name }))}
            value={members}
            onChange={setMembers}
            error={problem?.fields.onBehalfOfMemberIds}
          />
          <Select
            label={t('audits.leadFirm')}
            data={draft.members.map((m) => ({ value: String(m.id), label: m.name }))}
            value={leadMember}
            onChange={(v) => {
              setLeadMember(v);
              setLeadAuditor(null);
            }}
          />
          <Select
            label={t('audits.leadAuditor')}
            data={people.map((p) => ({ value: String(p.userId), label: p.displayName }))}
            value={leadAuditor}
            onChange={setLeadAuditor}
            error={problem?.fields.leadAuditorUserId}
            nothingFoundMessage={t('audits.noAuditors')}
          />
          {candidates.error && <ErrorBanner error={candidates.error} />}
          {leadMember && candidates.data && people.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('audits.noAuditors')}
            </Text>
          )}
          <Textarea label={t('audits.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={fetching} disabled={!leadAuditor}>
              {t('audits.propose')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
