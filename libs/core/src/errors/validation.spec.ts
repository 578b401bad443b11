import { IsInt, IsOptional, IsString, Max, Min, ValidateNested, getMetadataStorage, validate } from 'class-validator';
import { Type } from 'class-transformer';
import { rememberValidationMetadata } from './validation';

class Page {
  @IsInt()
  @Min(1)
  @Max(500)
  first = 50;

  @IsOptional()
  @IsString()
  after?: string;
}

class Filter {
  @IsOptional()
  @IsString({ groups: ['strict'] })
  name?: string;
}

class FilteredPage extends Page {
  @IsOptional()
  @ValidateNested()
  @Type(() => Filter)
  filter?: Filter;

  // replaces the parent's rules for the same property
  @IsInt()
  @Min(10)
  declare first: number;
}

const storage = getMetadataStorage();
const original = storage.getTargetValidationMetadatas.bind(storage);
const originalGroup = storage.groupByPropertyName.bind(storage);
const cases: [new () => object, boolean, boolean, string[] | undefined][] = [
  [Page, false, false, undefined],
  [FilteredPage, false, false, undefined],
  [FilteredPage, true, false, undefined],
  [FilteredPage, false, true, undefined],
  [Filter, false, false, ['strict']],
  [Filter, false, true, []],
];
// worked out before the memo is installed, so the comparison is with class-validator's own answer
const expected = cases.map(([target, always, strict, groups]) => original(target, '', always, strict, groups));
const expectedGroups = expected.map((list) => originalGroup(list));

async function problems(o: object): Promise<string[]> {
  const errors = await validate(o, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  const out: string[] = [];
  const walk = (es: typeof errors, prefix: string) => {
    for (const e of es) {
      for (const c of Object.keys(e.constraints ?? {})) out.push(`${prefix}${e.property}:${c}`);
      walk(e.children ?? [], `${prefix}${e.property}.`);
    }
  };
  walk(errors, '');
  return out.sort();
}

function invalidPages(): object[] {
  const a = Object.assign(new FilteredPage(), { first: 5, after: 7 });
  const b = Object.assign(new FilteredPage(), { first: 600, filter: Object.assign(new Filter(), { name: 3 }) });
  const c = Object.assign(new Page(), { first: 0, extra: true });
  return [a, b, c, new FilteredPage(), new Page()];
}

describe('rememberValidationMetadata', () => {
  let before: string[][];
  beforeAll(async () => {
    before = await Promise.all(invalidPages().map(problems));
    rememberValidationMetadata();
  });

  it('answers what class-validator answers, rule for rule, for inherited, overridden, grouped and "always" rules', () => {
    cases.forEach(([target, always, strict, groups], i) => {
      const got = storage.getTargetValidationMetadatas(target, '', always, strict, groups);
      expect(got).toHaveLength(expected[i].length);
      got.forEach((m, j) => expect(m).toBe(expected[i][j]));
      const grouped = storage.groupByPropertyName(got);
      expect(Object.keys(grouped)).toEqual(Object.keys(expectedGroups[i]));
      for (const k of Object.keys(grouped)) expect(grouped[k]).toEqual(expectedGroups[i][k]);
    });
  });

  it('works a class out once per set of options and hands out the same list after', () => {
    const first = storage.getTargetValidationMetadatas(FilteredPage, '', false, false, undefined);
    expect(storage.getTargetValidationMetadatas(FilteredPage, '', false, false, undefined)).toBe(first);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
    expect(storage.getTargetValidationMetadatas(FilteredPage, '', true, false, undefined)).not.toBe(first);
  });

  it('finds the same problems in the same inputs as before it was installed', async () => {
    const after = await Promise.all(invalidPages().map(problems));
    expect(after).toEqual(before);
    // the control: the inputs are wrong in the ways the rules say, so the comparison compares something
    expect(before[0]).toEqual(['after:isString', 'first:min']);
    // class-validator drops every inherited rule of a property the child gives rules of its own (all are
    // one kind, "customValidation"), so the parent's @Max(500) does not apply to FilteredPage
    expect(before[1]).toEqual(['filter.name:isString']);
    expect(before[2]).toEqual(['extra:whitelistValidation', 'first:min']);
    expect(before[3]).toEqual([]);
  });

  it('installs once, however often the pipe is made', () => {
    const installed = storage.getTargetValidationMetadatas;
    rememberValidationMetadata();
    expect(storage.getTargetValidationMetadatas).toBe(installed);
  });
});
