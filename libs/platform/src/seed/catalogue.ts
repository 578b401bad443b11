import { CapabilityGroup } from '@app/members';

/** The seeded capability catalogue for aluminium and defence work. Rates are indicative NOK/hour. */
export const CATALOGUE: { code: string; group: CapabilityGroup; nameNb: string; nameEn: string; rateNok: number }[] = [
  { code: 'CNC_3AXIS', group: CapabilityGroup.MACHINING, nameNb: 'CNC-fresing, 3-akse', nameEn: 'CNC milling, 3-axis', rateNok: 850 },
  { code: 'CNC_5AXIS', group: CapabilityGroup.MACHINING, nameNb: 'CNC-fresing, 5-akse', nameEn: 'CNC milling, 5-axis', rateNok: 1150 },
  { code: 'CNC_TURNING', group: CapabilityGroup.MACHINING, nameNb: 'CNC-dreiing', nameEn: 'CNC turning', rateNok: 900 },
  {
    code: 'WELD_TIG_AL',
    group: CapabilityGroup.WELDING,
    nameNb: 'TIG-sveising av aluminium',
    nameEn: 'TIG welding of aluminium',
    rateNok: 800,
  },
  {
    code: 'WELD_MIG_AL',
    group: CapabilityGroup.WELDING,
    nameNb: 'MIG-sveising av aluminium',
    nameEn: 'MIG welding of aluminium',
    rateNok: 750,
  },
  {
    code: 'WELD_FSW',
    group: CapabilityGroup.WELDING,
    nameNb: 'Friksjonssveising (FSW)',
    nameEn: 'Friction stir welding (FSW)',
    rateNok: 1300,
  },
  { code: 'CASTING_SAND', group: CapabilityGroup.CASTING_EXTRUSION, nameNb: 'Sandstøping', nameEn: 'Sand casting', rateNok: 900 },
  { code: 'CASTING_DIE', group: CapabilityGroup.CASTING_EXTRUSION, nameNb: 'Pressstøping', nameEn: 'Die casting', rateNok: 950 },
  {
    code: 'EXTRUSION',
    group: CapabilityGroup.CASTING_EXTRUSION,
    nameNb: 'Ekstrudering av aluminiumsprofiler',
    nameEn: 'Aluminium extrusion',
    rateNok: 1000,
  },
  {
    code: 'SHEET_METAL',
    group: CapabilityGroup.SHEET_METAL,
    nameNb: 'Platearbeid og bukking',
    nameEn: 'Sheet metal forming',
    rateNok: 750,
  },
  { code: 'LASER_CUTTING', group: CapabilityGroup.SHEET_METAL, nameNb: 'Laserskjæring', nameEn: 'Laser cutting', rateNok: 900 },
  { code: 'ANODISING', group: CapabilityGroup.SURFACE_TREATMENT, nameNb: 'Anodisering', nameEn: 'Anodising', rateNok: 700 },
  { code: 'POWDER_COATING', group: CapabilityGroup.SURFACE_TREATMENT, nameNb: 'Pulverlakkering', nameEn: 'Powder coating', rateNok: 650 },
  { code: 'PAINTING', group: CapabilityGroup.SURFACE_TREATMENT, nameNb: 'Våtlakkering', nameEn: 'Wet painting', rateNok: 650 },
  {
    code: 'DESIGN_ENGINEERING',
    group: CapabilityGroup.ENGINEERING,
    nameNb: 'Konstruksjon og engineering',
    nameEn: 'Design and engineering',
    rateNok: 1100,
  },
  { code: 'INDUSTRIAL_DESIGN', group: CapabilityGroup.ENGINEERING, nameNb: 'Industridesign', nameEn: 'Industrial design', rateNok: 1100 },
  { code: 'PROTOTYPING', group: CapabilityGroup.ENGINEERING, nameNb: 'Prototyping', nameEn: 'Prototyping', rateNok: 1000 },
  {
    code: 'TOOLING',
    group: CapabilityGroup.ENGINEERING,
    nameNb: 'Verktøy, former og modeller',
    nameEn: 'Tooling, moulds and patterns',
    rateNok: 1000,
  },
  { code: 'ASSEMBLY', group: CapabilityGroup.ASSEMBLY_TEST, nameNb: 'Montasje', nameEn: 'Assembly', rateNok: 700 },
  {
    code: 'TESTING_INSPECTION',
    group: CapabilityGroup.ASSEMBLY_TEST,
    nameNb: 'Testing og inspeksjon',
    nameEn: 'Testing and inspection',
    rateNok: 950,
  },
  {
    code: 'NDT',
    group: CapabilityGroup.ASSEMBLY_TEST,
    nameNb: 'Ikke-destruktiv testing (NDT)',
    nameEn: 'Non-destructive testing (NDT)',
    rateNok: 1000,
  },
  { code: 'SIGNAGE', group: CapabilityGroup.OTHER, nameNb: 'Skilt og merking', nameEn: 'Signage and marking', rateNok: 650 },
  { code: 'PROJECT_MANAGEMENT', group: CapabilityGroup.OTHER, nameNb: 'Prosjektledelse', nameEn: 'Project management', rateNok: 1200 },
];

/** The statutes' dues table of 2006 (NOK); the top band is read as 51 or more employees. */
export const DUES_2006 = [
  { employeesMin: 1, employeesMax: 10, membershipFeeNok: 250, serviceFeeNok: 1250 },
  { employeesMin: 11, employeesMax: 50, membershipFeeNok: 250, serviceFeeNok: 2750 },
  { employeesMin: 51, employeesMax: null, membershipFeeNok: 250, serviceFeeNok: 4750 },
];
