import type { MigrationInterface, QueryRunner } from 'typeorm';
import { osloDate, runDialectSql } from '@app/core';
import { ACTIVITY as EVENT_ACTIVITY, FOLLOW } from './1795975084847-pipeline-upkeep';

/**
 * What the pipeline's figures count (issue 24). DDL from `npm run migration:generate --
 * PipelinePackageCounts` (SQLite's table rebuild of tender_stage_transition replaced by ADD COLUMN,
 * which keeps its triggers); triggers and backfills by hand, both dialects:
 *   - work_package_offer: one row per package and firm it was offered to, with the first offer's
 *     time and the firm's answer now (latest ACCEPT or accepted counter-offer → ACCEPTED, DECLINE →
 *     DECLINED, COUNTER → COUNTERED), rebuilt for the (package, firm) pair on every insert, update or
 *     delete of a work_package_event;
 *   - member_activity now counts those rows per member and 30-day slice of the first offer (each
 *     package once per firm), kept by triggers on work_package_offer instead of on the events;
 *   - tender_stage_transition.outcome_date: the outcome's own date for moves to WON and LOST;
 *     existing rows take the date recorded with the bid's outcome, else the Oslo day of the move;
 *   - indexes: outcomes by (stage, outcome date); the ledger by (member, date) for a balance on a day.
 */
const ANSWER_KINDS = "'ACCEPT', 'COUNTER_ACCEPTED', 'DECLINE', 'COUNTER'";
const ANSWER_OF = (e: string) => `CASE ${e}.kind WHEN 'DECLINE' THEN 'DECLINED' WHEN 'COUNTER' THEN 'COUNTERED' ELSE 'ACCEPTED' END`;
const LATEST_ANSWER = (wp: string, member: string) =>
  `(SELECT ${ANSWER_OF('a')} FROM work_package_event a WHERE a.work_package_id = ${wp} AND a.member_id = ${member}
       AND a.kind IN (${ANSWER_KINDS}) ORDER BY a.at DESC, a.id DESC LIMIT 1)`;
/** The offer row of one (package, firm) pair, rebuilt from its events (none when it was never offered). */
const OFFER_OF = (wp: string, member: string) =>
  `DELETE FROM work_package_offer WHERE work_package_id = ${wp} AND member_id = ${member};
   INSERT INTO work_package_offer (work_package_id, member_id, first_offered_at, answer)
     SELECT ${wp}, ${member}, MIN(e.at), ${LATEST_ANSWER(wp, member)}
       FROM work_package_event e WHERE e.work_package_id = ${wp} AND e.member_id = ${member} AND e.kind = 'OFFERED'
     HAVING COUNT(*) > 0`;
const OFFERS_BACKFILL = `INSERT INTO work_package_offer (work_package_id, member_id, first_offered_at, answer)
    SELECT o.work_package_id, o.member_id, MIN(o.at), ${LATEST_ANSWER('o.work_package_id', 'o.member_id')}
      FROM work_package_event o WHERE o.kind = 'OFFERED' GROUP BY o.work_package_id, o.member_id`;
const SLICE = 2592000000; // ACTIVITY_SLICE_MS
const ACTIVITY_BACKFILL = `INSERT INTO member_activity (member_id, slice, offered, accepted, declined, countered)
    SELECT member_id, first_offered_at / ${SLICE}, COUNT(*), SUM(CASE WHEN answer = 'ACCEPTED' THEN 1 ELSE 0 END),
           SUM(CASE WHEN answer = 'DECLINED' THEN 1 ELSE 0 END), SUM(CASE WHEN answer = 'COUNTERED' THEN 1 ELSE 0 END)
      FROM work_package_offer GROUP BY member_id, first_offered_at / ${SLICE}`;
/** '+' counts the offer NEW in its slice, '-' takes OLD away; `is(x, v)` is 1 when x = v (x may be null), else 0. */
const ACTIVITY = (sign: '+' | '-', is: (x: string, v: string) => string, q: (c: string) => string) =>
  sign === '+'
    ? `INSERT INTO member_activity (member_id, slice, offered, accepted, declined, countered)
         VALUES (NEW.member_id, NEW.first_offered_at / ${SLICE}, 1, ${is('NEW.answer', 'ACCEPTED')}, ${is('NEW.answer', 'DECLINED')}, ${is('NEW.answer', 'COUNTERED')})
         ON CONFLICT (member_id, slice) DO UPDATE SET offered = ${q('offered')} + 1, accepted = ${q('accepted')} + excluded.accepted,
           declined = ${q('declined')} + excluded.declined, countered = ${q('countered')} + excluded.countered`
    : `UPDATE member_activity SET offered = offered - 1, accepted = accepted - ${is('OLD.answer', 'ACCEPTED')},
           declined = declined - ${is('OLD.answer', 'DECLINED')}, countered = countered - ${is('OLD.answer', 'COUNTERED')}
        WHERE member_id = OLD.member_id AND slice = OLD.first_offered_at / ${SLICE}`;
const SQLITE_IS = (x: string, v: string) => `(${x} IS '${v}')`;
const PG_IS = (x: string, v: string) => `(${x} IS NOT DISTINCT FROM '${v}')::int`;

export class PipelinePackageCounts1796566389463 implements MigrationInterface {
  name = 'PipelinePackageCounts1796566389463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: [
        ...['member_activity_insert', 'member_activity_update', 'member_activity_delete'].map((t) => `DROP TRIGGER "${t}"`),
        'DROP INDEX "ix_tst_to_stage_at"',
        'DROP INDEX "ix_ledger_member"',
        'CREATE TABLE "work_package_offer" ("work_package_id" integer NOT NULL, "member_id" integer NOT NULL, "first_offered_at" bigint NOT NULL, "answer" varchar(20), PRIMARY KEY ("work_package_id", "member_id")) WITHOUT ROWID',
        'CREATE INDEX "ix_wpo_first_offered" ON "work_package_offer" ("first_offered_at", "member_id", "answer") ',
        'ALTER TABLE "tender_stage_transition" ADD COLUMN "outcome_date" varchar(10)',
        'CREATE INDEX "ix_tst_outcome" ON "tender_stage_transition" ("to_stage", "outcome_date", "tender_id", "loss_reason") ',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry" ("member_id", "date", "amount_minor") ',
        OFFERS_BACKFILL,
        'DELETE FROM member_activity',
        ACTIVITY_BACKFILL,
        ...FOLLOW.sqlite(
          'wp_offer',
          'work_package_event',
          ['work_package_id', 'member_id', 'kind', 'at'],
          OFFER_OF('OLD.work_package_id', 'OLD.member_id'),
          OFFER_OF('NEW.work_package_id', 'NEW.member_id'),
        ),
        ...FOLLOW.sqlite(
          'member_activity',
          'work_package_offer',
          [],
          ACTIVITY('-', SQLITE_IS, (c) => c),
          ACTIVITY('+', SQLITE_IS, (c) => c),
        ),
      ],
      postgres: [
        'DROP TRIGGER "member_activity" ON "work_package_event"',
        'DROP FUNCTION "member_activity"()',
        'DROP INDEX "public"."ix_tst_to_stage_at"',
        'DROP INDEX "public"."ix_ledger_member"',
        'CREATE TABLE "work_package_offer" ("work_package_id" integer NOT NULL, "member_id" integer NOT NULL, "first_offered_at" bigint NOT NULL, "answer" character varying(20), CONSTRAINT "PK_f3cabff68bb17c2d1d8affab177" PRIMARY KEY ("work_package_id", "member_id"))',
        'CREATE INDEX "ix_wpo_first_offered" ON "work_package_offer"  ("first_offered_at", "member_id", "answer") ',
        'ALTER TABLE "tender_stage_transition" ADD "outcome_date" character varying(10)',
        'CREATE INDEX "ix_tst_outcome" ON "tender_stage_transition"  ("to_stage", "outcome_date", "tender_id", "loss_reason") ',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry"  ("member_id", "date", "amount_minor") ',
        OFFERS_BACKFILL,
        'DELETE FROM member_activity',
        ACTIVITY_BACKFILL,
        ...FOLLOW.postgres(
          'wp_offer',
          'work_package_event',
          ['work_package_id', 'member_id', 'kind', 'at'],
          OFFER_OF('OLD.work_package_id', 'OLD.member_id'),
          OFFER_OF('NEW.work_package_id', 'NEW.member_id'),
        ),
        ...FOLLOW.postgres(
          'member_activity',
          'work_package_offer',
          [],
          ACTIVITY('-', PG_IS, (c) => `member_activity.${c}`),
          ACTIVITY('+', PG_IS, (c) => `member_activity.${c}`),
        ),
      ],
    });
    await backfillOutcomeDates(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const ANSWERS = ['OFFERED', 'ACCEPT', 'DECLINE', 'COUNTER'];
    const oldBackfill = (
      asInt: (e: string) => string,
    ) => `INSERT INTO member_activity (member_id, slice, offered, accepted, declined, countered)
      SELECT member_id, at / ${SLICE}, ${ANSWERS.map((k) => `SUM(${asInt(`kind = '${k}'`)})`).join(', ')}
        FROM work_package_event WHERE kind IN ('OFFERED', 'ACCEPT', 'DECLINE', 'COUNTER') GROUP BY member_id, at / ${SLICE}`;
    await runDialectSql(queryRunner, {
      sqlite: [
        ...[
          'wp_offer_insert',
          'wp_offer_update',
          'wp_offer_delete',
          'member_activity_insert',
          'member_activity_update',
          'member_activity_delete',
        ].map((t) => `DROP TRIGGER "${t}"`),
        'DROP INDEX "ix_ledger_member"',
        'DROP INDEX "ix_tst_outcome"',
        'ALTER TABLE "tender_stage_transition" DROP COLUMN "outcome_date"',
        'DROP INDEX "ix_wpo_first_offered"',
        'DROP TABLE "work_package_offer"',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry" ("member_id", "id", "amount_minor") ',
        'CREATE INDEX "ix_tst_to_stage_at" ON "tender_stage_transition" ("to_stage", "at") ',
        'DELETE FROM member_activity',
        oldBackfill((e) => `(${e})`),
        ...FOLLOW.sqlite(
          'member_activity',
          'work_package_event',
          ['member_id', 'kind', 'at'],
          EVENT_ACTIVITY.sqlite('-'),
          EVENT_ACTIVITY.sqlite('+'),
        ),
      ],
      postgres: [
        'DROP TRIGGER "wp_offer" ON "work_package_event"',
        'DROP FUNCTION "wp_offer"()',
        'DROP TRIGGER "member_activity" ON "work_package_offer"',
        'DROP FUNCTION "member_activity"()',
        'DROP INDEX "public"."ix_ledger_member"',
        'DROP INDEX "public"."ix_tst_outcome"',
        'ALTER TABLE "tender_stage_transition" DROP COLUMN "outcome_date"',
        'DROP INDEX "public"."ix_wpo_first_offered"',
        'DROP TABLE "work_package_offer"',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry" ("member_id", "id", "amount_minor") ',
        'CREATE INDEX "ix_tst_to_stage_at" ON "tender_stage_transition" ("to_stage", "at") ',
        'DELETE FROM member_activity',
        oldBackfill((e) => `(${e})::int`),
        ...FOLLOW.postgres(
          'member_activity',
          'work_package_event',
          ['member_id', 'kind', 'at'],
          EVENT_ACTIVITY.postgres('-'),
          EVENT_ACTIVITY.postgres('+'),
        ),
      ],
    });
  }
}

/** Existing outcomes: the date recorded with the bid's outcome, else the Oslo day the tender was moved. */
async function backfillOutcomeDates(queryRunner: QueryRunner): Promise<void> {
  const rows: { id: number | string; at: number | string; d: string | null }[] = await queryRunner.query(
    `SELECT x.id, x.at, (SELECT b.outcome_date FROM bid b WHERE b.tender_id = x.tender_id AND b.status = x.to_stage
                          AND b.outcome_date IS NOT NULL ORDER BY b.id DESC LIMIT 1) AS d
       FROM tender_stage_transition x WHERE x.to_stage IN ('WON', 'LOST') ORDER BY x.id`,
  );
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({ id: Number(r.id), date: r.d ?? osloDate(new Date(Number(r.at))) }));
    const cases = chunk.map((r) => `WHEN ${r.id} THEN '${r.date}'`).join(' ');
    await queryRunner.query(
      `UPDATE tender_stage_transition SET outcome_date = CASE id ${cases} END WHERE id IN (${chunk.map((r) => r.id).join(', ')})`,
    );
  }
}
