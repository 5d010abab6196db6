import { common } from './common.ts';
import { consoleShell } from './console-shell.ts';
import { privacyCenter } from './privacy-center.ts';

// One catalogue per area of the UI (each owned by the screens that use it); merged here.
const areas = [common, consoleShell, privacyCenter] as const;

type Area = (typeof areas)[number];
type KeysOf<A> = A extends { en: infer E } ? keyof E : never;
export type MessageKey = KeysOf<Area> & string;
export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = {
  en: Object.assign({}, ...areas.map((area) => area.en)),
  ja: Object.assign({}, ...areas.map((area) => area.ja)),
};
