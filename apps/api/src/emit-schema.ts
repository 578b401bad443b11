import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { JsonLogger, loadConfig, projectRoot } from '@app/core';
import { createApp } from './bootstrap';
import { printCommittedSchema, SCHEMA_FILE } from './graphql/schema-file';

/** Writes apps/api/schema.gql from the code-first schema (`npm run schema`). */
async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_PATH: ':memory:', SEED_DEMO_DATA: 'false', JWT_SECRET: 'x'.repeat(32) });
  const app = await createApp(config, { logger: new JsonLogger('error') });
  await app.init();
  const file = join(projectRoot(), SCHEMA_FILE);
  writeFileSync(file, printCommittedSchema(app.get(GraphQLSchemaHost).schema));
  await app.close();
  process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
