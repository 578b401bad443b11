import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../util/project-root';
import { ErrorCode } from '../errors/app-error';
import { ANONYMOUS, Role, type UserActor } from './actor';
import { ROLES, demand, may, permissions } from './permissions';

const root = projectRoot();
const user = (role: Role): UserActor => ({
  kind: 'user',
  userId: 1,
  email: 'x@example.no',
  role,
  firmId: role === Role.FIRM_USER ? 7 : null,
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [p] : [];
  });
}

const contexts = readdirSync(join(root, 'libs'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'core' && e.name !== 'platform')
  .map((e) => e.name);

describe('permission maps', () => {
  it('demand and may read a role set: UNAUTHENTICATED for no one, FORBIDDEN with the message for another role', () => {
    const MAP = permissions({ closeThing: ROLES.LEADERSHIP });
    expect(may(user(Role.PROJECT_LEADER), MAP.closeThing)).toBe(true);
    expect(may(user(Role.STEERING), MAP.closeThing)).toBe(false);
    expect(may(ANONYMOUS, MAP.closeThing)).toBe(false);
    expect(() => demand(user(Role.ADMIN), MAP.closeThing)).not.toThrow();
    expect(() => demand(user(Role.FIRM_USER), MAP.closeThing, 'The project leader closes it.')).toThrow(
      expect.objectContaining({ message: 'The project leader closes it.', extensions: { code: ErrorCode.FORBIDDEN } }),
    );
    expect(() => demand(ANONYMOUS, MAP.closeThing)).toThrow(expect.objectContaining({ extensions: { code: ErrorCode.UNAUTHENTICATED } }));
    expect(Object.isFrozen(MAP)).toBe(true);
  });

  it('every context with operations has one map, and every @Allow of its resolvers and routes reads it', () => {
    const problems: string[] = [];
    let allows = 0;
    for (const ctx of contexts) {
      const files = sources(join(root, 'libs', ctx, 'src'));
      const withAllow = files.filter((f) => readFileSync(f, 'utf8').includes('@Allow('));
      if (!withAllow.length) continue;
      const mapFile = join(root, 'libs', ctx, 'src', `${ctx}.permissions.ts`);
      if (!existsSync(mapFile)) {
        problems.push(`libs/${ctx}: no ${ctx}.permissions.ts`);
        continue;
      }
      const name = /export const (\w+_PERMISSIONS) = permissions\(/.exec(readFileSync(mapFile, 'utf8'))?.[1];
      for (const f of withAllow)
        for (const m of readFileSync(f, 'utf8').matchAll(/@Allow\(([^)]*)\)/g)) {
          allows++;
          if (!name || !new RegExp(`^\\.\\.\\.${name}(\\.\\w+|\\[[^\\]]+\\])$`).test(m[1].trim()))
            problems.push(`${relative(root, f)}: @Allow(${m[1]}) does not read ${name ?? 'a map'}`);
        }
    }
    expect(allows).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  it('no context lists roles outside its map (role arrays, hasRole with association roles, isLeadership)', () => {
    const found: string[] = [];
    for (const ctx of contexts)
      for (const f of sources(join(root, 'libs', ctx, 'src'))) {
        if (f.endsWith('.permissions.ts') || f.includes(`${join('src', 'entities')}`)) continue;
        const text = readFileSync(f, 'utf8');
        for (const m of text.matchAll(
          /\[Role\.\w+[,\]]|hasRole\(\w+, Role\.(?:ADMIN|PROJECT_LEADER|STEERING)|\bisLeadership\(|\bisAssociation\(\w+\)\) throw/g,
        ))
          found.push(`${relative(root, f)}: ${m[0]}`);
      }
    expect(found).toEqual([]);
  });
});
