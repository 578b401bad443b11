import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectSql } from '@app/core';
import { NEEDS, PACKAGES_OF } from './1795975084847-pipeline-upkeep';

/**
 * Hand-written: a requirement removed from a tender takes its certificate types out of the
 * packages linked to it (work_package_need), as the pipeline's risks read them. PipelineUpkeep
 * rebuilt a package's needs when its links or a requirement's certificates changed, not when the
 * requirement itself went; existing needs are rebuilt once for packages whose links point at a
 * requirement that no longer exists.
 */
export class PipelineNeedsRequirementDelete1795978000000 implements MigrationInterface {
  name = 'PipelineNeedsRequirementDelete1795978000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const orphaned =
      'SELECT wr.work_package_id FROM work_package_requirement wr WHERE NOT EXISTS (SELECT 1 FROM requirement r WHERE r.id = wr.requirement_id)';
    await runDialectSql(queryRunner, {
      sqlite: [
        ...NEEDS.sqlite(orphaned),
        `CREATE TRIGGER "wp_need_requirement_delete" AFTER DELETE ON "requirement" BEGIN ${NEEDS.sqlite(PACKAGES_OF('OLD.id')).join('; ')}; END`,
      ],
      postgres: [
        ...NEEDS.postgres(orphaned),
        `CREATE FUNCTION "wp_need_requirement_delete"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           ${NEEDS.postgres(PACKAGES_OF('OLD.id')).join('; ')};
           RETURN NULL;
         END $$`,
        `CREATE TRIGGER "wp_need_requirement_delete" AFTER DELETE ON "requirement" FOR EACH ROW EXECUTE FUNCTION "wp_need_requirement_delete"()`,
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: ['DROP TRIGGER "wp_need_requirement_delete"'],
      postgres: ['DROP TRIGGER "wp_need_requirement_delete" ON "requirement"', 'DROP FUNCTION "wp_need_requirement_delete"()'],
    });
  }
}
