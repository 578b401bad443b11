import { authExchange } from '@urql/exchange-auth';
import { cacheExchange, Client, fetchExchange } from 'urql';
import { session } from '../session/session-store';

/**
 * The one GraphQL client of the console (urql). Its auth exchange is the one place that adds the
 * access token, renews it before it runs out, and on UNAUTHENTICATED renews once through the
 * session cookie; if that fails the session store asks the person to sign in again.
 */
export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
    // POST with a JSON body for every operation: Apollo's CSRF prevention refuses simple GETs
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const token = session.accessToken();
          return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
        },
        willAuthError() {
          return session.needsRefresh();
        },
        didAuthError(error) {
          return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
        },
        async refreshAuth() {
          await session.refresh();
        },
      })),
      fetchExchange,
    ],
  });
}
