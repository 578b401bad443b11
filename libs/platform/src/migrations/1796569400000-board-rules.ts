import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectSql } from '@app/core';

/**
 * The rules of issue 20 (gates by vote only, recusal, one currency per sum). From `npm run
 * migration:generate`, with the SQLite table rebuilds replaced by ADD COLUMN by hand: a rebuild of
 * tender_stage_transition would drop the trigger that keeps its entered_at (PipelineUpkeep), and a
 * rebuild of royalty_ledger_entry its append-only triggers.
 *   - steering_recusal: members disqualified (inhabil) on one decision;
 *   - committee_member.deputy_chair, steering_decision.deputy_chair_user_id: who holds the casting
 *     vote when the chair is disqualified;
 *   - steering_decision.result_reason (why a tie decided the result) and cancelled_reason;
 *   - tender_stage_transition.steering_decision_id: the decision that set GO or NO_GO;
 *   - bid.exchange_rate_micros: the rate a bid in another currency was priced at from the solver's NOK;
 *   - royalty_ledger_entry.currency (existing entries are NOK, as every statement was), and the
 *     ledger's (member, date) and the royalty run's covering indexes widened by the currency they now read.
 */
export class BoardRules1796569400000 implements MigrationInterface {
  name = 'BoardRules1796569400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: [
        'CREATE TABLE "steering_recusal" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decision_id" integer NOT NULL, "user_id" integer NOT NULL, "reason" varchar(2000) NOT NULL, "at" bigint NOT NULL, CONSTRAINT "ux_recusal_decision_user" UNIQUE ("decision_id", "user_id"))',
        'ALTER TABLE "tender_stage_transition" ADD COLUMN "steering_decision_id" integer',
        'ALTER TABLE "committee_member" ADD COLUMN "deputy_chair" boolean NOT NULL DEFAULT (0)',
        'ALTER TABLE "steering_decision" ADD COLUMN "deputy_chair_user_id" integer',
        'ALTER TABLE "steering_decision" ADD COLUMN "result_reason" varchar(500)',
        'ALTER TABLE "steering_decision" ADD COLUMN "cancelled_reason" varchar(2000)',
        'ALTER TABLE "bid" ADD COLUMN "exchange_rate_micros" bigint',
        'ALTER TABLE "royalty_ledger_entry" ADD COLUMN "currency" varchar(3) NOT NULL DEFAULT (\'NOK\')',
        'DROP INDEX "ix_ledger_member"',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry" ("member_id", "date", "amount_minor", "currency") ',
        'DROP INDEX "ix_invoice_date_cover"',
        'CREATE INDEX "ix_invoice_date_cover" ON "invoice" ("issue_date", "id", "member_id", "order_id", "order_line_id", "amount_minor", "currency") ',
      ],
      postgres: [
        'CREATE TABLE "steering_recusal" ("id" SERIAL NOT NULL, "decision_id" integer NOT NULL, "user_id" integer NOT NULL, "reason" character varying(2000) NOT NULL, "at" bigint NOT NULL, CONSTRAINT "ux_recusal_decision_user" UNIQUE ("decision_id", "user_id"), CONSTRAINT "PK_50428162cf564ff9f2d2ca863ed" PRIMARY KEY ("id"))',
        'ALTER TABLE "tender_stage_transition" ADD "steering_decision_id" integer',
        'ALTER TABLE "committee_member" ADD "deputy_chair" boolean NOT NULL DEFAULT false',
        'ALTER TABLE "steering_decision" ADD "deputy_chair_user_id" integer',
        'ALTER TABLE "steering_decision" ADD "result_reason" character varying(500)',
        'ALTER TABLE "steering_decision" ADD "cancelled_reason" character varying(2000)',
        'ALTER TABLE "bid" ADD "exchange_rate_micros" bigint',
        'ALTER TABLE "royalty_ledger_entry" ADD "currency" character varying(3) NOT NULL DEFAULT \'NOK\'',
        'DROP INDEX "public"."ix_ledger_member"',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry" ("member_id", "date", "amount_minor", "currency") ',
        'DROP INDEX "public"."ix_invoice_date_cover"',
        'CREATE INDEX "ix_invoice_date_cover" ON "invoice" ("issue_date", "id", "member_id", "order_id", "order_line_id", "amount_minor", "currency") ',
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: [
        'DROP INDEX "ix_invoice_date_cover"',
        'CREATE INDEX "ix_invoice_date_cover" ON "invoice" ("issue_date", "id", "member_id", "order_id", "order_line_id", "amount_minor") ',
        'DROP INDEX "ix_ledger_member"',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry" ("member_id", "date", "amount_minor") ',
        'ALTER TABLE "royalty_ledger_entry" DROP COLUMN "currency"',
        'ALTER TABLE "bid" DROP COLUMN "exchange_rate_micros"',
        'ALTER TABLE "steering_decision" DROP COLUMN "cancelled_reason"',
        'ALTER TABLE "steering_decision" DROP COLUMN "result_reason"',
        'ALTER TABLE "steering_decision" DROP COLUMN "deputy_chair_user_id"',
        'ALTER TABLE "committee_member" DROP COLUMN "deputy_chair"',
        'ALTER TABLE "tender_stage_transition" DROP COLUMN "steering_decision_id"',
        'DROP TABLE "steering_recusal"',
      ],
      postgres: [
        'DROP INDEX "public"."ix_invoice_date_cover"',
        'CREATE INDEX "ix_invoice_date_cover" ON "invoice" ("issue_date", "id", "member_id", "order_id", "order_line_id", "amount_minor") ',
        'DROP INDEX "public"."ix_ledger_member"',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry" ("member_id", "date", "amount_minor") ',
        'ALTER TABLE "royalty_ledger_entry" DROP COLUMN "currency"',
        'ALTER TABLE "bid" DROP COLUMN "exchange_rate_micros"',
        'ALTER TABLE "steering_decision" DROP COLUMN "cancelled_reason"',
        'ALTER TABLE "steering_decision" DROP COLUMN "result_reason"',
        'ALTER TABLE "steering_decision" DROP COLUMN "deputy_chair_user_id"',
        'ALTER TABLE "committee_member" DROP COLUMN "deputy_chair"',
        'ALTER TABLE "tender_stage_transition" DROP COLUMN "steering_decision_id"',
        'DROP TABLE "steering_recusal"',
      ],
    });
  }
}
