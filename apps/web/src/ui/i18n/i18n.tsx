import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Lang } from '../format/money';
import { en } from './messages.en';
import { nb, type MessageKey } from './messages.nb';

export type { MessageKey };
const CATALOGUES = { nb, en } as const;
const STORED = 'tf.lang';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

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
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    document.documentElement.lang = l;
    try {
      localStorage.setItem(STORED, l);
    } catch {
      /* private mode: the choice lasts for the page */
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = CATALOGUES[lang];
    const t: Translate = (key, params) => {
      const text: string = messages[key];
      return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
    };
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
