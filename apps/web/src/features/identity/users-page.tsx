import { Alert, Badge, Button, Group, Modal, PasswordInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { Role, UsersQuery } from '../../gql/graphql';
import { describeError, type ApiProblem } from '../../ui/api/errors';
import { DateTime } from '../../ui/dates';
import { type MessageKey, useT } from '../../ui/i18n/i18n';
import { Page } from '../../ui/layout/page';
import { useUser } from '../../ui/session/use-session';
import { ErrorBanner, Loading } from '../../ui/states';
import {
  ChangeUserRoleDocument,
  CreateUserDocument,
  DeactivateUserDocument,
  ReactivateUserDocument,
  UsersDocument,
} from './identity.graphql';

/** A stable context object (a new one each render would re-run the query). */
const USER_CONTEXT = { additionalTypenames: ['User'] };

const ROLES: Role[] = ['ADMIN', 'PROJECT_LEADER', 'STEERING', 'FIRM_USER'];
type UserRow = UsersQuery['users'][number];
type Firm = UsersQuery['members']['nodes'][number];

function RoleAndFirm({
  role,
  firmId,
  firms,
  onRole,
  onFirm,
  problem,
}: {
  role: Role;
  firmId: string | null;
  firms: Firm[];
  onRole(r: Role): void;
  onFirm(f: string | null): void;
  problem: ApiProblem | null;
}) {
  const t = useT();
  return (
    <>
      <Select
        label={t('users.role')}
        required
        data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        value={role}
        onChange={(v) => v && onRole(v as Role)}
        allowDeselect={false}
        error={problem?.fields.role}
      />
      {role === 'FIRM_USER' && (
        <Select
          label={t('users.firm')}
          required
          searchable
          data={firms.map((f) => ({ value: String(f.id), label: f.name }))}
          value={firmId}
          onChange={onFirm}
          error={problem?.fields.firmId}
        />
      )}
    </>
  );
}

function NewUser({ firms, onDone }: { firms: Firm[]; onDone(m: MessageKey, p?: Record<string, string>): void }) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('FIRM_USER');
  const [firmId, setFirmId] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, create] = useMutation(CreateUserDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({
      input: { email, displayName, password, role, firmId: role === 'FIRM_USER' && firmId ? Number(firmId) : null },
    });
    if (r.error || !r.data) return setProblem(describeError(r.error));
    setProblem(null);
    setEmail('');
    setDisplayName('');
    setPassword('');
    onDone('users.created', { email: r.data.createUser.email });
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('users.new')}>
      <Stack gap="sm">
        {problem && <ErrorBanner problem={problem} />}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <TextInput
            label={t('users.email')}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={problem?.fields.email}
          />
          <TextInput
            label={t('users.name')}
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={problem?.fields.displayName}
          />
          <PasswordInput
            label={t('users.password')}
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={problem?.fields.password}
          />
          <RoleAndFirm role={role} firmId={firmId} firms={firms} onRole={setRole} onFirm={setFirmId} problem={problem} />
        </SimpleGrid>
        <Button type="submit" loading={fetching} w="fit-content">
          {t('users.create')}
        </Button>
      </Stack>
    </form>
  );
}

function ChangeRole({ user, firms, onClose }: { user: UserRow; firms: Firm[]; onClose(done: boolean): void }) {
  const t = useT();
  const [role, setRole] = useState<Role>(user.role);
  const [firmId, setFirmId] = useState<string | null>(user.firm ? String(user.firm.id) : null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, change] = useMutation(ChangeUserRoleDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await change({ input: { userId: user.id, role, firmId: role === 'FIRM_USER' && firmId ? Number(firmId) : null } });
    if (r.error) return setProblem(describeError(r.error));
    onClose(true);
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('form.close') }}
      opened
      onClose={() => onClose(false)}
      title={t('users.changeTitle', { name: user.displayName })}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('users.changeHint')}
          </Text>
          {problem && <ErrorBanner problem={problem} />}
          <RoleAndFirm role={role} firmId={firmId} firms={firms} onRole={setRole} onFirm={setFirmId} problem={problem} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Users (ADMIN): create, change role or firm, deactivate and reactivate; each ends the person's sessions where the API says so. */
export function UsersPage() {
  const t = useT();
  const me = useUser();
  const [{ data, fetching, error }] = useQuery({ query: UsersDocument, context: USER_CONTEXT });
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [done, setDone] = useState<{ key: MessageKey; params?: Record<string, string> } | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [, deactivate] = useMutation(DeactivateUserDocument);
  const [, reactivate] = useMutation(ReactivateUserDocument);
  const firms = data?.members.nodes ?? [];
  const toggle = async (u: UserRow) => {
    const r = u.active ? await deactivate({ userId: u.id }) : await reactivate({ userId: u.id });
    setProblem(r.error ? describeError(r.error) : null);
    setDone(r.error ? null : { key: u.active ? 'users.deactivated' : 'users.reactivated', params: { name: u.displayName } });
  };
  return (
    <Page title={t('users.title')}>
      {error && <ErrorBanner error={error} />}
      {problem && <ErrorBanner problem={problem} />}
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t('form.close')} onClose={() => setDone(null)}>
          {t(done.key, done.params)}
        </Alert>
      )}
      {!data && fetching && <Loading />}
      {data && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.name')}</Table.Th>
                  <Table.Th>{t('users.role')}</Table.Th>
                  <Table.Th>{t('users.status')}</Table.Th>
                  <Table.Th>{t('users.lastLogin')}</Table.Th>
                  <Table.Th>{t('form.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.users.map((u) => (
                  <Table.Tr key={u.id} aria-label={u.email}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {u.displayName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {u.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {t(`role.${u.role}`)}
                      {u.firm && (
                        <Text size="xs" c="dimmed">
                          {u.firm.name}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={u.active ? 'green' : 'gray'} variant="light">
                        {u.active ? t('users.active') : t('users.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <DateTime value={u.lastLoginAt} fallback={t('users.never')} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => setEditing(u)}
                          aria-label={t('users.changeOne', { email: u.email })}
                        >
                          {t('users.change')}
                        </Button>
                        {u.id !== me.id && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color={u.active ? 'red' : 'green'}
                            onClick={() => void toggle(u)}
                            aria-label={t(u.active ? 'users.deactivateOne' : 'users.reactivateOne', { email: u.email })}
                          >
                            {u.active ? t('users.deactivate') : t('users.reactivate')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack gap="sm">
            <Text fw={600}>{t('users.new')}</Text>
            <NewUser firms={firms} onDone={(key, params) => setDone({ key, params })} />
          </Stack>
        </>
      )}
      {editing && (
        <ChangeRole
          user={editing}
          firms={firms}
          onClose={(changed) => {
            if (changed) setDone({ key: 'users.changed', params: { name: editing.displayName } });
            setEditing(null);
          }}
        />
      )}
    </Page>
  );
}
