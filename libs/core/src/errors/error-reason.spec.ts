import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../util/project-root';
import { AppError, ErrorCode } from './app-error';
import { ERROR_REASON_DESCRIPTIONS, ErrorReason } from './error-reason';

const root = projectRoot();
const MEMBERS = new Set<string>(Object.values(ErrorReason));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'migrations' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !/\.spec\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Every reason the server code names: `reason: 'X'` literals, `ErrorReason.X`, and literals in a `reason:` expression. */
function reasonsNamed(): { reason: string; where: string }[] {
  const out: { reason: string; where: string }[] = [];
  const files = [...sources(join(root, 'libs')), ...sources(join(root, 'apps/api/src')), ...sources(join(root, 'apps/cli/src'))];
  for (const file of files) {
    if (file.endsWith(join('errors', 'error-reason.ts'))) continue;
    const text = readFileSync(file, 'utf8');
    const where = relative(root, file);
    for (const m of text.matchAll(/\breason\s*:\s*([^,}\n]+)/g))
      for (const lit of m[1].matchAll(/['"`]([A-Z][A-Z0-9_]+)['"`]/g)) out.push({ reason: lit[1], where });
    for (const m of text.matchAll(/\bErrorReason\.(\w+)/g)) out.push({ reason: m[1], where });
    // a reason handed to a helper as its own argument, e.g. refuse(message, ErrorReason.NOT_SUPPLIER)
    for (const m of text.matchAll(/\brefuse\([^;]*?,\s*['"`]([A-Z][A-Z0-9_]+)['"`]/g)) out.push({ reason: m[1], where });
  }
  return out;
}

describe('ErrorReason', () => {
  const named = reasonsNamed();

  it('holds every reason the code throws (scanning libs/ and apps/ for reason values)', () => {
    expect(named.length).toBeGreaterThan(40);
    const unknown = named.filter((n) => !MEMBERS.has(n.reason)).map((n) => `${n.where}: ${n.reason}`);
    expect(unknown).toEqual([]);
  });

  it('has no member that nothing throws', () => {
    const used = new Set(named.map((n) => n.reason));
    expect([...MEMBERS].filter((m) => !used.has(m))).toEqual([]);
  });

  it('throws no reason as a bare string: every site names the enum member', () => {
    const literals = named.filter((n) => !/steering\/src\/voting-rules\.ts$/.test(n.where));
    const files = [...new Set(literals.map((n) => n.where))];
    const bare = files.flatMap((f) =>
      [...readFileSync(join(root, f), 'utf8').matchAll(/\breason\s*:\s*['"`]([A-Z][A-Z0-9_]+)['"`]/g)].map((m) => `${f}: ${m[1]}`),
    );
    expect(bare).toEqual([]);
  });

  it('describes every value, in the code and in the committed schema (apps/api/schema.gql)', () => {
    for (const m of MEMBERS) expect(ERROR_REASON_DESCRIPTIONS[m as ErrorReason].length).toBeGreaterThan(20);
    const schema = readFileSync(join(root, 'apps/api/schema.gql'), 'utf8');
    const block = /enum ErrorReason \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? '';
    const values = [...block.matchAll(/^\s+([A-Z][A-Z0-9_]+)$/gm)].map((m) => m[1]);
    expect(values.sort()).toEqual([...MEMBERS].sort());
    const described = [...block.matchAll(/"""\n\s+[^\n]+\n\s+"""\n\s+([A-Z][A-Z0-9_]+)|"""[^\n]+"""\n\s+([A-Z][A-Z0-9_]+)/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(described.sort()).toEqual([...MEMBERS].sort());
  });

  it('is what AppError carries in details.reason', () => {
    const e = AppError.conflict('Finding 1 is closed.', { reason: ErrorReason.FINDING_CLOSED });
    expect(e.extensions).toEqual({ code: ErrorCode.CONFLICT, details: { reason: 'FINDING_CLOSED' } });
  });
});

describe('AppError.invalid', () => {
  const problems = [
    { field: 'title', message: 'is required' },
    { field: 'deadline', message: 'in the past' },
  ];

  it('lists the problems and says nothing was saved, with the fields in extensions', () => {
    const e = AppError.invalid('The tender', problems);
    expect(e.message).toBe('The tender is not valid: title: is required; deadline: in the past. Nothing was saved.');
    expect(e.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: problems });
  });

  it('takes another tail, none, a note before the full stop, and another verb', () => {
    expect(AppError.invalid('The brochure request', problems.slice(0, 1), { tail: 'Nothing was made.' }).message).toBe(
      'The brochure request is not valid: title: is required. Nothing was made.',
    );
    expect(AppError.invalid('The hours', problems.slice(0, 1), { verb: 'are not valid', tail: null }).message).toBe(
      'The hours are not valid: title: is required.',
    );
    expect(AppError.invalid('The price', problems.slice(0, 1), { note: '(a package price is 0 or more)' }).message).toBe(
      'The price is not valid: title: is required (a package price is 0 or more). Nothing was saved.',
    );
  });
});
