import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../format/money';
import { type Messages, nb, type MessageKey } from './messages.nb';
import { type Translate, translator } from './translate';

export type { MessageKey, Translate };
const STORED = 'tf.lang';

/**
 * Bokmål is in the first load; English is fetched the first time someone chooses it (or their
 * stored language is English), so the console's first load does not carry both catalogues.
 */
const catalogues: Partial<Record<Lang, Messages>> = { nb };
let english: Promise<Messages> | null = null;
function loadCatalogue(lang: Lang): Promise<Messages> {
  if (catalogues[lang]) return Promise.resolve(catalogues[lang]!);
  english ??= import('./messages.en').then((m) => (catalogues.en = m.en));
  return english;
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const Ctx = createContext<I18n | null>(null);

/** The language before anyone signs in: the last one chosen in this browser (not a secret), else bokmål. */
export function initialLang(): Lang {
  try {
    return localStorage.getItem(STORED) === 'en' ? 'en' : 'nb';
  } catch {
    return 'nb';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState<Lang>(initialLang);
  // the language shown: the one wanted once its catalogue is here (bokmål until then)
  const [lang, setLangState] = useState<Lang>(() => (catalogues[wanted] ? wanted : 'nb'));
  useEffect(() => {
    let current = true;
    void loadCatalogue(wanted).then(() => {
      if (!current) return;
      setLangState(wanted);
      document.documentElement.lang = wanted;
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  const setLang = useCallback((l: Lang) => {
    setWanted(l);
    try {
      localStorage.setItem(STORED, l);
    } catch {
      /* private mode: the choice lasts for the page */
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const t = translator(catalogues[lang] ?? nb, catalogues[lang] ? lang : 'nb');
    return { lang, setLang, t };
  }, [lang, setLang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

/** Shorthand: the translate function. */
export function useT(): Translate {
  return useI18n().t;
}
