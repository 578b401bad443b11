import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectSql } from '@app/core';

// Hand-written: issued and paid royalty statements never change, their lines never change, and
// the royalty ledger is append-only, enforced by the database so no code path can break it.
export class RoyaltiesImmutable1795952414663 implements MigrationInterface {
  name = 'RoyaltiesImmutable1795952414663';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: [
        `CREATE TRIGGER "royalty_statement_frozen" BEFORE UPDATE ON "royalty_statement" WHEN OLD.status <> 'DRAFT' AND NOT (OLD.status = 'ISSUED' AND NEW.status = 'PAID' AND NEW.total_minor = OLD.total_minor AND NEW.member_id = OLD.member_id AND NEW.period_label = OLD.period_label AND NEW.line_count = OLD.line_count) BEGIN SELECT RAISE(ABORT, 'an issued royalty statement cannot change'); END`,
        `CREATE TRIGGER "royalty_statement_no_delete" BEFORE DELETE ON "royalty_statement" WHEN OLD.status <> 'DRAFT' BEGIN SELECT RAISE(ABORT, 'an issued royalty statement cannot be deleted'); END`,
        `CREATE TRIGGER "royalty_line_no_update" BEFORE UPDATE ON "royalty_statement_line" BEGIN SELECT RAISE(ABORT, 'royalty statement lines never change'); END`,
        `CREATE TRIGGER "royalty_line_no_delete" BEFORE DELETE ON "royalty_statement_line" WHEN (SELECT status FROM royalty_statement WHERE id = OLD.statement_id) <> 'DRAFT' BEGIN SELECT RAISE(ABORT, 'lines of an issued royalty statement cannot be deleted'); END`,
        `CREATE TRIGGER "royalty_ledger_no_update" BEFORE UPDATE ON "royalty_ledger_entry" BEGIN SELECT RAISE(ABORT, 'the royalty ledger is append-only'); END`,
        `CREATE TRIGGER "royalty_ledger_no_delete" BEFORE DELETE ON "royalty_ledger_entry" BEGIN SELECT RAISE(ABORT, 'the royalty ledger is append-only'); END`,
      ],
      postgres: [
        `CREATE FUNCTION "royalty_statement_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           IF TG_OP = 'DELETE' THEN
             IF OLD.status <> 'DRAFT' THEN RAISE EXCEPTION 'an issued royalty statement cannot be deleted'; END IF;
             RETURN OLD;
           END IF;
           IF OLD.status <> 'DRAFT' AND NOT (OLD.status = 'ISSUED' AND NEW.status = 'PAID' AND NEW.total_minor = OLD.total_minor AND NEW.member_id = OLD.member_id AND NEW.period_label = OLD.period_label AND NEW.line_count = OLD.line_count) THEN
             RAISE EXCEPTION 'an issued royalty statement cannot change';
           END IF;
           RETURN NEW;
         END $$`,
        `CREATE TRIGGER "royalty_statement_frozen" BEFORE UPDATE OR DELETE ON "royalty_statement" FOR EACH ROW EXECUTE FUNCTION "royalty_statement_frozen"()`,
        `CREATE FUNCTION "royalty_line_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           IF TG_OP = 'UPDATE' THEN RAISE EXCEPTION 'royalty statement lines never change'; END IF;
           IF (SELECT status FROM royalty_statement WHERE id = OLD.statement_id) <> 'DRAFT' THEN RAISE EXCEPTION 'lines of an issued royalty statement cannot be deleted'; END IF;
           RETURN OLD;
         END $$`,
        `CREATE TRIGGER "royalty_line_frozen" BEFORE UPDATE OR DELETE ON "royalty_statement_line" FOR EACH ROW EXECUTE FUNCTION "royalty_line_frozen"()`,
        `CREATE FUNCTION "royalty_ledger_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the royalty ledger is append-only'; END $$`,
        `CREATE TRIGGER "royalty_ledger_append_only" BEFORE UPDATE OR DELETE ON "royalty_ledger_entry" FOR EACH ROW EXECUTE FUNCTION "royalty_ledger_append_only"()`,
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: [
        'royalty_statement_frozen',
        'royalty_statement_no_delete',
        'royalty_line_no_update',
        'royalty_line_no_delete',
        'royalty_ledger_no_update',
        'royalty_ledger_no_delete',
      ].map((t) => `DROP TRIGGER "${t}"`),
      postgres: [
        `DROP TRIGGER "royalty_statement_frozen" ON "royalty_statement"`,
        `DROP FUNCTION "royalty_statement_frozen"()`,
        `DROP TRIGGER "royalty_line_frozen" ON "royalty_statement_line"`,
        `DROP FUNCTION "royalty_line_frozen"()`,
        `DROP TRIGGER "royalty_ledger_append_only" ON "royalty_ledger_entry"`,
        `DROP FUNCTION "royalty_ledger_append_only"()`,
      ],
    });
  }
}
