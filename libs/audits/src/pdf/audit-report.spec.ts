import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToBuffer } from '@app/brochures';
// the project's PDF test helper (text by page, whitespace folded); brochures own it
import { flat, pdfFontNames, pdfPageCount, pdfText } from '../../../brochures/src/pdf/testing/pdf-tools';
import { type AuditReportData, renderAuditReport } from './audit-report';

const LONG = 'Sámi and Polish letters Č Ŋ Ŧ Ł stay intact. '.repeat(3);

function report(language: 'nb' | 'en', findings: number): AuditReportData {
  return {
    language,
    date: '2026-12-06',
    networkName: 'TotAl-Fly',
    audit: {
      id: 42,
      reported: true,
      supplierName: 'Kapp Aluminium Tretum Offshore AS, avdeling for overflatebehandling og sveising på Raufoss',
      scope: [
        { standard: 'AQAP 2110', clauses: ['8.4', '8.5.1', '8.7'] },
        { standard: 'ISO 3834-2', clauses: [] },
      ],
      plannedOn: '2026-11-20',
      doneOn: '2026-11-21',
      reportedOn: '2026-12-06',
      registeredOn: null,
      leadAuditor: 'Ingrid Østby',
      leadFirm: 'Nammo Raufoss AS',
      onBehalfOf: [
        { name: 'Nammo Raufoss AS', status: 'ACCEPTED' },
        { name: 'Sagstuen AS', status: 'ACCEPTED' },
        { name: 'Intek Engineering AS', status: 'DECLINED' },
      ],
      summary: `The quality system meets the requirements in scope except for the findings below. ${LONG}`,
    },
    findings: Array.from({ length: findings }, (_, i) => ({
      number: i + 1,
      standard: i % 2 ? 'ISO 3834-2' : 'AQAP 2110',
      clause: i % 2 ? '7.3' : '8.4.2',
      severity: i === 0 ? ('MAJOR' as const) : i % 3 ? ('MINOR' as const) : ('OBSERVATION' as const),
      description: `Finding number ${i + 1}: welding procedure qualification records are incomplete for batch ${1000 + i}. ${LONG}${i === 3 ? LONG.repeat(8) : ''}`,
      correctiveAction: i % 4 === 1 ? null : `Corrective action ${i + 1}: requalify and retrain.`,
      dueOn: i === 0 ? '2026-12-01' : '2027-01-15',
      closedOn: i % 5 === 2 ? '2026-12-05' : null,
      evidence: i % 5 === 2 ? `Evidence ${i + 1}: WPQR-2026-${i}` : null,
    })),
  };
}

describe('renderAuditReport', () => {
  it("prints every finding whole, over as many pages as it takes, in the brochures' embedded fonts", async () => {
    const data = report('en', 24);
    const out = await renderToBuffer(renderAuditReport, data);
    if (process.env.AUDIT_REPORT_PREVIEW) writeFileSync(join(process.env.AUDIT_REPORT_PREVIEW, 'audit-report-en.pdf'), out.pdf);
    expect(out.pages).toBeGreaterThan(2);
    expect(await pdfPageCount(out.pdf)).toBe(out.pages);
    expect((await pdfFontNames(out.pdf)).every((f) => /DejaVuSans/.test(f))).toBe(true);
    const text = flat(await pdfText(out.pdf));
    // a long supplier name and the longest description are wrapped, never cut
    expect(text).toContain(data.audit.supplierName);
    for (const f of data.findings) expect(text).toContain(`Finding ${f.number} ·`);
    expect(text).toContain(flat(data.findings[3].description));
    expect(text).toContain('Č Ŋ Ŧ Ł');
    expect(text).toContain('Intek Engineering AS (declined)');
    expect(text).toContain('Open — past its due date'); // finding 1 was due 2026-12-01
    expect(text).toContain('not given yet');
    // an open major finding: not in the register yet, and the certificate is not touched
    expect(text).toContain('Not recorded yet');
    expect(text).toContain(`Page ${out.pages} of ${out.pages}`);
  });

  it('gives the same bytes for the same data and date, and says everything in Norwegian for nb', async () => {
    const a = await renderToBuffer(renderAuditReport, report('nb', 4));
    const b = await renderToBuffer(renderAuditReport, report('nb', 4));
    if (process.env.AUDIT_REPORT_PREVIEW) writeFileSync(join(process.env.AUDIT_REPORT_PREVIEW, 'audit-report-nb.pdf'), a.pdf);
    expect(a.pdf.equals(b.pdf)).toBe(true);
    const text = flat(await pdfText(a.pdf));
    for (const s of [
      'Revisjonsrapport',
      'Utgitt 6. desember 2026',
      'Stort avvik',
      'Mindre avvik',
      'Observasjon',
      'Ikke registrert ennå',
      'Side 1 av',
    ])
      expect(text).toContain(s);
    expect(text).not.toMatch(/Finding \d|Major nonconformity|Page \d/);
  });

  it('refuses a date that is not a calendar date before writing anything', async () => {
    const bad = report('nb', 1);
    bad.findings[0].dueOn = '2026-02-30';
    await expect(renderToBuffer(renderAuditReport, bad)).rejects.toThrow(/findings\[0\]\.dueOn/);
  });
});
