import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { type Access, MATRIX } from './support/authorization-matrix';
import { createTestApp, type GqlResult, type TestApp, USERS } from './support/test-app';

const SCALAR_SAMPLES: Record<string, unknown> = {
  Int: 999999,
  Float: 1.5,
  String: 'x',
  Boolean: false,
  ID: '999999',
  DateTime: '2026-01-01T00:00:00.000Z',
  LocalDate: '2026-01-01',
  MinorUnits: '0',
};

/** A value that passes GraphQL coercion, so the call reaches the guard; ids point nowhere. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isScalarType(type)) {
    if (!(type.name in SCALAR_SAMPLES)) throw new Error(`add a sample for scalar ${type.name}`);
    return SCALAR_SAMPLES[type.name];
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields()))
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sample(f.type);
    return out;
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  const defs = required.map((a, i) => `$v${i}: ${String(a.type)}`).join(', ');
  const args = required.map((a, i) => `${a.name}: $v${i}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const variables = Object.fromEntries(required.map((a, i) => [`v${i}`, sample(a.type)]));
  return { query: `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`, variables };
}

type Verdict = 'allowed' | 'unauthenticated' | 'role-denied';
function verdict(r: GqlResult): Verdict {
  const e = r.errors?.[0];
  const reason = (e?.extensions.details as { reason?: string } | undefined)?.reason;
  if (e?.extensions.code === 'UNAUTHENTICATED' && reason === 'NOT_SIGNED_IN') return 'unauthenticated';
  if (e?.extensions.code === 'FORBIDDEN' && (e.extensions.details as { reason?: string })?.reason === 'ROLE_NOT_ALLOWED')
    return 'role-denied';
  if (e && ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'INTERNAL_SERVER_ERROR'].includes(e.extensions.code)) {
    throw new Error(`call did not reach the guard: ${e.extensions.code} ${e.message}`);
  }
  return 'allowed';
}

const ACTORS = ['anonymous', 'ADMIN', 'PROJECT_LEADER', 'STEERING', 'FIRM_USER A', 'FIRM_USER B'] as const;
type ActorName = (typeof ACTORS)[number];

function expected(access: Access, actor: ActorName): Verdict {
  if (access === 'PUBLIC') return 'allowed';
  if (actor === 'anonymous') return 'unauthenticated';
  const role = actor.startsWith('FIRM_USER') ? 'FIRM_USER' : actor;
  return (access as readonly string[]).includes(role) ? 'allowed' : 'role-denied';
}

describe('authorization matrix: every Query and Mutation field × six actors (e2e)', () => {
  let t: TestApp;
  let tokens: Record<ActorName, string | undefined>;
  let fields: { key: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[];

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
    const schema = t.app.get(GraphQLSchemaHost).schema;
    fields = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ key: `Query.${f.name}`, kind: 'query' as const, field: f })),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({
        key: `Mutation.${f.name}`,
        kind: 'mutation' as const,
        field: f,
      })),
    ];
  });
  afterAll(() => t.close());

  it('lists every operation of the schema, and nothing that is not in it', () => {
    const inSchema = fields.map((f) => f.key).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(inSchema);
  });

  it('allows and denies exactly as the matrix says, for all six actors', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const { key, kind, field } of fields) {
      const access = MATRIX[key];
      if (!access) continue;
      const { query, variables } = operation(kind, field);
      for (const actor of ACTORS) {
        const got = verdict(await t.gql(query, variables, tokens[actor]));
        calls++;
        const want = expected(access, actor);
        if (got !== want) mismatches.push(`${key} as ${actor}: expected ${want}, got ${got}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(fields.length * ACTORS.length);
  });
});
