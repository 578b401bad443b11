import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppError, ConfigError, Database, JsonLogger, loadConfig, packageVersion } from '@app/core';
import { PlatformModule, RemindersService, SeedService } from '@app/platform';
import { backupDatabase } from './commands/backup';
import { brochureCommand } from './commands/brochure';
import { IMPORT_OCDS_USAGE, importOcdsCommand } from './commands/import-ocds';
import { generateMigration } from './commands/migration-generate';
import { importInvoicesCommand, royaltiesCommand, ROYALTIES_USAGE } from './commands/royalties';

const HELP = `TotAl-Fly command line (npm run cli -- <command>)

  migrate                  apply pending database migrations
  seed                     seed the demo data into an empty database
  backup <file>            online, consistent copy of the SQLite database (PostgreSQL: pg_dump)
${IMPORT_OCDS_USAGE}
  reminders                scan for due reminders once and deliver waiting notifications
  brochure --kind network|tender --lang nb|en --out file.pdf [--tender ID] [--bid ID | --alternative N] [--date YYYY-MM-DD]
${ROYALTIES_USAGE}
  migration:generate <Name>  generate a migration for SQLite and PostgreSQL (npm run migration:generate)

Configuration comes from the same environment variables as the API (README "Configuration").`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(HELP + '\n');
    return command ? 0 : 2;
  }
  const config = loadConfig({ ...process.env, SEED_DEMO_DATA: 'false' }, packageVersion());
  if (command === 'migration:generate') {
    await generateMigration(config, args[0]);
    return 0;
  }
  const logger = new JsonLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const known = ['migrate', 'seed', 'backup', 'import-ocds', 'royalties', 'import-invoices', 'reminders', 'brochure'];
  if (!known.includes(command)) {
    process.stderr.write(`Unknown command "${command}".\n\n${HELP}\n`);
    return 2;
  }
  const ctx = await NestFactory.createApplicationContext(PlatformModule.forRoot(config, { runMigrations: true }), {
    logger,
    abortOnError: false,
  });
  try {
    switch (command) {
      case 'migrate':
        process.stdout.write(`Migrations are up to date (${config.database.kind}).\n`);
        break;
      case 'seed':
        process.stdout.write(
          (await ctx.get(SeedService).seedIfEmpty()) ? 'Demo data seeded.\n' : 'The database is not empty; nothing seeded.\n',
        );
        break;
      case 'import-ocds':
        process.stdout.write((await importOcdsCommand(ctx, args)) + '\n');
        break;
      case 'royalties':
        process.stdout.write((await royaltiesCommand(ctx, args)) + '\n');
        break;
      case 'import-invoices':
        process.stdout.write((await importInvoicesCommand(ctx, args[0])) + '\n');
        break;
      case 'reminders': {
        const r = await ctx.get(RemindersService).runOnce();
        process.stdout.write(`Stored ${r.stored} reminder(s); delivered ${r.delivered} notification(s).\n`);
        break;
      }
      case 'brochure':
        process.stdout.write((await brochureCommand(ctx, args)) + '\n');
        break;
      case 'backup':
        process.stdout.write((await backupDatabase(ctx.get(Database), args[0])) + '\n');
        break;
    }
    return 0;
  } finally {
    await ctx.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof AppError) {
      process.stderr.write(`${e.code}: ${e.message}\n`);
      for (const f of e.extensions.fields ?? []) process.stderr.write(`  ${f.field}: ${f.message}\n`);
    } else process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `Error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
