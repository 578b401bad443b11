import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectSql } from '@app/core';

// Hand-written: the register's audit records ("supplier audited against a standard on a day, for
// a member") are written once and never changed or removed, enforced by the database itself.
export class AuditRecordsAppendOnly1796565939414 implements MigrationInterface {
  name = 'AuditRecordsAppendOnly1796565939414';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: [
        `CREATE TRIGGER "supplier_audit_record_no_update" BEFORE UPDATE ON "supplier_audit_record" BEGIN SELECT RAISE(ABORT, 'supplier_audit_record is append-only'); END`,
        `CREATE TRIGGER "supplier_audit_record_no_delete" BEFORE DELETE ON "supplier_audit_record" BEGIN SELECT RAISE(ABORT, 'supplier_audit_record is append-only'); END`,
      ],
      postgres: [
        `CREATE FUNCTION "supplier_audit_record_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'supplier_audit_record is append-only'; END $$`,
        `CREATE TRIGGER "supplier_audit_record_no_change" BEFORE UPDATE OR DELETE ON "supplier_audit_record" FOR EACH ROW EXECUTE FUNCTION "supplier_audit_record_append_only"()`,
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: [`DROP TRIGGER "supplier_audit_record_no_update"`, `DROP TRIGGER "supplier_audit_record_no_delete"`],
      postgres: [
        `DROP TRIGGER "supplier_audit_record_no_change" ON "supplier_audit_record"`,
        `DROP FUNCTION "supplier_audit_record_append_only"()`,
      ],
    });
  }
}
