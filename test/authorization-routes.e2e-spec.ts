import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Access, ROUTE_MATRIX } from './support/authorization-matrix';
import { createTestApp, type TestApp, USERS } from './support/test-app';

const root = join(__dirname, '..');

/** Every route the controllers declare, as "METHOD /path", read from their decorators. */
function declaredRoutes(): string[] {
  const dirs = [join(root, 'apps/api/src/http'), ...readdirSync(join(root, 'libs')).map((c) => join(root, 'libs', c, 'src/api'))];
  const out: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.controller.ts'));
    } catch {
      continue;
    }
    for (const n of names) {
      const text = readFileSync(join(dir, n), 'utf8');
      const prefix = /@Controller\((?:'([^']*)')?\)/.exec(text)?.[1] ?? '';
      for (const m of text.matchAll(/@(Get|Post|Put|Patch|Delete)\((?:'([^']*)')?\)/g))
        out.push(`${m[1].toUpperCase()} /${[prefix, m[2]].filter(Boolean).join('/')}`);
    }
  }
  return out.sort();
}

/** A concrete path for the route: ids point nowhere, so an allowed call ends in 400/404, never a write. */
function pathOf(route: string): { method: 'get' | 'post'; path: string } {
  const [method, pattern] = route.split(' ');
  const path = pattern.replace(':id', '999999').replace(':file', '999999.pdf').replace(':name', 'nothing.js');
  return { method: method.toLowerCase() as 'get' | 'post', path };
}

const ACTORS = ['anonymous', 'ADMIN', 'PROJECT_LEADER', 'STEERING', 'FIRM_USER A', 'FIRM_USER B'] as const;
type ActorName = (typeof ACTORS)[number];
type Verdict = 'allowed' | 'unauthenticated' | 'role-denied';

function expected(access: Access, actor: ActorName): Verdict {
  if (access === 'PUBLIC') return 'allowed';
  if (actor === 'anonymous') return 'unauthenticated';
  const role = actor.startsWith('FIRM_USER') ? 'FIRM_USER' : actor;
  return (access as readonly string[]).includes(role) ? 'allowed' : 'role-denied';
}

describe('authorization matrix of the plain HTTP routes × six actors (e2e)', () => {
  let t: TestApp;
  let tokens: Record<ActorName, string | undefined>;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = {
      anonymous: undefined,
      ADMIN: await t.login(USERS.admin.email),
      PROJECT_LEADER: await t.login(USERS.leader.email),
      STEERING: await t.login(USERS.steering.email),
      'FIRM_USER A': await t.login(USERS.firmA.email),
      'FIRM_USER B': await t.login(USERS.firmB.email),
    };
  });
  afterAll(() => t.close());

  it('lists every route the controllers declare, and nothing else', () => {
    expect(Object.keys(ROUTE_MATRIX).sort()).toEqual(declaredRoutes());
  });

  it('allows and denies exactly as the matrix says, for all six actors', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const [route, access] of Object.entries(ROUTE_MATRIX)) {
      const { method, path } = pathOf(route);
      for (const actor of ACTORS) {
        const req = t.http[method](path);
        if (tokens[actor]) req.set('authorization', `Bearer ${tokens[actor]}`);
        if (method === 'post') req.set('content-type', 'application/json');
        const res = await req;
        calls++;
        const reason = (res.body as { error?: { details?: { reason?: string } } })?.error?.details?.reason;
        const got: Verdict =
          res.status === 401 && reason === 'NOT_SIGNED_IN'
            ? 'unauthenticated'
            : res.status === 403 && reason === 'ROLE_NOT_ALLOWED'
              ? 'role-denied'
              : 'allowed';
        if (got === 'allowed' && res.status >= 500) mismatches.push(`${route} as ${actor}: status ${res.status}`);
        const want = expected(access, actor);
        if (got !== want) mismatches.push(`${route} as ${actor}: expected ${want}, got ${got} (${res.status})`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(Object.keys(ROUTE_MATRIX).length * ACTORS.length);
  });
});
