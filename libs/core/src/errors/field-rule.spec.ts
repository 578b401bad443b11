import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IsInt, IsNotEmpty, IsString, Matches, MaxLength, Min, validate } from 'class-validator';
import { projectRoot } from '../util/project-root';
import { FIELD_RULES, FieldRule } from './field-rule';
import { OptionalNotNull, flattenValidationErrors } from './validation';

const root = projectRoot();
const RULES = Object.values(FieldRule) as string[];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'migrations' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !/\.spec\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const files = [...sources(join(root, 'libs')), ...sources(join(root, 'apps/api/src'))].map((f) => ({
  where: relative(root, f),
  text: readFileSync(f, 'utf8'),
}));

/** Each `rule: FieldRule.X` of the server code, with the object literal it stands in (up to its closing brace). */
function ruleSites(): { rule: string; literal: string; where: string }[] {
  const out: { rule: string; literal: string; where: string }[] = [];
  for (const { where, text } of files)
    for (const m of text.matchAll(/\brule:\s*FieldRule\.(\w+)/g)) {
      const open = text.lastIndexOf('{', m.index);
      const close = text.indexOf('}', m.index);
      out.push({ rule: m[1], literal: text.slice(open, close + 1), where });
    }
  return out;
}

// messages that always mean one rule: a problem with one of them and no rule is a rule forgotten
const ALWAYS_RULED = [
  'required',
  'not a date YYYY-MM-DD',
  'not a date',
  'cannot be negative',
  'must be 0 or more',
  'must be above 0',
  'in the past',
  'say why',
  'say why you decline',
  'explain the counter-offer',
  'the window ends before it starts',
  'must be empty',
  'must not be 0',
];

describe('FieldRule', () => {
  const sites = ruleSites();

  it('is named by the server code, every rule of it (or by a class-validator constraint)', () => {
    expect(sites.length).toBeGreaterThan(90);
    const named = new Set(sites.map((s) => s.rule));
    const validation = readFileSync(join(root, 'libs/core/src/errors/validation.ts'), 'utf8');
    for (const m of validation.matchAll(/\[FieldRule\.(\w+)/g)) named.add(m[1]);
    expect(RULES.filter((r) => !named.has(r))).toEqual([]);
  });

  it('comes with the params its text needs, wherever it is named', () => {
    const missing = sites
      .filter((s) =>
        FIELD_RULES[s.rule as FieldRule].params.some((p) => !new RegExp(`params:\\s*\\{[^}]*\\b${p}\\b`).test(s.literal + '}')),
      )
      .map((s) => `${s.where}: ${s.rule}`);
    expect(missing).toEqual([]);
  });

  it('is given wherever a field problem says one of the messages that always mean a rule', () => {
    const forgotten: string[] = [];
    for (const { where, text } of files)
      for (const m of text.matchAll(/message:\s*'([^'\n]*)'([^}]*)/g))
        if (ALWAYS_RULED.includes(m[1]) && !/\brule:/.test(m[2])) forgotten.push(`${where}: ${m[1]}`);
    expect(forgotten).toEqual([]);
  });

  it('is described, with its params, in the code and in the committed schema (apps/api/schema.gql)', () => {
    for (const r of RULES) expect([r, FIELD_RULES[r as FieldRule].description.length > 10]).toEqual([r, true]);
    const schema = readFileSync(join(root, 'apps/api/schema.gql'), 'utf8');
    const block = /enum FieldRule \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? '';
    const values = [...block.matchAll(/^\s+([A-Z][A-Z0-9_]+)$/gm)].map((m) => m[1]);
    expect(values.sort()).toEqual([...RULES].sort());
    expect(block).toContain('"""At most `max` characters. Params: max."""\n  AT_MOST_CHARACTERS');
  });
});

class Sample {
  @IsString()
  @IsNotEmpty({ message: 'title is required' })
  @MaxLength(5)
  title!: string;

  @IsInt()
  @Min(2)
  hours!: number;

  @OptionalNotNull()
  @IsString()
  note?: string | null;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  due = '2027-01-01';

  @Matches(/^[A-Z]{3}$/, { message: 'three capital letters' })
  code = 'NOK';
}

describe('flattenValidationErrors', () => {
  it("gives each class-validator constraint its rule, with the decorator's own value as the param", async () => {
    const s = Object.assign(new Sample(), { title: 'far too long', hours: 1.5, note: null, due: '1.1.2027', code: 'nok' });
    const problems = flattenValidationErrors(await validate(s));
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'title', message: 'title must be shorter than or equal to 5 characters', rule: 'AT_MOST_CHARACTERS', params: { max: 5 } },
        { field: 'hours', message: 'hours must be an integer number', rule: 'WHOLE_NUMBER' },
        { field: 'hours', message: 'hours must not be less than 2', rule: 'AT_LEAST', params: { min: 2 } },
        { field: 'note', message: 'note cannot be null: leave it out to keep the current value', rule: 'CANNOT_BE_CLEARED' },
        { field: 'due', message: 'due must match /^\\d{4}-\\d{2}-\\d{2}$/ regular expression', rule: 'NOT_A_DATE' },
        // a pattern of its own says its own message, with no rule
        { field: 'code', message: 'three capital letters' },
      ]),
    );
    expect(problems).toHaveLength(6);
    const blank = flattenValidationErrors(await validate(Object.assign(new Sample(), { title: '', hours: 3 })));
    expect(blank).toEqual([{ field: 'title', message: 'title is required', rule: 'REQUIRED' }]);
  });
});
