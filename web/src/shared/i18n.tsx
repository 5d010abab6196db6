import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { LOCALES, type Locale, MESSAGES, type MessageKey } from './messages/index.ts';

export type { Locale, MessageKey };

export interface I18n {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  /** The message in the current language, `{name}` placeholders filled from params. */
  readonly t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** A calendar date (YYYY-MM-DD or an ISO instant) shown in Japan time, as the locale writes dates. */
  readonly date: (value: string | undefined) => string;
  readonly dateTime: (value: string | undefined) => string;
  readonly yen: (amount: number) => string;
  readonly number: (value: number) => string;
}

const STORAGE_KEY = 'mamori.locale';
const Context = createContext<I18n | undefined>(undefined);

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'ja' || stored === 'en') return stored;
  const query = new URLSearchParams(location.search).get('lang');
  if (query === 'ja' || query === 'en') return query;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

const tag = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-GB');

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = MESSAGES[locale];
    const dateFormat = new Intl.DateTimeFormat(tag(locale), {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'Asia/Tokyo',
    });
    const dateTimeFormat = new Intl.DateTimeFormat(tag(locale), {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Tokyo',
    });
    const yenFormat = new Intl.NumberFormat(tag(locale), {
      style: 'currency',
      currency: 'JPY',
      currencyDisplay: 'narrowSymbol',
    });
    const numberFormat = new Intl.NumberFormat(tag(locale));
    // A bare date is a Japan calendar date: read it at Japan noon so no time zone moves it to another day.
    const parse = (value: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+09:00` : value);
    return {
      locale,
      setLocale,
      t: (key, params) =>
        (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
          params && name in params ? String(params[name]) : whole,
        ),
      date: (value) => (value ? dateFormat.format(parse(value)) : '—'),
      dateTime: (value) => (value ? dateTimeFormat.format(parse(value)) : '—'),
      yen: (amount) => yenFormat.format(amount),
      number: (value) => numberFormat.format(value),
    };
  }, [locale, setLocale]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (value === undefined) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** A button that switches between Japanese and English, labelled in the language it switches to. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const next = LOCALES.find((l) => l !== locale) ?? 'ja';
  return (
    <button
      type="button"
      className="language-switch"
      lang={next}
      title={t('common.switchLanguageLabel')}
      onClick={() => setLocale(next)}
      data-testid="language-switch"
    >
      {t('common.switchLanguage')}
    </button>
  );
}
