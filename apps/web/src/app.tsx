import { Modal, Stack, Text } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { SignInPage } from './features/identity';
import type { Role } from './gql/graphql';
import { createApiClient } from './ui/api/client';
import { useI18n } from './ui/i18n/i18n';
import { AppLayout } from './ui/layout/app-layout';
import { ADMINS, ASSOCIATION, EVERYONE, FIRMS, homeOf, LEADERS } from './ui/layout/nav';
import { Page } from './ui/layout/page';
import { session } from './ui/session/session-store';
import { SignInForm } from './ui/session/sign-in-form';
import { useSession, useUser } from './ui/session/use-session';
import { Forbidden, Loading } from './ui/states';

/**
 * Every screen loads on first use, in its own chunk (the dashboard's charts alone are a library the
 * firm's inbox never needs): the first load is the shell, the session and the person's home screen.
 */
const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const pipeline = () => import('./features/pipeline');
const steering = () => import('./features/steering');
const orders = () => import('./features/orders');
const royalties = () => import('./features/royalties');
const brochures = () => import('./features/brochures');
const admin = () => import('./features/identity/admin');
const register = () => import('./features/members/register');
const workPackages = () => import('./features/work-packages');
const ourFirm = () => import('./features/members');
const tenders = () => import('./features/tenders');
const matching = () => import('./features/matching');
const bids = () => import('./features/bids');
const notifications = () => import('./features/notifications');
const audits = () => import('./features/audits');
const activities = () => import('./features/activities');
const settings = () => import('./features/identity/settings');
const exchange = () => import('./features/exchange');
/**
 * The screen a page load opens starts loading at once, beside the session renewal, instead of
 * after it (the dashboard's chunk carries the chart library).
 */
const FIRST_SCREEN: [string, () => Promise<unknown>][] = [
  ['/pipeline', pipeline],
  ['/decisions', steering],
  ['/orders', orders],
  ['/royalties', royalties],
  ['/materials', brochures],
  ['/admin', admin],
  ['/members', register],
  ['/inbox', workPackages],
  ['/firm', ourFirm],
  ['/tenders', tenders],
  ['/bids', bids],
  ['/notifications', notifications],
  ['/settings', settings],
  ['/capacity', exchange],
];
void FIRST_SCREEN.find(([prefix]) => window.location.pathname.startsWith(prefix))?.[1]();

const InboxPage = named(workPackages, 'InboxPage');
const OurFirmPage = named(ourFirm, 'OurFirmPage');
const TendersPage = named(tenders, 'TendersPage');
const NewTenderPage = named(tenders, 'NewTenderPage');
const TenderPage = named(tenders, 'TenderPage');
const SuggestionPage = named(matching, 'SuggestionPage');
const BidBoardPage = named(bids, 'BidBoardPage');
const NotificationsPage = named(notifications, 'NotificationsPage');
const SettingsPage = named(settings, 'SettingsPage');
const DashboardPage = named(pipeline, 'DashboardPage');
const DecisionsPage = named(steering, 'DecisionsPage');
const OrdersPage = named(orders, 'OrdersPage');
const OrderPage = named(orders, 'OrderPage');
const MoneyReportsPage = named(orders, 'MoneyReportsPage');
const RoyaltiesPage = named(royalties, 'RoyaltiesPage');
const StatementPage = named(royalties, 'StatementPage');
const BrochuresPage = named(brochures, 'BrochuresPage');
const ContactPage = named(brochures, 'ContactPage');
const UsersPage = named(admin, 'UsersPage');
const AuditTrailPage = named(admin, 'AuditPage');
const SupplierAuditsPage = named(audits, 'AuditsPage');
const SupplierAuditPage = named(audits, 'AuditPage');
const ActivitiesPage = named(activities, 'ActivitiesPage');
const ActivityPage = named(activities, 'ActivityPage');
const NewActivityPage = named(activities, 'NewActivityPage');
const RegisterPage = named(register, 'RegisterPage');
const ProfilePage = named(register, 'ProfilePage');
const DuesPage = named(register, 'DuesPage');
const ExchangePage = named(exchange, 'ExchangePage');
const LoanAgreementPage = named(exchange, 'AgreementPage');
const SettlementPage = named(exchange, 'SettlementPage');

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
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
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
                <SupplierAuditsPage />
              </Guard>
            }
          />
          <Route
            path="/supplier-audits/:id"
            element={
              <Guard roles={EVERYONE}>
                <SupplierAuditPage />
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
            path="/activities/new"
            element={
              <Guard roles={LEADERS}>
                <NewActivityPage />
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
            path="/capacity"
            element={
              <Guard roles={EVERYONE}>
                <ExchangePage />
              </Guard>
            }
          />
          <Route
            path="/capacity/agreements/:id"
            element={
              <Guard roles={EVERYONE}>
                <LoanAgreementPage />
              </Guard>
            }
          />
          <Route
            path="/capacity/settlement"
            element={
              <Guard roles={EVERYONE}>
                <SettlementPage />
              </Guard>
            }
          />
          <Route
            path="/pipeline"
            element={
              <Guard roles={ASSOCIATION}>
                <DashboardPage />
              </Guard>
            }
          />
          <Route
            path="/decisions"
            element={
              <Guard roles={ASSOCIATION}>
                <DecisionsPage />
              </Guard>
            }
          />
          <Route
            path="/orders"
            element={
              <Guard roles={EVERYONE}>
                <OrdersPage />
              </Guard>
            }
          />
          <Route
            path="/orders/reports"
            element={
              <Guard roles={LEADERS}>
                <MoneyReportsPage />
              </Guard>
            }
          />
          <Route
            path="/orders/:id"
            element={
              <Guard roles={EVERYONE}>
                <OrderPage />
              </Guard>
            }
          />
          <Route
            path="/royalties"
            element={
              <Guard roles={EVERYONE}>
                <RoyaltiesPage />
              </Guard>
            }
          />
          <Route
            path="/royalties/statements/:id"
            element={
              <Guard roles={EVERYONE}>
                <StatementPage />
              </Guard>
            }
          />
          <Route
            path="/materials"
            element={
              <Guard roles={EVERYONE}>
                <BrochuresPage />
              </Guard>
            }
          />
          <Route
            path="/members"
            element={
              <Guard roles={EVERYONE}>
                <RegisterPage />
              </Guard>
            }
          />
          <Route
            path="/members/:id"
            element={
              <Guard roles={EVERYONE}>
                <ProfilePage />
              </Guard>
            }
          />
          <Route
            path="/admin/users"
            element={
              <Guard roles={ADMINS}>
                <UsersPage />
              </Guard>
            }
          />
          <Route
            path="/admin/contact"
            element={
              <Guard roles={LEADERS}>
                <ContactPage />
              </Guard>
            }
          />
          <Route
            path="/admin/dues"
            element={
              <Guard roles={ADMINS}>
                <DuesPage />
              </Guard>
            }
          />
          <Route
            path="/admin/audit"
            element={
              <Guard roles={ADMINS}>
                <AuditTrailPage />
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
