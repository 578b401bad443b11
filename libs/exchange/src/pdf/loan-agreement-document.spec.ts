import { flat, pdfFontNames, pdfPageCount, pdfText } from '../../../brochures/src/pdf/testing/pdf-tools';
import { type LoanAgreementDocumentData, renderLoanAgreement } from './loan-agreement-document';

const long = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');

function data(language: 'nb' | 'en', overrides: Partial<LoanAgreementDocumentData> = {}): LoanAgreementDocumentData {
  return {
    language,
    date: '2026-12-06',
    networkName: 'TotAl-Fly',
    agreement: {
      id: 17,
      status: 'CONFIRMED',
      capabilityCode: 'CNC_5AXIS',
      capabilityName: 'CNC 5-akse',
      resource: 'STAFF',
      hours: 100,
      periodStart: '2026-11-01',
      periodEnd: '2027-01-31',
      pricePerHourOre: 98494,
      note: null,
    },
    lender: {
      name: 'Nammo Raufoss AS',
      orgNumber: '935648773',
      address: 'Raufoss',
      contact: null,
      confirmation: 'Bekreftet i TotAl-Fly 2026-12-06 av a@b.example',
    },
    borrower: { name: 'Čáhcevuotna Ŋuolla AS', orgNumber: null, address: null, contact: null, confirmation: null },
    terms: {
      version: 2,
      validFrom: '2026-12-01',
      boardDecision: 'Styrevedtak sak 14/26',
      pricingBasis: 'COST_PLUS',
      markupBp: 1250,
      nonSolicitationMonths: 6,
      nonSolicitationUntil: '2027-07-31',
      serviceFeeBp: 250,
      serviceFeePaidBy: 'BORROWER',
    },
    ...overrides,
  };
}

describe('loan agreement PDF', () => {
  it('is one page with the parties, the price, the terms and the non-solicitation clause, in the embedded DejaVu fonts', async () => {
    const { pdf } = await renderLoanAgreement(data('nb'));
    expect(await pdfPageCount(pdf)).toBe(1);
    const text = flat(await pdfText(pdf));
    for (const s of [
      'Låneavtale nr. 17',
      'Nammo Raufoss AS',
      'Čáhcevuotna Ŋuolla AS',
      'kr 984,94',
      'kr 98 494,00',
      'Versjon 2',
      'i 6 måneder etter',
      '31. juli 2027',
      'Ikke bekreftet i TotAl-Fly ennå',
    ])
      expect(text).toContain(s);
    expect((await pdfFontNames(pdf)).every((f) => /DejaVuSans/.test(f))).toBe(true);
  });

  it('prints a fixed table price as such in English', async () => {
    const { pdf } = await renderLoanAgreement(data('en', { terms: { ...data('en').terms, pricingBasis: 'TABLE', serviceFeeBp: 0 } }));
    const text = flat(await pdfText(pdf));
    expect(text).toContain("fixed price per hour in the terms' price table");
    expect(text).toContain("Association's service fee None");
    expect(text).toContain('NOK 984.94');
  });

  it('stays on one page however long the free texts are, and gives the same bytes for the same data', async () => {
    const d = data('nb', {
      agreement: { ...data('nb').agreement, note: long(400) },
      lender: { name: long(30), orgNumber: '935648773', address: long(50), contact: long(50), confirmation: long(40) },
      borrower: { name: long(30), orgNumber: '935648773', address: long(50), contact: long(50), confirmation: long(40) },
      terms: { ...data('nb').terms, boardDecision: long(60) },
    });
    const a = await renderLoanAgreement(d);
    expect(await pdfPageCount(a.pdf)).toBe(1);
    expect((await renderLoanAgreement(d)).pdf.equals(a.pdf)).toBe(true);
  });
});
