import { addDays, type LocalDate, osloDate, osloStartOfDay } from '@app/core';
import { CertificateType } from '@app/members';
import {
  LossReason,
  Market,
  type RequiredCertificate,
  Requirement,
  Tender,
  TenderLot,
  TenderStage,
  TenderStageTransition,
} from '@app/tenders';
import type { Rng } from '../lib/rng';
import type { DatasetModule } from './dataset-module';

const S = TenderStage;

/** What later modules (bids, orders) need of each generated tender: shared.tenders. */
export interface TenderFact {
  id: number;
  stage: TenderStage;
  market: Market;
  currency: string;
  estimatedValueMinor: number | null;
  /** When the tender was registered (epoch ms). */
  openedAt: number;
  /** The tender's last stage move (epoch ms): the outcome for WON, LOST and WITHDRAWN. */
  lastMoveAt: number;
  /** When the tender was won, lost or withdrawn (epoch ms), else null. */
  decidedAt: number | null;
  requirements: { id: number; capabilityCode: string; hours: number; windowStart: LocalDate; windowEnd: LocalDate }[];
}

/** Final stage → the moves that lead there from IDENTIFIED (tender-stage.ts's state machine). */
const PATHS: Record<TenderStage, TenderStage[]> = {
  IDENTIFIED: [],
  QUALIFYING: [S.QUALIFYING],
  GO: [S.QUALIFYING, S.GO],
  NO_GO: [S.QUALIFYING, S.NO_GO],
  BID_IN_PREPARATION: [S.QUALIFYING, S.GO, S.BID_IN_PREPARATION],
  SUBMITTED: [S.QUALIFYING, S.GO, S.BID_IN_PREPARATION, S.SUBMITTED],
  WON: [S.QUALIFYING, S.GO, S.BID_IN_PREPARATION, S.SUBMITTED, S.WON],
  LOST: [S.QUALIFYING, S.GO, S.BID_IN_PREPARATION, S.SUBMITTED, S.LOST],
  WITHDRAWN: [S.QUALIFYING, S.GO, S.WITHDRAWN],
  CANCELLED: [S.QUALIFYING, S.CANCELLED],
};
const OPEN = new Set<TenderStage>([S.IDENTIFIED, S.QUALIFYING, S.GO, S.BID_IN_PREPARATION, S.SUBMITTED]);
const STAGE_WEIGHTS: [TenderStage, number][] = [
  [S.IDENTIFIED, 20],
  [S.QUALIFYING, 12],
  [S.GO, 6],
  [S.NO_GO, 10],
  [S.BID_IN_PREPARATION, 6],
  [S.SUBMITTED, 8],
  [S.WON, 10],
  [S.LOST, 16],
  [S.WITHDRAWN, 5],
  [S.CANCELLED, 7],
];
const MARKET_WEIGHTS: [Market, number][] = [
  [Market.DEFENCE, 35],
  [Market.PUBLIC_SECTOR, 25],
  [Market.MILITARY_AVIATION, 12],
  [Market.CIVIL_AVIATION, 13],
  [Market.OTHER, 15],
];
const BUYERS = [
  'Forsvarsmateriell',
  'Forsvarsbygg',
  'Nammo Raufoss AS',
  'Kongsberg Defence & Aerospace AS',
  'Statens vegvesen',
  'Bane NOR SF',
  'Norsk Luftambulanse AS',
  'Avinor AS',
  'NATO Support and Procurement Agency',
  'Patria Aviation Oy',
  'Saab AB',
  'Innlandet fylkeskommune',
];
const OBJECTS = ['Brakett', 'Kabinett', 'Profilsystem', 'Chassisdeler', 'Montasjerigg', 'Antennemast', 'Kjølekanal', 'Beholder', 'Panel'];
const LOSS_REASONS = Object.values(LossReason);
const CERTS_FOR_REQUIREMENTS = [CertificateType.ISO_9001, CertificateType.AQAP_2110, CertificateType.ISO_3834_2, CertificateType.EN_9100];

function requiredCertificates(rng: Rng): RequiredCertificate[] {
  const n = rng.weighted([
    [0, 50],
    [1, 35],
    [2, 15],
  ] as const);
  const out: RequiredCertificate[] = rng.sample(CERTS_FOR_REQUIREMENTS, n).map((type) => ({ type }));
  if (rng.chance(0.02)) out.push({ type: CertificateType.NADCAP, process: 'WELDING' });
  return out;
}

/**
 * Tenders across every stage and market, with lots, requirements and a stage history that the
 * state machine allows. Tender and lot ids are assigned here.
 */
export const tendersDataset: DatasetModule = {
  name: 'tenders',
  explicitIdTables: ['tender', 'tender_lot', 'requirement'],
  async build(ctx) {
    const rng = ctx.rng('tenders');
    const tenders: Partial<Tender>[] = [];
    const lots: Partial<TenderLot>[] = [];
    const requirements: Partial<Requirement>[] = [];
    const transitions: Partial<TenderStageTransition>[] = [];
    const anchorStart = osloStartOfDay(ctx.anchor).getTime();
    const day = 86_400_000;
    let lotId = 0;
    let requirementId = 0;
    const facts: TenderFact[] = [];
    for (let id = 1; id <= ctx.spec.tenders; id++) {
      const stage = rng.weighted(STAGE_WEIGHTS);
      const market = rng.weighted(MARKET_WEIGHTS);
      const open = OPEN.has(stage);
      const deadlineDay: LocalDate = open ? addDays(ctx.anchor, rng.int(3, 180)) : addDays(ctx.anchor, -rng.int(10, 1500));
      const deadline = rng.chance(0.05) ? null : new Date(osloStartOfDay(deadlineDay).getTime() + 12 * 3_600_000);
      // history: registered 20–200 days before the deadline (never after today), one move every 1–20 days
      const path = PATHS[stage];
      let at = Math.min(osloStartOfDay(deadlineDay).getTime() - rng.int(20, 200) * day, anchorStart - path.length * 20 * day);
      const createdAt = new Date(at);
      transitions.push({
        tenderId: id,
        fromStage: null,
        toStage: S.IDENTIFIED,
        at: createdAt,
        actorUserId: null,
        actorEmail: 'bench@localhost',
        reason: 'registered',
        lossReason: null,
        outcomeDate: null,
      });
      let from: TenderStage = S.IDENTIFIED;
      let lossReason: LossReason | null = null;
      for (const to of path) {
        at += rng.int(1, 20) * day;
        lossReason = to === S.LOST || to === S.WITHDRAWN ? rng.pick(LOSS_REASONS) : null;
        transitions.push({
          tenderId: id,
          fromStage: from,
          toStage: to,
          at: new Date(at),
          actorUserId: null,
          actorEmail: 'bench@localhost',
          reason: null,
          lossReason,
          // an outcome is dated on the day it was recorded here
          outcomeDate: to === S.WON || to === S.LOST ? osloDate(new Date(at)) : null,
        });
        from = to;
      }
      const currency = rng.weighted([
        ['NOK', 90],
        ['EUR', 8],
        ['SEK', 2],
      ] as const);
      const ocds = rng.chance(0.15);
      tenders.push({
        id,
        title: `${rng.pick(OBJECTS)} i aluminium, leveranse ${id}`,
        description: rng.chance(0.7) ? `Generated bench tender ${id}: machining, welding and surface treatment.` : null,
        buyerName: rng.pick(BUYERS),
        buyerIdentifier: rng.chance(0.5) ? `NO-ORG-${rng.int(900000000, 999999999)}` : null,
        market,
        source: ocds ? 'OCDS' : 'MANUAL',
        externalId: ocds ? `ocds-bench-${id}` : null,
        referenceUrl: ocds ? `https://tenders.example/ocds-bench-${id}` : null,
        deadline,
        estimatedValueMinor: rng.chance(0.1) ? null : rng.int(1_000, 2_000_000) * 10_000,
        currency,
        clearanceLevel:
          market === Market.DEFENCE && rng.chance(0.25)
            ? (rng.pick(['RESTRICTED', 'CONFIDENTIAL', 'SECRET'] as const) as Tender['clearanceLevel'])
            : null,
        exportControlled: market !== Market.PUBLIC_SECTOR && rng.chance(0.15),
        stage,
        stageChangedAt: new Date(at),
        winProbabilityBp: open && rng.chance(0.1) ? rng.int(5, 95) * 100 : null,
        lossReason,
        lossReasonText: lossReason ? 'Generated bench data' : null,
        responsibleUserId: null,
        notes: null,
        sourceReleaseDate: null,
        sourceHash: null,
        version: 1,
        createdAt,
        updatedAt: new Date(at),
      });
      const myLots: number[] = [];
      if (rng.chance(0.2)) {
        for (let k = 1, n = rng.int(2, 4); k <= n; k++) {
          lotId++;
          myLots.push(lotId);
          lots.push({
            id: lotId,
            tenderId: id,
            lotKey: String(k),
            title: `Delkontrakt ${k}`,
            description: null,
            estimatedValueMinor: rng.int(100, 500_000) * 10_000,
            currency,
          });
        }
      }
      const windowBase = deadline ? osloDate(deadline) : deadlineDay;
      const fact: TenderFact = {
        id,
        stage,
        market,
        currency,
        estimatedValueMinor: tenders[tenders.length - 1].estimatedValueMinor ?? null,
        openedAt: createdAt.getTime(),
        lastMoveAt: at,
        decidedAt: stage === S.WON || stage === S.LOST || stage === S.WITHDRAWN ? at : null,
        requirements: [],
      };
      facts.push(fact);
      for (
        let k = 0,
          n = rng.weighted([
            [0, 8],
            [1, 15],
            [2, 22],
            [3, 22],
            [4, 15],
            [5, 10],
            [6, 8],
          ] as const);
        k < n;
        k++
      ) {
        const windowStart = addDays(windowBase, rng.int(30, 90));
        const pieces = rng.chance(0.15);
        const certs = requiredCertificates(rng);
        requirementId++;
        const requirement: Partial<Requirement> = {
          id: requirementId,
          tenderId: id,
          lotId: myLots.length ? rng.pick(myLots) : null,
          capabilityCode: rng.pick(ctx.shared.capabilityCodes),
          description: `Requirement ${k + 1} of tender ${id}`,
          hours: rng.int(1, 100) * 40,
          quantity: pieces ? rng.int(10, 5000) : null,
          unit: pieces ? 'pieces' : null,
          windowStart,
          windowEnd: addDays(windowStart, rng.int(30, 365)),
          requiredCertificates: certs,
          mandatory: rng.chance(0.85),
          indivisible: rng.chance(0.1),
          draft: ocds && rng.chance(0.5),
          sourceItemId: ocds ? String(k + 1) : null,
          version: 1,
        };
        requirements.push(requirement);
        fact.requirements.push({
          id: requirementId,
          capabilityCode: requirement.capabilityCode!,
          hours: requirement.hours!,
          windowStart,
          windowEnd: requirement.windowEnd!,
        });
      }
    }
    await ctx.db.transaction(async (tx) => {
      await ctx.insert(tx, Tender, tenders);
      await ctx.insert(tx, TenderLot, lots);
      await ctx.insert(tx, Requirement, requirements);
      await ctx.insert(tx, TenderStageTransition, transitions);
    });
    ctx.shared.tenderIds = tenders.map((t) => t.id!);
    ctx.shared.tenders = facts;
    return {
      tender: tenders.length,
      tender_lot: lots.length,
      requirement: requirements.length,
      tender_stage_transition: transitions.length,
    };
  },
};
