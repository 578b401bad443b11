import { useSyncExternalStore } from 'react';
import { session, type SessionState, type SessionUser } from './session-store';

export function useSession(): SessionState {
  return useSyncExternalStore(
    (l) => session.subscribe(l),
    () => session.current,
  );
}

/** The signed-in person (screens render only when someone is signed in or the session just ended). */
export function useUser(): SessionUser {
  const s = useSession();
  if (s.status !== 'signedIn' && s.status !== 'expired') throw new Error('useUser without a session');
  return s.user;
}
