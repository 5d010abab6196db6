import { myNumberCheckDigit } from '../../core/dataset/normalize-identity.ts';
import { dateText, dayOf, YEAR } from './demo-dates.ts';
import { EMAIL_DOMAINS, FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, type NameEntry, PLACES, TOWNS } from './demo-names.ts';
import { Prng } from './prng.ts';

export type DemoKind = 'candidate' | 'staff' | 'employee';

/** Who person `index` of a demo dataset is: enough to find them again in tests and benchmarks. */
export interface DemoPerson {
  readonly index: number;
  readonly kind: DemoKind;
  /** Staff who have been on assignments (they have assignments, payroll and social insurance rows). */
  readonly dispatched: boolean;
  readonly family: NameEntry;
  readonly given: NameEntry;
  readonly gender: 'M' | 'F';
  readonly email: string;
  readonly birthDay: number;
  readonly birthDate: string;
  readonly phone: string;
  readonly postalCode: string;
  readonly prefecture: string;
  readonly city: string;
  readonly addressLine: string;
  /** Staff number (S…) or employee number (E…); candidates have none. */
  readonly number?: string;
  /** Staff who were dispatched, and employees: the plain 12 digits (the database only holds a hash and a mask). */
  readonly myNumber?: string;
  /** The rest of the person's draws (children rows) continue from here. */
  readonly prng: Prng;
}

export interface DemoSettings {
  readonly seed: number;
  /** The day the data is "as of" (YYYY-MM-DD): dates are drawn relative to it. */
  readonly asOf: string;
}

export const DEFAULT_DEMO_SETTINGS: DemoSettings = { seed: 20260401, asOf: '2026-04-01' };

/** Regenerates person `index`; the generator calls the same function, so both always agree. */
export function demoPerson(settings: DemoSettings, index: number): DemoPerson {
  const prng = Prng.forPerson(settings.seed, index);
  const roll = prng.next();
  const kind: DemoKind = roll < 0.25 ? 'candidate' : roll < 0.8 ? 'staff' : 'employee';
  const gender = prng.chance(0.5) ? 'M' : 'F';
  const family = prng.pick(FAMILY_NAMES);
  const given = prng.pick(gender === 'M' ? MALE_NAMES : FEMALE_NAMES);
  const asOf = dayOf(settings.asOf);
  const birthDay = asOf - prng.between(18 * YEAR, 65 * YEAR);
  const [prefecture, city] = prng.pick(PLACES);
  const domain = prng.pick(EMAIL_DOMAINS);
  let local = `${given[2]}.${family[2]}${index + 1}`;
  if (prng.chance(0.05)) local = local[0]!.toUpperCase() + local.slice(1); // some people type capitals
  const phone = `0${prng.pick(['9', '8', '7'])}0-${prng.digits(4)}-${prng.digits(4)}`;
  const postalCode = `${prng.between(100, 999)}-${prng.digits(4)}`;
  const addressLine = `${prng.pick(TOWNS)}${prng.between(1, 5)}丁目${prng.between(1, 30)}番${prng.between(1, 20)}号`;
  const number =
    kind === 'staff'
      ? `S${String(index + 1).padStart(7, '0')}`
      : kind === 'employee'
        ? `E${String(index + 1).padStart(7, '0')}`
        : undefined;
  const first11 = `${prng.between(1, 9)}${prng.digits(10)}`;
  const dispatched = kind === 'staff' && prng.chance(0.7);
  const myNumber =
    kind === 'candidate' || (kind === 'staff' && !dispatched) ? undefined : `${first11}${myNumberCheckDigit(first11)}`;
  return {
    index,
    kind,
    dispatched,
    family,
    given,
    gender,
    email: `${local}@${domain}`,
    birthDay,
    birthDate: dateText(birthDay),
    phone,
    postalCode,
    prefecture,
    city,
    addressLine,
    ...(number ? { number } : {}),
    ...(myNumber ? { myNumber } : {}),
    prng,
  };
}
