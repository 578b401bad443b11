/**
 * ILLUSTRATIVE DEMO DATA. The member names are the association's published list (2006); the
 * register does not say what each firm can do. Everything below (municipality, head count,
 * descriptions, capabilities, equipment, capacity, certificates) is invented to make the demo
 * work, and every firm that gets it is marked `illustrative`, so the API and the brochures label it.
 *
 * Certificate dates are days relative to the day of seeding, so that some are close to expiry
 * and one is expired whenever the demo is started.
 */
export interface IllustrativeProfile {
  municipality: string;
  employees: number;
  nb: string;
  en: string;
  /** Key equipment and level (optional), each in Norwegian and English: the brochure prints the one in its language. */
  caps: [code: string, hoursPerMonth: number, keyEquipment?: [nb: string, en: string], level?: [nb: string, en: string]][];
  certs: [type: string, validFromDays: number, validUntilDays: number, extra?: { level?: string; process?: string }][];
}

const ISO9001: IllustrativeProfile['certs'][number] = ['ISO_9001', -700, 600];

export const ILLUSTRATIVE_PROFILES: Record<string, IllustrativeProfile> = {
  'AWB Proma AS': {
    municipality: 'Gjøvik',
    employees: 28,
    nb: 'Mekanisk verksted med CNC-bearbeiding og montasje.',
    en: 'Mechanical workshop: CNC machining and assembly.',
    caps: [
      ['CNC_3AXIS', 600, ['Mazak VCN 530C', 'Mazak VCN 530C']],
      ['ASSEMBLY', 300],
    ],
    certs: [ISO9001],
  },
  'All Skilt AS': {
    municipality: 'Gjøvik',
    employees: 9,
    nb: 'Skilt, merking og profilering i aluminium.',
    en: 'Signs, marking and branding in aluminium.',
    caps: [
      ['SIGNAGE', 400],
      ['LASER_CUTTING', 120, ['Trumpf TruLaser 3030', 'Trumpf TruLaser 3030']],
    ],
    certs: [],
  },
  'Al-Sveis AS': {
    municipality: 'Vestre Toten',
    employees: 14,
    nb: 'Sveising av aluminium, TIG og MIG, for industri og forsvar.',
    en: 'Aluminium welding, TIG and MIG, for industry and defence.',
    caps: [
      [
        'WELD_TIG_AL',
        700,
        ['8 TIG-stasjoner, Fronius MagicWave', '8 TIG stations, Fronius MagicWave'],
        ['Sveisere sertifisert etter ISO 9606-2', 'Welders certified to ISO 9606-2'],
      ],
      ['WELD_MIG_AL', 500],
    ],
    certs: [['ISO_3834_2', -500, 900], ISO9001],
  },
  'Alutech AS': {
    municipality: 'Østre Toten',
    employees: 35,
    nb: 'Aluminiumskonstruksjoner: platearbeid, sveising og montasje.',
    en: 'Aluminium structures: sheet metal, welding and assembly.',
    caps: [
      ['SHEET_METAL', 800, ['Amada HG 2204 kantpresse', 'Amada HG 2204 press brake']],
      ['WELD_MIG_AL', 600],
      ['ASSEMBLY', 400],
    ],
    certs: [ISO9001, ['ISO_3834_3', -300, 700]],
  },
  'Edvind Hansen & Søn AS': {
    municipality: 'Vestre Toten',
    employees: 12,
    nb: 'Familieeid mekanisk verksted, dreiing og fresing.',
    en: 'Family-owned machine shop: turning and milling.',
    caps: [
      ['CNC_TURNING', 400, ['Okuma LB3000', 'Okuma LB3000']],
      ['CNC_3AXIS', 300],
    ],
    certs: [],
  },
  'Elart Metall AS': {
    municipality: 'Gjøvik',
    employees: 22,
    nb: 'Platebearbeiding, laserskjæring og pulverlakk.',
    en: 'Sheet metal work, laser cutting and powder coating.',
    caps: [
      ['LASER_CUTTING', 500, ['Bystronic ByStar Fiber 3015', 'Bystronic ByStar Fiber 3015']],
      ['SHEET_METAL', 500],
      ['POWDER_COATING', 300],
    ],
    certs: [ISO9001],
  },
  'CHS-Nor AS': {
    municipality: 'Vestre Toten',
    employees: 18,
    nb: 'Montasje og sluttkontroll av mekaniske systemer.',
    en: 'Assembly and final inspection of mechanical systems.',
    caps: [
      ['ASSEMBLY', 900],
      ['TESTING_INSPECTION', 300],
    ],
    certs: [ISO9001, ['AQAP_2110', -400, 220]],
  },
  'Hydro Aluminium Profiler AS': {
    municipality: 'Vestre Toten',
    employees: 180,
    nb: 'Ekstruderte aluminiumsprofiler og videreforedling.',
    en: 'Extruded aluminium profiles and fabrication.',
    caps: [
      ['EXTRUSION', 4000, ['2 ekstruderingspresser, 7 og 9 tommer', '2 extrusion presses, 7 and 9 inch']],
      ['CNC_3AXIS', 800],
      [
        'ANODISING',
        1200,
        ['Anodiseringslinje 7 m', 'Anodising line 7 m'],
        ['Anodisering type II og III (hard)', 'Anodising type II and III (hard)'],
      ],
    ],
    certs: [ISO9001, ['ISO_14001', -600, 800]],
  },
  'Hydro Aluminium Structures Raufoss AS': {
    municipality: 'Vestre Toten',
    employees: 140,
    nb: 'Bearbeidede og sveiste aluminiumsstrukturer.',
    en: 'Machined and welded aluminium structures.',
    caps: [
      ['WELD_FSW', 600, ['ESAB LEGIO FSW-celle', 'ESAB LEGIO FSW cell']],
      ['CNC_5AXIS', 900],
      ['ASSEMBLY', 700],
    ],
    certs: [ISO9001, ['EN_9100', -300, 700], ['ISO_3834_2', -300, 700]],
  },
  'Industriell Design & Teknologi AS': {
    municipality: 'Gjøvik',
    employees: 11,
    nb: 'Produktutvikling, industridesign og konstruksjon.',
    en: 'Product development, industrial design and engineering.',
    caps: [
      ['INDUSTRIAL_DESIGN', 500],
      [
        'DESIGN_ENGINEERING',
        600,
        ['Siemens NX, ANSYS', 'Siemens NX, ANSYS'],
        ['Fra konsept til produksjonsunderlag', 'From concept to production drawings'],
      ],
    ],
    certs: [ISO9001],
  },
  'Intek Engineering AS': {
    municipality: 'Vestre Toten',
    employees: 24,
    nb: 'Engineering og konstruksjon for forsvar og bilindustri.',
    en: 'Engineering for defence and automotive customers.',
    caps: [
      ['DESIGN_ENGINEERING', 1400, ['CATIA V5, FEM-analyse', 'CATIA V5, FEM analysis']],
      ['PROJECT_MANAGEMENT', 200],
    ],
    certs: [ISO9001, ['AQAP_2110', -500, 800], ['FACILITY_CLEARANCE', -400, 700, { level: 'CONFIDENTIAL' }]],
  },
  'Jemtland AS': {
    municipality: 'Østre Toten',
    employees: 16,
    nb: 'Stål- og aluminiumskonstruksjoner.',
    en: 'Steel and aluminium structures.',
    caps: [
      ['WELD_MIG_AL', 400],
      ['SHEET_METAL', 300],
    ],
    certs: [],
  },
  'Kapp Aluminium Tretum Offshore AS': {
    municipality: 'Østre Toten',
    employees: 30,
    nb: 'Aluminiumskonstruksjoner for offshore.',
    en: 'Aluminium structures for offshore.',
    caps: [
      ['WELD_TIG_AL', 600],
      ['WELD_MIG_AL', 800],
    ],
    certs: [['ISO_3834_2', -1200, -20], ISO9001],
  },
  'K8 Industriedesign AS': {
    municipality: 'Gjøvik',
    employees: 7,
    nb: 'Industridesign og prototyper.',
    en: 'Industrial design and prototypes.',
    caps: [
      ['INDUSTRIAL_DESIGN', 400],
      ['PROTOTYPING', 150, ['Stratasys F370', 'Stratasys F370']],
    ],
    certs: [],
  },
  'Lena Metall AS': {
    municipality: 'Østre Toten',
    employees: 19,
    nb: 'Platearbeid og sveising.',
    en: 'Sheet metal and welding.',
    caps: [
      ['SHEET_METAL', 500],
      ['WELD_MIG_AL', 300],
    ],
    certs: [ISO9001],
  },
  'Lena Tekniske Industrier AS': {
    municipality: 'Østre Toten',
    employees: 42,
    nb: 'Presisjonsbearbeiding i serie.',
    en: 'Precision machining in series.',
    caps: [
      ['CNC_3AXIS', 1000],
      ['CNC_TURNING', 800, ['Citizen L20 langdreiebenker', 'Citizen L20 sliding-head lathes']],
    ],
    certs: [ISO9001],
  },
  'Molstad Modell og Form AS': {
    municipality: 'Vestre Toten',
    employees: 8,
    nb: 'Modeller og former for støping.',
    en: 'Patterns and moulds for casting.',
    caps: [
      ['TOOLING', 350],
      ['CASTING_SAND', 200],
    ],
    certs: [],
  },
  'Motec AS': {
    municipality: 'Gjøvik',
    employees: 13,
    nb: 'Mekanikk og automasjon.',
    en: 'Mechanics and automation.',
    caps: [
      ['ASSEMBLY', 300],
      ['CNC_3AXIS', 250],
    ],
    certs: [],
  },
  'Mustad Longline AS': {
    municipality: 'Gjøvik',
    employees: 60,
    nb: 'Utstyr for linefiske; montasje og sveising.',
    en: 'Longline fishing equipment; assembly and welding.',
    caps: [
      ['ASSEMBLY', 700],
      ['WELD_MIG_AL', 300],
    ],
    certs: [ISO9001],
  },
  'Nammo Raufoss AS': {
    municipality: 'Vestre Toten',
    employees: 600,
    nb: 'Forsvarsindustri: presisjonsbearbeiding, testing og montasje.',
    en: 'Defence industry: precision machining, testing and assembly.',
    caps: [
      [
        'CNC_5AXIS',
        1600,
        ['DMG MORI DMU 80 monoBLOCK, 5-akset, 1 000 × 800 × 600 mm', 'DMG MORI DMU 80 monoBLOCK, 5-axis, 1,000 × 800 × 600 mm'],
        ['Serieproduksjon, toleranser ned til ±0,01 mm', 'Series production, tolerances to ±0.01 mm'],
      ],
      ['TESTING_INSPECTION', 800],
      ['ASSEMBLY', 1000],
    ],
    certs: [
      ISO9001,
      ['AQAP_2110', -600, 700],
      ['FACILITY_CLEARANCE', -500, 900, { level: 'SECRET' }],
      ['EXPORT_CONTROL', -400, 900],
      ['ISO_14001', -700, 25],
    ],
  },
  'Nor-Safe AS': {
    municipality: 'Gjøvik',
    employees: 10,
    nb: 'Sikkerhetsprodukter og montasje.',
    en: 'Safety products and assembly.',
    caps: [['ASSEMBLY', 250]],
    certs: [],
  },
  'Profil-Lakkering AS': {
    municipality: 'Vestre Toten',
    employees: 25,
    nb: 'Pulverlakkering og våtlakkering av profiler.',
    en: 'Powder coating and wet painting of profiles.',
    caps: [
      ['POWDER_COATING', 1200, ['Automatisk linje, deler opptil 7 m', 'Automatic line, parts up to 7 m']],
      ['PAINTING', 400],
    ],
    certs: [ISO9001, ['ISO_14001', -300, 500]],
  },
  'Raufoss Industrial Tools AS': {
    municipality: 'Vestre Toten',
    employees: 20,
    nb: 'Verktøy og former for industrien.',
    en: 'Tools and dies for industry.',
    caps: [
      ['TOOLING', 700, ['Sodick trådgnist', 'Sodick wire EDM']],
      ['CNC_5AXIS', 300, ['Hermle C 42 U', 'Hermle C 42 U']],
    ],
    certs: [ISO9001],
  },
  'Raufoss Technology & Industrial Management AS': {
    municipality: 'Vestre Toten',
    employees: 15,
    nb: 'FoU, prosjektledelse og koordinering (RTIM).',
    en: 'R&D, project management and coordination (RTIM).',
    caps: [
      ['PROJECT_MANAGEMENT', 500],
      ['DESIGN_ENGINEERING', 300],
    ],
    certs: [ISO9001, ['FACILITY_CLEARANCE', -200, 800, { level: 'CONFIDENTIAL' }]],
  },
  'Raufoss Technology AS': {
    municipality: 'Vestre Toten',
    employees: 300,
    nb: 'Aluminiumskomponenter for bilindustrien.',
    en: 'Aluminium components for the automotive industry.',
    caps: [
      ['CNC_3AXIS', 2000],
      ['ASSEMBLY', 1500, ['Robotiserte monteringslinjer', 'Robot assembly lines']],
      ['TESTING_INSPECTION', 500],
    ],
    certs: [ISO9001, ['ISO_14001', -500, 600]],
  },
  'Ring Mekanikk AS': {
    municipality: 'Ringsaker',
    employees: 26,
    nb: 'Maskinering av komplekse deler.',
    en: 'Machining of complex parts.',
    caps: [
      ['CNC_5AXIS', 700, ['Mazak VARIAXIS i-700', 'Mazak VARIAXIS i-700']],
      ['CNC_TURNING', 400],
    ],
    certs: [ISO9001, ['AQAP_2110', -300, 45]],
  },
  'Ringsaker Industriservice AS': {
    municipality: 'Ringsaker',
    employees: 17,
    nb: 'Industriservice og montasje.',
    en: 'Industrial service and assembly.',
    caps: [
      ['ASSEMBLY', 500],
      ['WELD_MIG_AL', 200],
    ],
    certs: [],
  },
  'Sagstuen AS': {
    municipality: 'Østre Toten',
    employees: 45,
    nb: 'Mekanisk industri: fresing, sveising og montasje.',
    en: 'Mechanical industry: milling, welding and assembly.',
    caps: [
      ['CNC_5AXIS', 600, ['Haas UMC-750', 'Haas UMC-750']],
      ['WELD_TIG_AL', 500],
      ['ASSEMBLY', 400],
    ],
    certs: [ISO9001, ['ISO_3834_2', -400, 700], ['AQAP_2110', -500, 20]],
  },
  'Scandic Markiser AS': {
    municipality: 'Gjøvik',
    employees: 12,
    nb: 'Markiser og solskjerming i aluminium.',
    en: 'Aluminium awnings and sun shading.',
    caps: [
      ['SHEET_METAL', 200],
      ['ASSEMBLY', 300],
    ],
    certs: [],
  },
  'Steertec Raufoss AS': {
    municipality: 'Vestre Toten',
    employees: 250,
    nb: 'Styresystemer for bilindustrien.',
    en: 'Steering systems for the automotive industry.',
    caps: [
      ['CNC_TURNING', 1500],
      ['ASSEMBLY', 1200],
    ],
    certs: [ISO9001],
  },
  'StirTech AS': {
    municipality: 'Vestre Toten',
    employees: 9,
    nb: 'Friksjonssveising (FSW) av aluminium.',
    en: 'Friction stir welding of aluminium.',
    caps: [['WELD_FSW', 300, ['FSW-portal 6 × 2 m', 'FSW gantry 6 × 2 m']]],
    certs: [['ISO_3834_2', -200, 800]],
  },
  'Tokvam AS': {
    municipality: 'Gjøvik',
    employees: 21,
    nb: 'Overflatebehandling: anodisering og lakk.',
    en: 'Surface treatment: anodising and coating.',
    caps: [
      ['ANODISING', 800, ['Hardanodisering, kar 4 m', 'Hard anodising, tank 4 m']],
      ['POWDER_COATING', 300],
    ],
    certs: [ISO9001, ['ISO_14001', -400, 700], ['AQAP_2110', -300, 600]],
  },
  'Toten Metall AS': {
    municipality: 'Østre Toten',
    employees: 23,
    nb: 'Sveising og platearbeid i aluminium og stål.',
    en: 'Welding and sheet metal in aluminium and steel.',
    caps: [
      ['WELD_TIG_AL', 400],
      ['SHEET_METAL', 400],
    ],
    certs: [['ISO_3834_3', -300, 500]],
  },
  'Totenprodukter AS': {
    municipality: 'Østre Toten',
    employees: 15,
    nb: 'Støping og bearbeiding av aluminium.',
    en: 'Aluminium casting and machining.',
    caps: [
      ['CASTING_SAND', 400],
      ['CASTING_DIE', 300],
      ['CNC_3AXIS', 200],
    ],
    certs: [ISO9001],
  },
  'Twin Protomek AS': {
    municipality: 'Vestre Toten',
    employees: 11,
    nb: 'Prototyper og småserier, 5-akse fresing.',
    en: 'Prototypes and short runs, 5-axis milling.',
    caps: [
      ['PROTOTYPING', 400],
      ['CNC_5AXIS', 350, ['DMG MORI DMU 50', 'DMG MORI DMU 50']],
    ],
    certs: [ISO9001],
  },
};
