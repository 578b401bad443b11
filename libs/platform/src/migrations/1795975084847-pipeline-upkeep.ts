import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectSql } from '@app/core';

/**
 * Figures the pipeline reads, kept up to date on write instead of aggregated on every read
 * (indexes from `npm run migration:generate -- PipelineUpkeep`; the columns, triggers and backfill
 * by hand, both dialects of the same change):
 *   - customer_order.invoiced_minor / paid_minor: running totals of the order's invoices and of the
 *     payments on them, kept by triggers on every insert, update or delete of an invoice or payment;
 *   - tender_stage_transition.entered_at: when the tender entered the stage the transition leaves
 *     (the previous transition's time), set by a trigger on insert;
 *   - work_package_need: each certificate type a package needs, with the package's firm, status,
 *     window end and bid, kept by triggers on packages, their requirement links and the
 *     requirements' certificates;
 *   - member_activity: each member's package answers per 30-day slice of time and kind, kept by
 *     triggers on work_package_event, so that the pipeline reads whole slices instead of events;
 *   - indexes: order lines by package, and covering member and value; orders by award date and
 *     ledger entries by member covering the figures read; transitions by the
 *     stage they leave (time in stage without sorting), tenders by deadline covering the stage
 *     and trend figures.
 * Existing rows are backfilled, so an upgraded database reads the same figures as before.
 */
const ORDER_TOTALS_BACKFILL = `UPDATE customer_order SET
    invoiced_minor = COALESCE((SELECT SUM(i.amount_minor) FROM invoice i WHERE i.order_id = customer_order.id), 0),
    paid_minor = COALESCE((SELECT SUM(p.amount_minor) FROM invoice i JOIN payment p ON p.invoice_id = i.id WHERE i.order_id = customer_order.id), 0)`;
const ENTERED_AT_BACKFILL = `UPDATE tender_stage_transition SET entered_at = (SELECT p.at FROM tender_stage_transition p
    WHERE p.tender_id = tender_stage_transition.tender_id AND p.id < tender_stage_transition.id ORDER BY p.id DESC LIMIT 1)`;
// the order an invoice or payment belongs to, its invoice's payments (for an invoice that moves or goes)
const PAID_ON = (invoice: string) => `COALESCE((SELECT SUM(p.amount_minor) FROM payment p WHERE p.invoice_id = ${invoice}), 0)`;
const ORDER_OF = (invoice: string) => `(SELECT i.order_id FROM invoice i WHERE i.id = ${invoice})`;
// the certificate types the packages `which` selects need, rebuilt from their requirements
export const NEEDS = {
  sqlite: (which: string) => [
    `DELETE FROM work_package_need WHERE work_package_id IN (${which})`,
    `INSERT INTO work_package_need (work_package_id, type, member_id, status, window_end, bid_id)
       SELECT DISTINCT w.id, json_extract(j.value, '$.type'), w.member_id, w.status, w.window_end, w.bid_id
         FROM work_package w JOIN work_package_requirement wr ON wr.work_package_id = w.id
         JOIN requirement r ON r.id = wr.requirement_id, json_each(r.required_certificates) j
        WHERE w.id IN (${which}) AND json_extract(j.value, '$.type') IS NOT NULL`,
  ],
  postgres: (which: string) => [
    `DELETE FROM work_package_need WHERE work_package_id IN (${which})`,
    `INSERT INTO work_package_need (work_package_id, type, member_id, status, window_end, bid_id)
       SELECT DISTINCT w.id, j.value->>'type', w.member_id, w.status, w.window_end, w.bid_id
         FROM work_package w JOIN work_package_requirement wr ON wr.work_package_id = w.id
         JOIN requirement r ON r.id = wr.requirement_id, jsonb_array_elements(r.required_certificates::jsonb) j
        WHERE w.id IN (${which}) AND j.value->>'type' IS NOT NULL`,
  ],
};
export const PACKAGES_OF = (requirement: string) =>
  `SELECT wr.work_package_id FROM work_package_requirement wr WHERE wr.requirement_id = ${requirement}`;
const NEED_FOLLOWS_PACKAGE = `UPDATE work_package_need SET member_id = NEW.member_id, status = NEW.status, window_end = NEW.window_end, bid_id = NEW.bid_id
   WHERE work_package_id = NEW.id`;
// a member's answers per slice of 30 days (ACTIVITY_SLICE_MS): '+' counts the event NEW, '-' takes OLD away
const ANSWERS = ['OFFERED', 'ACCEPT', 'DECLINE', 'COUNTER'];
const ANSWER_KINDS = ANSWERS.map((k) => `'${k}'`).join(', ');
export const ACTIVITY = {
  sqlite: (sign: '+' | '-') =>
    sign === '+'
      ? `INSERT INTO member_activity (member_id, slice, offered, accepted, declined, countered)
           SELECT NEW.member_id, NEW.at / 2592000000, ${ANSWERS.map((k) => `NEW.kind = '${k}'`).join(', ')} WHERE NEW.kind IN (${ANSWER_KINDS})
           ON CONFLICT (member_id, slice) DO UPDATE SET offered = offered + excluded.offered, accepted = accepted + excluded.accepted,
             declined = declined + excluded.declined, countered = countered + excluded.countered`
      : `UPDATE member_activity SET offered = offered - (OLD.kind = 'OFFERED'), accepted = accepted - (OLD.kind = 'ACCEPT'),
             declined = declined - (OLD.kind = 'DECLINE'), countered = countered - (OLD.kind = 'COUNTER')
          WHERE slice = OLD.at / 2592000000 AND member_id = OLD.member_id AND OLD.kind IN (${ANSWER_KINDS})`,
  postgres: (sign: '+' | '-') =>
    sign === '+'
      ? `INSERT INTO member_activity (member_id, slice, offered, accepted, declined, countered)
           SELECT NEW.member_id, NEW.at / 2592000000, ${ANSWERS.map((k) => `(NEW.kind = '${k}')::int`).join(', ')} WHERE NEW.kind IN (${ANSWER_KINDS})
           ON CONFLICT (member_id, slice) DO UPDATE SET offered = member_activity.offered + excluded.offered, accepted = member_activity.accepted + excluded.accepted,
             declined = member_activity.declined + excluded.declined, countered = member_activity.countered + excluded.countered`
      : `UPDATE member_activity SET offered = offered - (OLD.kind = 'OFFERED')::int, accepted = accepted - (OLD.kind = 'ACCEPT')::int,
             declined = declined - (OLD.kind = 'DECLINE')::int, countered = countered - (OLD.kind = 'COUNTER')::int
          WHERE slice = OLD.at / 2592000000 AND member_id = OLD.member_id AND OLD.kind IN (${ANSWER_KINDS})`,
};
const ACTIVITY_BACKFILL = (
  asInt: (e: string) => string,
) => `INSERT INTO member_activity (member_id, slice, offered, accepted, declined, countered)
    SELECT member_id, at / 2592000000, ${ANSWERS.map((k) => `SUM(${asInt(`kind = '${k}'`)})`).join(', ')}
      FROM work_package_event WHERE kind IN (${ANSWER_KINDS}) GROUP BY member_id, at / 2592000000`;

/**
 * A kept figure that follows the rows of `table`: `minus` takes the row OLD away, `plus` counts the
 * row NEW. An insert adds, a delete takes away, an update (of `updateOf`, or of any column when
 * empty) does both. SQLite: three triggers `<name>_insert|_update|_delete`; PostgreSQL: one
 * function and one trigger `<name>`.
 */
export const FOLLOW = {
  sqlite: (name: string, table: string, updateOf: string[], minus: string, plus: string) => {
    const of = updateOf.length ? ` OF ${updateOf.map((c) => `"${c}"`).join(', ')}` : '';
    return [
      `CREATE TRIGGER "${name}_insert" AFTER INSERT ON "${table}" BEGIN ${plus}; END`,
      `CREATE TRIGGER "${name}_update" AFTER UPDATE${of} ON "${table}" BEGIN ${minus}; ${plus}; END`,
      `CREATE TRIGGER "${name}_delete" AFTER DELETE ON "${table}" BEGIN ${minus}; END`,
    ];
  },
  postgres: (name: string, table: string, updateOf: string[], minus: string, plus: string) => {
    const of = updateOf.length ? ` OF ${updateOf.map((c) => `"${c}"`).join(', ')}` : '';
    return [
      `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN ${minus}; END IF;
         IF TG_OP IN ('INSERT', 'UPDATE') THEN ${plus}; END IF;
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER "${name}" AFTER INSERT OR DELETE OR UPDATE${of} ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${name}"()`,
    ];
  },
};

export class PipelineUpkeep1795975084847 implements MigrationInterface {
  name = 'PipelineUpkeep1795975084847';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sub = (row: 'NEW' | 'OLD', sign: '+' | '-') => ({
      invoice: `UPDATE customer_order SET invoiced_minor = invoiced_minor ${sign} ${row}.amount_minor, paid_minor = paid_minor ${sign} ${PAID_ON(`${row}.id`)} WHERE id = ${row}.order_id`,
      payment: `UPDATE customer_order SET paid_minor = paid_minor ${sign} ${row}.amount_minor WHERE id = ${ORDER_OF(`${row}.invoice_id`)}`,
    });
    await runDialectSql(queryRunner, {
      sqlite: [
        'DROP INDEX "ix_tst_at_tender"',
        'DROP INDEX "ix_tender_deadline"',
        'CREATE INDEX "ix_tender_deadline" ON "tender" ("deadline", "created_at", "market", "stage", "currency", "estimated_value_minor", "win_probability_bp") ',
        'DROP INDEX "ix_order_line_order"',
        'DROP INDEX "ix_wpe_member_kind_at"',
        'CREATE TABLE "member_activity" ("member_id" integer NOT NULL, "slice" integer NOT NULL, "offered" integer NOT NULL DEFAULT (0), "accepted" integer NOT NULL DEFAULT (0), "declined" integer NOT NULL DEFAULT (0), "countered" integer NOT NULL DEFAULT (0), PRIMARY KEY ("member_id", "slice")) WITHOUT ROWID',
        'CREATE INDEX "ix_wpe_at_kind_member" ON "work_package_event" ("at", "kind", "member_id") ',
        'ALTER TABLE "tender_stage_transition" ADD COLUMN "entered_at" bigint',
        'ALTER TABLE "customer_order" ADD COLUMN "invoiced_minor" bigint NOT NULL DEFAULT (0)',
        'ALTER TABLE "customer_order" ADD COLUMN "paid_minor" bigint NOT NULL DEFAULT (0)',
        'CREATE TABLE "work_package_need" ("work_package_id" integer NOT NULL, "type" varchar(30) NOT NULL, "member_id" integer NOT NULL, "status" varchar(20) NOT NULL, "window_end" varchar(10) NOT NULL, "bid_id" integer NOT NULL, PRIMARY KEY ("work_package_id", "type")) WITHOUT ROWID',
        'CREATE INDEX "ix_wp_need_member_type" ON "work_package_need" ("member_id", "type", "status", "window_end", "bid_id") ',
        'CREATE INDEX "ix_order_line_package" ON "order_line" ("work_package_id", "member_id", "order_id") ',
        'CREATE INDEX "ix_tst_from_stage_at" ON "tender_stage_transition" ("from_stage", "at", "entered_at", "tender_id") ',
        'CREATE INDEX "ix_order_line_order" ON "order_line" ("order_id", "id", "member_id", "value_minor") ',
        'DROP INDEX "ix_order_award"',
        'DROP INDEX "ix_ledger_member"',
        'CREATE INDEX "ix_order_award" ON "customer_order" ("award_date", "status", "currency", "id", "awarded_value_minor", "invoiced_minor", "paid_minor", "tender_id") ',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry" ("member_id", "id", "amount_minor") ',
        ORDER_TOTALS_BACKFILL,
        ENTERED_AT_BACKFILL,
        ...NEEDS.sqlite('SELECT id FROM work_package'),
        ACTIVITY_BACKFILL((e) => `(${e})`),
        ...FOLLOW.sqlite('member_activity', 'work_package_event', ['member_id', 'kind', 'at'], ACTIVITY.sqlite('-'), ACTIVITY.sqlite('+')),
        ...FOLLOW.sqlite(
          'wp_need_link',
          'work_package_requirement',
          [],
          NEEDS.sqlite('OLD.work_package_id').join('; '),
          NEEDS.sqlite('NEW.work_package_id').join('; '),
        ),
        `CREATE TRIGGER "wp_need_requirement" AFTER UPDATE OF "required_certificates" ON "requirement" BEGIN ${NEEDS.sqlite(PACKAGES_OF('NEW.id')).join('; ')}; END`,
        `CREATE TRIGGER "wp_need_package_insert" AFTER INSERT ON "work_package" BEGIN ${NEEDS.sqlite('NEW.id').join('; ')}; END`,
        `CREATE TRIGGER "wp_need_package_update" AFTER UPDATE OF "member_id", "status", "window_end", "bid_id" ON "work_package" BEGIN ${NEED_FOLLOWS_PACKAGE}; END`,
        `CREATE TRIGGER "wp_need_package_delete" AFTER DELETE ON "work_package" BEGIN DELETE FROM work_package_need WHERE work_package_id = OLD.id; END`,
        ...FOLLOW.sqlite('order_totals_invoice', 'invoice', ['order_id', 'amount_minor'], sub('OLD', '-').invoice, sub('NEW', '+').invoice),
        ...FOLLOW.sqlite(
          'order_totals_payment',
          'payment',
          ['invoice_id', 'amount_minor'],
          sub('OLD', '-').payment,
          sub('NEW', '+').payment,
        ),
        `CREATE TRIGGER "tender_stage_entered_at" AFTER INSERT ON "tender_stage_transition" WHEN NEW.entered_at IS NULL BEGIN
           UPDATE tender_stage_transition SET entered_at = (SELECT p.at FROM tender_stage_transition p
             WHERE p.tender_id = NEW.tender_id AND p.id < NEW.id ORDER BY p.id DESC LIMIT 1) WHERE id = NEW.id; END`,
      ],
      postgres: [
        'DROP INDEX "public"."ix_tst_at_tender"',
        'DROP INDEX "public"."ix_tender_deadline"',
        'CREATE INDEX "ix_tender_deadline" ON "tender"  ("deadline", "created_at", "market", "stage", "currency", "estimated_value_minor", "win_probability_bp") ',
        'DROP INDEX "public"."ix_order_line_order"',
        'DROP INDEX "public"."ix_wpe_member_kind_at"',
        'CREATE TABLE "member_activity" ("member_id" integer NOT NULL, "slice" integer NOT NULL, "offered" integer NOT NULL DEFAULT \'0\', "accepted" integer NOT NULL DEFAULT \'0\', "declined" integer NOT NULL DEFAULT \'0\', "countered" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_a356b5632e3f37934ba024a2425" PRIMARY KEY ("member_id", "slice"))',
        'CREATE INDEX "ix_wpe_at_kind_member" ON "work_package_event"  ("at", "kind", "member_id") ',
        'ALTER TABLE "tender_stage_transition" ADD "entered_at" bigint',
        'ALTER TABLE "customer_order" ADD "invoiced_minor" bigint NOT NULL DEFAULT \'0\'',
        'ALTER TABLE "customer_order" ADD "paid_minor" bigint NOT NULL DEFAULT \'0\'',
        'CREATE TABLE "work_package_need" ("work_package_id" integer NOT NULL, "type" character varying(30) NOT NULL, "member_id" integer NOT NULL, "status" character varying(20) NOT NULL, "window_end" character varying(10) NOT NULL, "bid_id" integer NOT NULL, CONSTRAINT "PK_e05aeeb816d5af9681b6a12ce2e" PRIMARY KEY ("work_package_id", "type"))',
        'CREATE INDEX "ix_wp_need_member_type" ON "work_package_need"  ("member_id", "type", "status", "window_end", "bid_id") ',
        'CREATE INDEX "ix_order_line_package" ON "order_line"  ("work_package_id", "member_id", "order_id") ',
        'CREATE INDEX "ix_tst_from_stage_at" ON "tender_stage_transition"  ("from_stage", "at", "entered_at", "tender_id") ',
        'CREATE INDEX "ix_order_line_order" ON "order_line"  ("order_id", "id", "member_id", "value_minor") ',
        'DROP INDEX "public"."ix_order_award"',
        'DROP INDEX "public"."ix_ledger_member"',
        'CREATE INDEX "ix_order_award" ON "customer_order"  ("award_date", "status", "currency", "id", "awarded_value_minor", "invoiced_minor", "paid_minor", "tender_id") ',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry"  ("member_id", "id", "amount_minor") ',
        ORDER_TOTALS_BACKFILL,
        ENTERED_AT_BACKFILL,
        ...NEEDS.postgres('SELECT id FROM work_package'),
        ACTIVITY_BACKFILL((e) => `(${e})::int`),
        ...FOLLOW.postgres(
          'member_activity',
          'work_package_event',
          ['member_id', 'kind', 'at'],
          ACTIVITY.postgres('-'),
          ACTIVITY.postgres('+'),
        ),
        ...FOLLOW.postgres(
          'wp_need_link',
          'work_package_requirement',
          [],
          NEEDS.postgres('OLD.work_package_id').join('; '),
          NEEDS.postgres('NEW.work_package_id').join('; '),
        ),
        `CREATE FUNCTION "wp_need_requirement"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           ${NEEDS.postgres(PACKAGES_OF('NEW.id')).join('; ')};
           RETURN NULL;
         END $$`,
        `CREATE TRIGGER "wp_need_requirement" AFTER UPDATE OF "required_certificates" ON "requirement" FOR EACH ROW EXECUTE FUNCTION "wp_need_requirement"()`,
        `CREATE FUNCTION "wp_need_package"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           IF TG_OP = 'DELETE' THEN DELETE FROM work_package_need WHERE work_package_id = OLD.id; RETURN NULL; END IF;
           IF TG_OP = 'INSERT' THEN ${NEEDS.postgres('NEW.id').join('; ')}; RETURN NULL; END IF;
           ${NEED_FOLLOWS_PACKAGE};
           RETURN NULL;
         END $$`,
        `CREATE TRIGGER "wp_need_package" AFTER INSERT OR DELETE OR UPDATE OF "member_id", "status", "window_end", "bid_id" ON "work_package" FOR EACH ROW EXECUTE FUNCTION "wp_need_package"()`,
        ...FOLLOW.postgres(
          'order_totals_invoice',
          'invoice',
          ['order_id', 'amount_minor'],
          sub('OLD', '-').invoice,
          sub('NEW', '+').invoice,
        ),
        ...FOLLOW.postgres(
          'order_totals_payment',
          'payment',
          ['invoice_id', 'amount_minor'],
          sub('OLD', '-').payment,
          sub('NEW', '+').payment,
        ),
        `CREATE FUNCTION "tender_stage_entered_at"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           IF NEW.entered_at IS NULL THEN
             NEW.entered_at := (SELECT p.at FROM tender_stage_transition p WHERE p.tender_id = NEW.tender_id AND p.id < NEW.id ORDER BY p.id DESC LIMIT 1);
           END IF;
           RETURN NEW;
         END $$`,
        `CREATE TRIGGER "tender_stage_entered_at" BEFORE INSERT ON "tender_stage_transition" FOR EACH ROW EXECUTE FUNCTION "tender_stage_entered_at"()`,
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectSql(queryRunner, {
      sqlite: [
        ...[
          'order_totals_invoice_insert',
          'order_totals_invoice_update',
          'order_totals_invoice_delete',
          'order_totals_payment_insert',
          'order_totals_payment_update',
          'order_totals_payment_delete',
          'tender_stage_entered_at',
          'wp_need_link_insert',
          'wp_need_link_update',
          'wp_need_link_delete',
          'wp_need_requirement',
          'wp_need_package_insert',
          'wp_need_package_update',
          'wp_need_package_delete',
          'member_activity_insert',
          'member_activity_update',
          'member_activity_delete',
        ].map((t) => `DROP TRIGGER "${t}"`),
        'DROP INDEX "ix_order_award"',
        'DROP INDEX "ix_ledger_member"',
        'CREATE INDEX "ix_order_award" ON "customer_order" ("award_date") ',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry" ("member_id", "id") ',
        'DROP INDEX "ix_wpe_at_kind_member"',
        'DROP TABLE "member_activity"',
        'CREATE INDEX "ix_wpe_member_kind_at" ON "work_package_event" ("member_id", "kind", "at") ',
        'DROP INDEX "ix_order_line_order"',
        'DROP INDEX "ix_tst_from_stage_at"',
        'DROP INDEX "ix_tender_deadline"',
        'CREATE INDEX "ix_tender_deadline" ON "tender" ("deadline") ',
        'ALTER TABLE "customer_order" DROP COLUMN "paid_minor"',
        'ALTER TABLE "customer_order" DROP COLUMN "invoiced_minor"',
        'ALTER TABLE "tender_stage_transition" DROP COLUMN "entered_at"',
        'DROP INDEX "ix_order_line_package"',
        'DROP INDEX "ix_wp_need_member_type"',
        'DROP TABLE "work_package_need"',
        'CREATE INDEX "ix_order_line_order" ON "order_line" ("order_id", "id") ',
        'CREATE INDEX "ix_tst_at_tender" ON "tender_stage_transition" ("at", "tender_id", "from_stage") ',
      ],
      postgres: [
        'DROP TRIGGER "order_totals_invoice" ON "invoice"',
        'DROP FUNCTION "order_totals_invoice"()',
        'DROP TRIGGER "order_totals_payment" ON "payment"',
        'DROP FUNCTION "order_totals_payment"()',
        'DROP TRIGGER "tender_stage_entered_at" ON "tender_stage_transition"',
        'DROP FUNCTION "tender_stage_entered_at"()',
        'DROP TRIGGER "wp_need_link" ON "work_package_requirement"',
        'DROP FUNCTION "wp_need_link"()',
        'DROP TRIGGER "wp_need_requirement" ON "requirement"',
        'DROP FUNCTION "wp_need_requirement"()',
        'DROP TRIGGER "wp_need_package" ON "work_package"',
        'DROP FUNCTION "wp_need_package"()',
        'DROP TRIGGER "member_activity" ON "work_package_event"',
        'DROP FUNCTION "member_activity"()',
        'DROP INDEX "public"."ix_order_award"',
        'DROP INDEX "public"."ix_ledger_member"',
        'CREATE INDEX "ix_order_award" ON "customer_order" ("award_date") ',
        'CREATE INDEX "ix_ledger_member" ON "royalty_ledger_entry" ("member_id", "id") ',
        'DROP INDEX "public"."ix_wpe_at_kind_member"',
        'DROP TABLE "member_activity"',
        'CREATE INDEX "ix_wpe_member_kind_at" ON "work_package_event" ("member_id", "kind", "at") ',
        'DROP INDEX "public"."ix_order_line_order"',
        'DROP INDEX "public"."ix_tst_from_stage_at"',
        'DROP INDEX "public"."ix_tender_deadline"',
        'CREATE INDEX "ix_tender_deadline" ON "tender" ("deadline") ',
        'ALTER TABLE "customer_order" DROP COLUMN "paid_minor"',
        'ALTER TABLE "customer_order" DROP COLUMN "invoiced_minor"',
        'ALTER TABLE "tender_stage_transition" DROP COLUMN "entered_at"',
        'DROP INDEX "public"."ix_order_line_package"',
        'DROP INDEX "public"."ix_wp_need_member_type"',
        'DROP TABLE "work_package_need"',
        'CREATE INDEX "ix_order_line_order" ON "order_line" ("order_id", "id") ',
        'CREATE INDEX "ix_tst_at_tender" ON "tender_stage_transition" ("at", "tender_id", "from_stage") ',
      ],
    });
  }
}
