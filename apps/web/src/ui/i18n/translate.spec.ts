import { en } from './messages.en';
import { type MessageKey, nb } from './messages.nb';
import { fillIn, translator } from './translate';

describe('the catalogue texts, filled in', () => {
  it('says one and many with the word that goes with the number, in both languages', () => {
    const t = { nb: translator(nb, 'nb'), en: translator(en, 'en') };
    expect(t.nb('tenders.daysLeft', { n: 1 })).toBe('1 dag igjen');
    expect(t.nb('tenders.daysLeft', { n: 3 })).toBe('3 dager igjen');
    expect(t.nb('tenders.daysLeft', { n: 0 })).toBe('0 dager igjen');
    expect(t.en('tenders.daysLeft', { n: 1 })).toBe('1 day left');
    expect(t.en('tenders.daysLeft', { n: 0 })).toBe('0 days left');
    expect(t.nb('suggest.eligibleCount', { n: 1 })).toBe('1 kvalifisert bedrift');
    expect(t.nb('suggest.eligibleCount', { n: 2 })).toBe('2 kvalifiserte bedrifter');
    expect(t.en('suggest.eligibleCount', { n: 1 })).toBe('1 eligible firm');
    expect(t.en('board.unpriced', { n: 1 })).toBe('1 package has no price and is left out of the total.');
    expect(t.en('board.unpriced', { n: 4 })).toBe('4 packages have no price and are left out of the total.');
    expect(t.nb('decisions.quorumMissing', { n: 1 })).toBe('Mangler én stemme for å være vedtaksført.');
    expect(t.nb('decisions.quorumMissing', { n: 2 })).toBe('Mangler 2 stemmer for å være vedtaksført.');
  });

  it('reads the number from a param already formatted for the reader', () => {
    expect(fillIn('{n} {n|bedrift|bedrifter}', { n: '1\u00a0830' }, 'nb')).toBe('1\u00a0830 bedrifter');
    expect(fillIn('{n} {n|firm|firms}', { n: '1,830' }, 'en')).toBe('1,830 firms');
    expect(fillIn('{n} {n|time|timer}', { n: '1,5' }, 'nb')).toBe('1,5 timer');
    expect(fillIn('{n} {n|time|timer}', { n: '1' }, 'nb')).toBe('1 time');
    // not a number: the other form, never a guess at "one"
    expect(fillIn('{n|one|other}', { n: 'many' }, 'en')).toBe('other');
  });

  it('fills params inside a chosen form, and leaves a param that was not given as written', () => {
    const text = '{shown|det nærmeste vises|de {shown} nærmeste vises}';
    expect(fillIn(text, { shown: 1 }, 'nb')).toBe('det nærmeste vises');
    expect(fillIn(text, { shown: 50 }, 'nb')).toBe('de 50 nærmeste vises');
    expect(fillIn('{n} {n|dag|dager} av {total}', { n: 2 }, 'nb')).toBe('2 dager av {total}');
    expect(fillIn('{n|dag|dager}', {}, 'nb')).toBe('{n|dag|dager}');
    expect(fillIn('Ingen {n}', undefined, 'nb')).toBe('Ingen {n}');
  });

  it('gives every text the same params in bokmål and English, and chooses forms only by params it names', () => {
    const PLURAL = /\{(\w+)\|(?:[^|{}]|\{\w+\})*\|(?:[^|{}]|\{\w+\})*\}/g;
    const paramsOf = (text: string) => {
      const plain = text.replace(PLURAL, (_w, name: string) => `{${name}}`);
      return [...new Set([...plain.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    };
    // texts that are the param of the reader's language ({nb} or {en}) differ by design
    const byLanguage = new Set<MessageKey>(['firm.capabilityName']);
    const differ: string[] = [];
    const stray: string[] = [];
    for (const key of Object.keys(nb) as MessageKey[]) {
      if (!byLanguage.has(key) && paramsOf(nb[key]).join() !== paramsOf(en[key]).join()) differ.push(key);
      // a `|` or a brace left over after the choices is a choice written wrong
      for (const [lang, text] of [
        ['nb', nb[key]],
        ['en', en[key]],
      ] as const) {
        const left = text.replace(PLURAL, '').replace(/\{\w+\}/g, '');
        if (/[{}]/.test(left)) stray.push(`${lang} ${key}`);
      }
    }
    expect(differ).toEqual([]);
    expect(stray).toEqual([]);
    // the checks above see the choices: the catalogue has them in both languages
    expect(Object.values(nb).filter((s) => s.match(PLURAL)).length).toBeGreaterThan(25);
    expect(Object.values(en).filter((s) => s.match(PLURAL)).length).toBeGreaterThan(25);
  });
});
