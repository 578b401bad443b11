import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectSql } from '@app/core';

// Hand-written: the audit trail is append-only, enforced by the database itself, so no code
// path (not even a bug or a hand-run UPDATE from the app's connection) can rewrite history.
export class AuditAppendOnly1795948865750 implements MigrationInterface {
  name = 'AuditAppendOnly1795948865750';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: [
        `CREATE TRIGGER "audit_record_no_update" BEFORE UPDATE ON "audit_record" BEGIN SELECT RAISE(ABORT, 'audit_record is append-only'); END`,
        `CREATE TRIGGER "audit_record_no_delete" BEFORE DELETE ON "audit_record" BEGIN SELECT RAISE(ABORT, 'audit_record is append-only'); END`,
      ],
      postgres: [
        `CREATE FUNCTION "audit_record_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_record is append-only'; END $$`,
        `CREATE TRIGGER "audit_record_no_change" BEFORE UPDATE OR DELETE ON "audit_record" FOR EACH ROW EXECUTE FUNCTION "audit_record_append_only"()`,
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: [`DROP TRIGGER "audit_record_no_update"`, `DROP TRIGGER "audit_record_no_delete"`],
      postgres: [`DROP TRIGGER "audit_record_no_change" ON "audit_record"`, `DROP FUNCTION "audit_record_append_only"()`],
    });
  }
}
