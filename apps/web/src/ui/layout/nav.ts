import type { Role } from '../../gql/graphql';
import type { MessageKey } from '../i18n/i18n';

/** The screens each role has in part 1; the routes use the same list, so a hidden link is also a closed door. */
export interface NavItem {
  path: string;
  label: MessageKey;
  roles: readonly Role[];
}

export const LEADERS: readonly Role[] = ['ADMIN', 'PROJECT_LEADER'];
export const FIRMS: readonly Role[] = ['FIRM_USER'];
export const EVERYONE: readonly Role[] = ['ADMIN', 'PROJECT_LEADER', 'STEERING', 'FIRM_USER'];

export const NAV: NavItem[] = [
  { path: '/inbox', label: 'nav.inbox', roles: FIRMS },
  { path: '/firm', label: 'nav.ourFirm', roles: FIRMS },
  { path: '/tenders', label: 'nav.tenders', roles: LEADERS },
  { path: '/supplier-audits', label: 'nav.audits', roles: EVERYONE },
  { path: '/activities', label: 'nav.activities', roles: EVERYONE },
  { path: '/notifications', label: 'nav.notifications', roles: EVERYONE },
  { path: '/settings', label: 'nav.settings', roles: EVERYONE },
];

/** Where a person lands after signing in. */
export function homeOf(role: Role): string {
  return role === 'FIRM_USER' ? '/inbox' : role === 'STEERING' ? '/notifications' : '/tenders';
}
