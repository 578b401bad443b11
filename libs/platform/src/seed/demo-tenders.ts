import { LossReason, Market, TenderStage } from '@app/tenders';

/** CPV code prefixes → catalogue capabilities, for drafting requirements from imports. */
export const CPV_MAPPINGS: { cpvPrefix: string; capabilityCode: string; note: string }[] = [
  { cpvPrefix: '34', capabilityCode: 'ASSEMBLY', note: 'Transport equipment and auxiliary products' },
  { cpvPrefix: '347', capabilityCode: 'CNC_5AXIS', note: 'Aircraft and spacecraft parts' },
  { cpvPrefix: '34928', capabilityCode: 'SIGNAGE', note: 'Road furniture and signs' },
  { cpvPrefix: '35', capabilityCode: 'ASSEMBLY', note: 'Security, fire-fighting, police and defence equipment' },
  { cpvPrefix: '354', capabilityCode: 'ASSEMBLY', note: 'Military vehicles and associated parts' },
  { cpvPrefix: '356', capabilityCode: 'CNC_5AXIS', note: 'Military aircraft, missiles and spacecraft parts' },
  { cpvPrefix: '42', capabilityCode: 'CNC_3AXIS', note: 'Industrial machinery' },
  { cpvPrefix: '426', capabilityCode: 'CNC_5AXIS', note: 'Machine tools' },
  { cpvPrefix: '44', capabilityCode: 'SHEET_METAL', note: 'Construction structures and materials' },
  { cpvPrefix: '442', capabilityCode: 'WELD_MIG_AL', note: 'Structural products' },
  { cpvPrefix: '50', capabilityCode: 'ASSEMBLY', note: 'Repair and maintenance services' },
  { cpvPrefix: '71', capabilityCode: 'DESIGN_ENGINEERING', note: 'Architectural, engineering and inspection services' },
];

/** A requirement's description is the buyer's own words, in the tender's language (printed as written). */
export interface DemoRequirement {
  code: string;
  hours: number;
  certs: string[];
  description: string;
  /** Delivery window as days from the seed day. */
  window: [number, number];
  mandatory?: boolean;
}

export interface DemoTender {
  key: string;
  title: string;
  description: string;
  buyerName: string;
  buyerIdentifier?: string;
  market: Market;
  valueMinor: number;
  currency?: string;
  deadlineDays: number;
  /** When it was registered (IDENTIFIED), in days from the seed day (negative: before it). */
  registeredDays: number;
  /**
   * The path of stages after IDENTIFIED, in order, each with the day it was moved (days from the
   * seed day): the demo's history carries its own dates, so a period that holds the seed day does
   * not show old outcomes. A move to WON or LOST is its outcome date (the award or the notice).
   */
  path: [TenderStage, number][];
  lossReason?: LossReason;
  lossReasonText?: string;
  winProbabilityBp?: number;
  requirements: DemoRequirement[];
}

const S = TenderStage;

/**
 * Demo tenders (illustrative). The first is the tracked-vehicle upgrade of the domain brief:
 * the Armed Forces' letter of intent for engineering and workshop services, here as phase 2,
 * waiting for the steering committee's go/no-go.
 */
export const DEMO_TENDERS: DemoTender[] = [
  {
    key: 'tracked-vehicles-2',
    title: 'Oppgradering av beltevogner, fase 2: engineering og verkstedtjenester',
    description:
      'Underleveranser av engineering og verkstedtjenester til oppgradering av Forsvarets beltevogner: konstruksjon, 5-akse maskinering, TIG-sveising etter ISO 3834-2, anodisering og montasje. AQAP 2110 for hovedleveransene. (Illustrative demo data.)',
    buyerName: 'Forsvaret (Forsvarsmateriell)',
    buyerIdentifier: 'NO-ORG-986105174',
    market: Market.DEFENCE,
    valueMinor: 9_600_000_00,
    deadlineDays: 45,
    registeredDays: -60,
    path: [[S.QUALIFYING, -40]],
    requirements: [
      {
        code: 'DESIGN_ENGINEERING',
        hours: 600,
        certs: ['AQAP_2110'],
        description: 'Konstruksjon av oppgraderingssettet (hovedleveranse)',
        window: [60, 150],
      },
      {
        code: 'CNC_5AXIS',
        hours: 1200,
        certs: ['ISO_9001'],
        description: '5-akset maskinering av braketter og hus i aluminium',
        window: [90, 240],
      },
      {
        code: 'WELD_TIG_AL',
        hours: 800,
        certs: ['ISO_3834_2'],
        description: 'TIG-sveising av aluminiumskonstruksjoner etter ISO 3834-2',
        window: [90, 240],
      },
      { code: 'ANODISING', hours: 300, certs: [], description: 'Hardanodisering av maskinerte deler', window: [120, 250] },
      {
        code: 'ASSEMBLY',
        hours: 500,
        certs: ['AQAP_2110'],
        description: 'Montasje og akseptansetest (hovedleveranse)',
        window: [180, 270],
      },
    ],
  },
  {
    key: 'tracked-vehicles-1',
    title: 'Oppgradering av beltevogner, fase 1 (intensjonsavtale)',
    description: 'Engineering og verkstedtjenester for oppgradering av beltevogner, fase 1. (Illustrative demo data.)',
    buyerName: 'Forsvaret (Forsvarsmateriell)',
    buyerIdentifier: 'NO-ORG-986105174',
    market: Market.DEFENCE,
    valueMinor: 16_000_000_00,
    deadlineDays: -300,
    registeredDays: -420,
    // won on the day the order was awarded (seedOrdersAndRoyalties: award date 290 days back)
    path: [
      [S.QUALIFYING, -400],
      [S.GO, -380],
      [S.BID_IN_PREPARATION, -370],
      [S.SUBMITTED, -301],
      [S.WON, -290],
    ],
    requirements: [],
  },
  {
    key: 'nh90-brackets',
    title: 'Aluminium brackets for NH90 helicopter maintenance',
    description: 'Machined and anodised brackets, NADCAP-accredited processes preferred. (Illustrative demo data.)',
    buyerName: 'Luftforsvaret',
    market: Market.MILITARY_AVIATION,
    valueMinor: 2_400_000_00,
    deadlineDays: 25,
    registeredDays: -50,
    path: [
      [S.QUALIFYING, -35],
      [S.GO, -20],
    ],
    winProbabilityBp: 4500,
    requirements: [
      { code: 'CNC_5AXIS', hours: 400, certs: ['ISO_9001'], description: 'Machined brackets', window: [40, 120] },
      { code: 'ANODISING', hours: 100, certs: [], description: 'Anodising', window: [60, 130] },
    ],
  },
  {
    key: 'base-signage',
    title: 'Skilt og merking for Forsvarets baser',
    description: 'Skilt i aluminium for baser i Innlandet. (Illustrative demo data.)',
    buyerName: 'Forsvarsbygg',
    market: Market.PUBLIC_SECTOR,
    valueMinor: 850_000_00,
    deadlineDays: 70,
    registeredDays: -10,
    path: [],
    requirements: [{ code: 'SIGNAGE', hours: 300, certs: [], description: 'Skilt i aluminium', window: [90, 150] }],
  },
  {
    key: 'hangar-profiles',
    title: 'Aluminiumsprofiler til flyhangar, Gardermoen',
    description: 'Profiler og konstruksjoner til ny hangar. (Illustrative demo data.)',
    buyerName: 'Avinor',
    market: Market.CIVIL_AVIATION,
    valueMinor: 4_200_000_00,
    deadlineDays: -60,
    registeredDays: -200,
    path: [
      [S.QUALIFYING, -180],
      [S.GO, -160],
      [S.BID_IN_PREPARATION, -150],
      [S.SUBMITTED, -61],
      [S.LOST, -30],
    ],
    lossReason: LossReason.PRICE,
    lossReasonText: 'Winner about 12 % below our price.',
    requirements: [],
  },
  {
    key: 'nspa-brackets',
    title: 'Machined aluminium parts for NATO logistics (NSPA)',
    description: 'Tender in euro: reported separately, never summed into NOK. (Illustrative demo data.)',
    buyerName: 'NATO Support and Procurement Agency',
    market: Market.DEFENCE,
    valueMinor: 750_000_00,
    currency: 'EUR',
    deadlineDays: -10,
    registeredDays: -120,
    path: [
      [S.QUALIFYING, -100],
      [S.GO, -80],
      [S.BID_IN_PREPARATION, -70],
      [S.SUBMITTED, -11],
    ],
    requirements: [],
  },
];
