import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, packageVersion } from '@app/core';
import { RemindersService, SeedService } from '@app/platform';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, packageVersion());
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee README.md "Configuration".\n`);
      process.exit(2);
    }
    throw e;
  }
  const app = await createApp(config);
  const logger = new Logger('Main');
  if (config.jwt.secretIsEphemeral) {
    logger.warn({ msg: 'JWT_SECRET is not set: using a random secret, so tokens stop working on restart' });
  }
  if (config.seedDemoData) await app.get(SeedService).seedIfEmpty();
  app.get(RemindersService).start();
  await app.listen(config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${(app.getHttpServer().address() as { port: number }).port}`;
  logger.log({ msg: 'TotAl-Fly API ready', graphql: `${url}/graphql`, graphiql: `${url}/graphiql`, database: config.database.kind });
  process.stdout.write(
    `\n  TotAl-Fly API is running.\n  GraphiQL: ${url}/graphiql\n  GraphQL:  ${url}/graphql\n  Health:   ${url}/health\n\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`Failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
