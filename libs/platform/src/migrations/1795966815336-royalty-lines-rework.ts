import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectSql } from '@app/core';

const COLUMNS =
  '"id", "statement_id", "source_type", "source_id", "order_id", "order_line_id", "event_date", "adjustment", "amount_minor", "base_minor", "rate_bp", "royalty_minor", "agreement_id", "agreement_snapshot", "note"';
const TABLE = (unique: string) =>
  `CREATE TABLE "temporary_royalty_statement_line" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "statement_id" integer NOT NULL, "source_type" varchar(10) NOT NULL, "source_id" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "event_date" varchar(10) NOT NULL, "adjustment" boolean NOT NULL DEFAULT (0), "amount_minor" bigint NOT NULL, "base_minor" bigint NOT NULL, "rate_bp" integer NOT NULL, "royalty_minor" bigint NOT NULL, "agreement_id" integer, "agreement_snapshot" text, "note" varchar(300), CONSTRAINT "ux_royalty_line_source" UNIQUE (${unique}))`;

const SQLITE_NO_DELETE = `CREATE TRIGGER "royalty_line_no_delete" BEFORE DELETE ON "royalty_statement_line" WHEN (SELECT status FROM royalty_statement WHERE id = OLD.statement_id) <> 'DRAFT' BEGIN SELECT RAISE(ABORT, 'lines of an issued royalty statement cannot be deleted'); END`;
const SQLITE_NO_UPDATE_BEFORE = `CREATE TRIGGER "royalty_line_no_update" BEFORE UPDATE ON "royalty_statement_line" BEGIN SELECT RAISE(ABORT, 'royalty statement lines never change'); END`;
const SQLITE_NO_UPDATE_AFTER = `CREATE TRIGGER "royalty_line_no_update" BEFORE UPDATE ON "royalty_statement_line" WHEN (SELECT status FROM royalty_statement WHERE id = OLD.statement_id) <> 'DRAFT' OR NEW.statement_id <> OLD.statement_id OR NEW.source_type <> OLD.source_type OR NEW.source_id <> OLD.source_id BEGIN SELECT RAISE(ABORT, 'royalty statement lines never change once issued, and never change their statement or source'); END`;

/** SQLite changes a table constraint by copying the table; its index and triggers go with the old one. */
const rebuild = (unique: string, noUpdate: string) => [
  TABLE(unique),
  `INSERT INTO "temporary_royalty_statement_line" (${COLUMNS}) SELECT ${COLUMNS} FROM "royalty_statement_line"`,
  'DROP TABLE "royalty_statement_line"',
  'ALTER TABLE "temporary_royalty_statement_line" RENAME TO "royalty_statement_line"',
  'CREATE INDEX "ix_royalty_line_statement" ON "royalty_statement_line" ("statement_id", "id") ',
  noUpdate,
  SQLITE_NO_DELETE,
];

const pgLineFrozen = (update: string) => `CREATE OR REPLACE FUNCTION "royalty_line_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           IF TG_OP = 'UPDATE' THEN ${update} END IF;
           IF (SELECT status FROM royalty_statement WHERE id = OLD.statement_id) <> 'DRAFT' THEN RAISE EXCEPTION 'lines of an issued royalty statement cannot be deleted'; END IF;
           RETURN OLD;
         END $$`;

// Hand-written (the generator sees neither a change of column order nor a trigger):
// - The unique key of a line's source starts with the integer source id instead of the text
//   source type: entries told apart at once, so a royalty run over a million lines inserts and
//   deletes faster (docs/BENCHMARKS.md).
// - A DRAFT statement's lines may now be rewritten in place by a re-run (new rate, new amount),
//   never moved to another statement or source. Lines of ISSUED and PAID statements still never
//   change and are never deleted.
export class RoyaltyLinesRework1795966815336 implements MigrationInterface {
  name = 'RoyaltyLinesRework1795966815336';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: rebuild('"source_id", "source_type"', SQLITE_NO_UPDATE_AFTER),
      postgres: [
        'ALTER TABLE "royalty_statement_line" DROP CONSTRAINT "ux_royalty_line_source"',
        'ALTER TABLE "royalty_statement_line" ADD CONSTRAINT "ux_royalty_line_source" UNIQUE ("source_id", "source_type")',
        pgLineFrozen(
          `IF (SELECT status FROM royalty_statement WHERE id = OLD.statement_id) <> 'DRAFT' OR NEW.statement_id <> OLD.statement_id OR NEW.source_type <> OLD.source_type OR NEW.source_id <> OLD.source_id THEN RAISE EXCEPTION 'royalty statement lines never change once issued, and never change their statement or source'; END IF; RETURN NEW;`,
        ),
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: rebuild('"source_type", "source_id"', SQLITE_NO_UPDATE_BEFORE),
      postgres: [
        'ALTER TABLE "royalty_statement_line" DROP CONSTRAINT "ux_royalty_line_source"',
        'ALTER TABLE "royalty_statement_line" ADD CONSTRAINT "ux_royalty_line_source" UNIQUE ("source_type", "source_id")',
        pgLineFrozen(`RAISE EXCEPTION 'royalty statement lines never change';`),
      ],
    });
  }
}
