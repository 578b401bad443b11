import { AppShell, Badge, Burger, Button, Group, NavLink, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Fragment, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import type { Language } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { session } from '../session/session-store';
import { SetMyLanguageDocument } from '../session/language.graphql';
import { useUser } from '../session/use-session';
import { NAV } from './nav';

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const [, setMyLanguage] = useMutation(SetMyLanguageDocument);
  const choose = async (value: string) => {
    const next = value === 'en' ? 'en' : 'nb';
    setLang(next);
    // stored per user in the API, so notifications and exports follow the console
    const r = await setMyLanguage({ language: (next === 'en' ? 'EN' : 'NB') satisfies Language });
    if (r.data) session.updateUser(r.data.setMyLanguage);
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.choose')}
      value={lang}
      onChange={(v) => void choose(v)}
      data={[
        { value: 'nb', label: 'Norsk' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}

/** Who is signed in, with role and firm, on every screen. */
function WhoAmI() {
  const user = useUser();
  const { t } = useI18n();
  return (
    <Stack gap={0} align="flex-end" data-testid="who-am-i" miw={0}>
      <Text size="sm" fw={600} lh={1.2} truncate="end" maw="100%">
        {user.displayName}
      </Text>
      <Text size="xs" c="dimmed" lh={1.2} truncate="end" maw="100%">
        {t(`role.${user.role}`)}
        {user.firm ? ` · ${user.firm.name}` : ''}
      </Text>
    </Stack>
  );
}

/** A screen belongs to its menu entry, and a bid board to the tenders it comes from. */
function isActive(path: string, current: string): boolean {
  return current === path || current.startsWith(`${path}/`) || (path === '/tenders' && current.startsWith('/bids/'));
}

export function AppLayout({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const user = useUser();
  const { t } = useI18n();
  const location = useLocation();
  const items = NAV.filter((n) => n.roles.includes(user.role));
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Text component={Link} to="/" fw={700} size="lg" c="blue.8" td="none" style={{ whiteSpace: 'nowrap' }}>
              TotAl-Fly
            </Text>
            <Badge variant="light" visibleFrom="md">
              {t('app.tagline')}
            </Badge>
          </Group>
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Group visibleFrom="sm">
              <LanguageSwitch />
            </Group>
            <WhoAmI />
            <Button variant="default" size="xs" onClick={() => void session.signOut()} visibleFrom="sm">
              {t('auth.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <nav>
          <VisuallyHidden>
            <h2>{t('nav.label')}</h2>
          </VisuallyHidden>
          {items.map((n, i) => (
            <Fragment key={n.path}>
              {n.group && items[i - 1]?.group !== n.group && (
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm" component="h3">
                  {t(n.group)}
                </Text>
              )}
              <NavLink
                component={Link}
                to={n.path}
                label={t(n.label)}
                active={isActive(n.path, location.pathname)}
                variant="filled"
                aria-current={isActive(n.path, location.pathname) ? 'page' : undefined}
                onClick={close}
              />
            </Fragment>
          ))}
        </nav>
        {/* on a phone the language and sign-out live in the menu */}
        <Stack hiddenFrom="sm" mt="md" gap="sm" align="flex-start">
          <LanguageSwitch />
          <Button variant="default" size="xs" onClick={() => void session.signOut()}>
            {t('auth.signOut')}
          </Button>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
