import { Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { ActivitiesPage, ActivityPage } from './features/activities';
import { AuditPage, AuditsPage } from './features/audits';
import { OurFirmPage } from './features/members';
import { BidBoardPage } from './features/bids';
import { SettingsPage, SignInPage } from './features/identity';
import { SuggestionPage } from './features/matching';
import { NotificationsPage } from './features/notifications';
import { NewTenderPage, TenderPage, TendersPage } from './features/tenders';
import { InboxPage } from './features/work-packages';
import type { Role } from './gql/graphql';
import { createApiClient } from './ui/api/client';
import { useI18n } from './ui/i18n/i18n';
import { AppLayout } from './ui/layout/app-layout';
import { EVERYONE, FIRMS, homeOf, LEADERS } from './ui/layout/nav';
import { Page } from './ui/layout/page';
import { session } from './ui/session/session-store';
import { SignInForm } from './ui/session/sign-in-form';
import { useSession, useUser } from './ui/session/use-session';
import { Forbidden, Loading } from './ui/states';

/** A route a role may open; for any other role the screen says so (and the API would refuse it too). */
function Guard({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useUser();
  const { t } = useI18n();
  if (!roles.includes(user.role))
    return (
      <Page title={t('state.forbidden.title')}>
        <Forbidden />
      </Page>
    );
  return <>{children}</>;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t('state.notFound')}>
      <Text>{t('state.notFoundBody')}</Text>
    </Page>
  );
}

/**
 * When the session ends while someone works, the screen (and what they typed) stays, and a
 * sign-in asks them back. Signing in as someone else starts afresh.
 */
function SessionEnded({ email }: { email: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('auth.expiredTitle')}
      centered
    >
      <Stack>
        <Text size="sm">{t('auth.expiredBody')}</Text>
        <SignInForm
          email={email}
          onSignedIn={() => {
            const s = session.current;
            if (s.status === 'signedIn' && s.user.email !== email) navigate(homeOf(s.user.role));
          }}
        />
      </Stack>
    </Modal>
  );
}

function SignedIn() {
  const state = useSession();
  const user = useUser();
  const { setLang } = useI18n();
  // the person's own language, stored in the API, wins over the browser's last choice
  useEffect(() => setLang(user.language === 'EN' ? 'en' : 'nb'), [user.id, user.language, setLang]);
  // a new client per person, so no cached answer is ever shown to the next one
  const client = useMemo(() => createApiClient(), [user.id]);
  return (
    <UrqlProvider value={client}>
      <AppLayout>
        <Routes>
          <Route path="/" element={<Navigate to={homeOf(user.role)} replace />} />
          <Route path="/sign-in" element={<Navigate to={homeOf(user.role)} replace />} />
          <Route
            path="/inbox"
            element={
              <Guard roles={FIRMS}>
                <InboxPage />
              </Guard>
            }
          />
          <Route
            path="/firm"
            element={
              <Guard roles={FIRMS}>
                <OurFirmPage />
              </Guard>
            }
          />
          <Route
            path="/tenders"
            element={
              <Guard roles={LEADERS}>
                <TendersPage />
              </Guard>
            }
          />
          <Route
            path="/tenders/new"
            element={
              <Guard roles={LEADERS}>
                <NewTenderPage />
              </Guard>
            }
          />
          <Route
            path="/tenders/:id"
            element={
              <Guard roles={LEADERS}>
                <TenderPage />
              </Guard>
            }
          />
          <Route
            path="/tenders/:id/suggestion"
            element={
              <Guard roles={LEADERS}>
                <SuggestionPage />
              </Guard>
            }
          />
          <Route
            path="/bids/:id"
            element={
              <Guard roles={LEADERS}>
                <BidBoardPage />
              </Guard>
            }
          />
          <Route
            path="/supplier-audits"
            element={
              <Guard roles={EVERYONE}>
                <AuditsPage />
              </Guard>
            }
          />
          <Route
            path="/supplier-audits/:id"
            element={
              <Guard roles={EVERYONE}>
                <AuditPage />
              </Guard>
            }
          />
          <Route
            path="/activities"
            element={
              <Guard roles={EVERYONE}>
                <ActivitiesPage />
              </Guard>
            }
          />
          <Route
            path="/activities/:id"
            element={
              <Guard roles={EVERYONE}>
                <ActivityPage />
              </Guard>
            }
          />
          <Route
            path="/notifications"
            element={
              <Guard roles={EVERYONE}>
                <NotificationsPage />
              </Guard>
            }
          />
          <Route
            path="/settings"
            element={
              <Guard roles={EVERYONE}>
                <SettingsPage />
              </Guard>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </AppLayout>
      {state.status === 'expired' && <SessionEnded email={state.user.email} />}
    </UrqlProvider>
  );
}

export function App() {
  const state = useSession();
  useEffect(() => {
    void session.restore();
  }, []);
  return (
    <BrowserRouter>
      {state.status === 'restoring' ? (
        <Loading />
      ) : state.status === 'signedOut' ? (
        <SignInPage signedOut={state.reason === 'signedOut'} />
      ) : (
        <SignedIn />
      )}
    </BrowserRouter>
  );
}
