import { Client, fetchExchange } from '@urql/core';
import type { SessionUserFragment } from '../../gql/graphql';
import { RefreshSessionDocument, SignInDocument, SignOutDocument } from './session.graphql';
import { describeError, type ApiProblem } from '../api/errors';

export type SessionUser = SessionUserFragment;

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedOut'; reason: 'none' | 'signedOut' }
  /** The session ended while someone worked: the screen stays, a sign-in asks them back. */
  | { status: 'expired'; user: SessionUser }
  | { status: 'signedIn'; user: SessionUser };

type Listener = (s: SessionState) => void;

/**
 * The browser session. The access token lives only in this module's memory (never in storage a
 * script could read after the page is gone); the refresh token is an httpOnly cookie the API sets
 * and rotates. A reload restores the session from the cookie. Sessions calls go through a bare
 * client without the auth exchange, so a refresh can never wait on itself.
 */
class SessionStore {
  private state: SessionState = { status: 'restoring' };
  private token: string | null = null;
  private expiresAt = 0;
  private listeners = new Set<Listener>();
  private inFlight: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly transport = new Client({
    url: '/graphql',
    exchanges: [fetchExchange],
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'network-only',
    preferGetMethod: false,
  });

  get current(): SessionState {
    return this.state;
  }

  /** The access token to send, if any. */
  accessToken(): string | null {
    return this.token;
  }

  /** True when the token is gone or ends within half a minute: renew before sending. */
  needsRefresh(): boolean {
    return this.state.status === 'signedIn' && (!this.token || this.expiresAt - Date.now() < 30_000);
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private set(next: SessionState): void {
    this.state = next;
    for (const l of this.listeners) l(next);
  }

  private accept(r: { token: string; expiresAt: string; user: SessionUser }): void {
    this.token = r.token;
    this.expiresAt = new Date(r.expiresAt).getTime();
    clearTimeout(this.timer);
    // renew a minute before the access token ends, so a person never waits on it
    this.timer = setTimeout(() => void this.refresh(), Math.max(5_000, this.expiresAt - Date.now() - 60_000));
    this.set({ status: 'signedIn', user: r.user });
  }

  /** On page load: a session cookie from before the reload signs the person straight back in. */
  async restore(): Promise<void> {
    if (!(await this.refresh())) this.set({ status: 'signedOut', reason: 'none' });
  }

  async signIn(email: string, password: string): Promise<ApiProblem | null> {
    const r = await this.transport.mutation(SignInDocument, { input: { email, password } }).toPromise();
    if (r.error || !r.data) return describeError(r.error);
    this.accept(r.data.login);
    return null;
  }

  /**
   * Renews the access token with the refresh cookie. One renewal at a time in this tab, and one
   * at a time across tabs (Web Locks), so tabs never present a rotated token to each other.
   */
  refresh(): Promise<boolean> {
    if (!this.inFlight) {
      const run = async () => {
        const r = await this.transport.mutation(RefreshSessionDocument, {}).toPromise();
        if (r.data?.refreshSession) {
          this.accept(r.data.refreshSession);
          return true;
        }
        this.token = null;
        if (this.state.status === 'signedIn') this.set({ status: 'expired', user: this.state.user });
        return false;
      };
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      // the lock's promise settles with the callback's result
      const done: Promise<boolean> = locks ? (locks.request('tf-session-refresh', run) as unknown as Promise<boolean>) : run();
      this.inFlight = done.finally(() => {
        this.inFlight = null;
      });
      return this.inFlight;
    }
    return this.inFlight;
  }

  async signOut(): Promise<void> {
    clearTimeout(this.timer);
    await this.transport.mutation(SignOutDocument, {}).toPromise();
    this.token = null;
    this.set({ status: 'signedOut', reason: 'signedOut' });
  }

  /** After the person changed something about themselves (their language). */
  updateUser(user: SessionUser): void {
    if (this.state.status === 'signedIn') this.set({ status: 'signedIn', user });
  }

  /** After a password change: the API ended every other session and sent this one a new token. */
  replaceToken(r: { token: string; expiresAt: string; user: SessionUser }): void {
    this.accept(r);
  }
}

export const session = new SessionStore();
