import { translator } from '../../ui/i18n/translate';
import { en } from '../../ui/i18n/messages.en';
import { nb } from '../../ui/i18n/messages.nb';
import { type Blocker, type Caution, blockerText, cautionText } from './board-texts';
import type { BoardPackage } from './package-actions';

describe("the bid board's notes, in the reader's language", () => {
  it('says an over-committed firm with its hours and window, and an inactive one', () => {
    const over = {
      kind: 'OVER_COMMITTED',
      memberName: 'Al-Sveis AS',
      capabilityCode: 'WELD_TIG_AL',
      freeHours: 2100,
      hours: 8000,
      windowStart: '2027-03-01',
      windowEnd: '2027-05-30',
    } as Caution;
    expect(cautionText(over, translator(nb, 'nb'), 'nb')).toBe(
      'Al-Sveis AS har 2\u00a0100 t ledig i WELD_TIG_AL fra 01.03.2027 til 30.05.2027; pakken trenger 8\u00a0000 t, så bedriften blir overbooket med 5\u00a0900 t.',
    );
    expect(cautionText(over, translator(en, 'en'), 'en')).toBe(
      'Al-Sveis AS has 2,100 h free in WELD_TIG_AL from 1 Mar 2027 to 30 May 2027; the package needs 8,000 h, so the firm would be over-committed by 5,900 h.',
    );
    expect(cautionText({ kind: 'INACTIVE_MEMBER', memberName: 'Gamle AS' } as Caution, translator(nb, 'nb'), 'nb')).toBe(
      'Gamle AS er ikke aktivt medlem.',
    );
  });

  it('says what keeps a bid from READY, naming the package by its title and firm', () => {
    const packages = [{ id: 4, title: 'CNC_5AXIS: Braketter', member: { id: 2, name: 'Nammo Raufoss AS' } }] as BoardPackage[];
    const b = (x: Partial<Blocker>) => x as Blocker;
    expect(
      blockerText(
        b({ kind: 'REQUIREMENT_NOT_COVERED', label: 'Braketter', acceptedHours: 100, requiredHours: 400 }),
        packages,
        translator(nb, 'nb'),
      ),
    ).toBe('Kravet «Braketter» har 100 av 400 t godtatt.');
    expect(blockerText(b({ kind: 'PACKAGE_NOT_ACCEPTED', workPackageId: 4, status: 'COUNTERED' }), packages, translator(nb, 'nb'))).toBe(
      'Arbeidspakken «CNC_5AXIS: Braketter» (Nammo Raufoss AS) er ikke godtatt ennå (motbud).',
    );
    expect(blockerText(b({ kind: 'PACKAGE_NOT_ACCEPTED', workPackageId: 4, status: 'DRAFT' }), packages, translator(en, 'en'))).toBe(
      'The work package “CNC_5AXIS: Braketter” (Nammo Raufoss AS) is not accepted yet (draft).',
    );
    expect(blockerText(b({ kind: 'NOTHING_ACCEPTED' }), packages, translator(nb, 'nb'))).toBe('Ingen arbeidspakke er godtatt ennå.');
  });
});
