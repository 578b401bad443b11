import type { Role } from '../../gql/graphql';
import type { MessageKey } from '../i18n/i18n';

/** A menu entry; the routes use the same role lists, so a hidden link is also a closed door. */
export interface NavItem {
  path: string;
  label: MessageKey;
  roles: readonly Role[];
  /** Entries shown under a heading (the administrator's). */
  group?: MessageKey;
}

export const ADMINS: readonly Role[] = ['ADMIN'];
export const LEADERS: readonly Role[] = ['ADMIN', 'PROJECT_LEADER'];
export const ASSOCIATION: readonly Role[] = ['ADMIN', 'PROJECT_LEADER', 'STEERING'];
export const FIRMS: readonly Role[] = ['FIRM_USER'];
export const EVERYONE: readonly Role[] = ['ADMIN', 'PROJECT_LEADER', 'STEERING', 'FIRM_USER'];

export const NAV: NavItem[] = [
  { path: '/inbox', label: 'nav.inbox', roles: FIRMS },
  { path: '/firm', label: 'nav.ourFirm', roles: FIRMS },
  { path: '/pipeline', label: 'nav.pipeline', roles: ['STEERING'] },
  { path: '/tenders', label: 'nav.tenders', roles: LEADERS },
  { path: '/supplier-audits', label: 'nav.audits', roles: EVERYONE },
  { path: '/activities', label: 'nav.activities', roles: EVERYONE },
  { path: '/capacity', label: 'nav.exchange', roles: EVERYONE },
  { path: '/decisions', label: 'nav.decisions', roles: ASSOCIATION },
  { path: '/pipeline', label: 'nav.pipeline', roles: LEADERS },
  { path: '/orders', label: 'nav.orders', roles: EVERYONE },
  { path: '/royalties', label: 'nav.royalties', roles: EVERYONE },
  { path: '/materials', label: 'nav.brochures', roles: EVERYONE },
  { path: '/members', label: 'nav.members', roles: EVERYONE },
  { path: '/notifications', label: 'nav.notifications', roles: EVERYONE },
  { path: '/settings', label: 'nav.settings', roles: EVERYONE },
  { path: '/admin/users', label: 'nav.users', roles: ADMINS, group: 'nav.admin' },
  { path: '/admin/contact', label: 'nav.contact', roles: ADMINS, group: 'nav.admin' },
  { path: '/admin/dues', label: 'nav.dues', roles: ADMINS, group: 'nav.admin' },
  { path: '/admin/audit', label: 'nav.audit', roles: ADMINS, group: 'nav.admin' },
];

/** Where a person lands after signing in. */
export function homeOf(role: Role): string {
  return role === 'FIRM_USER' ? '/inbox' : role === 'STEERING' ? '/pipeline' : '/tenders';
}
