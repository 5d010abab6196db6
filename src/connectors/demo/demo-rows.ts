import { dateText, dayOf, monthText, YEAR } from './demo-dates.ts';
import {
  BANKS,
  DEPARTMENTS,
  FAMILY_NAMES,
  FEMALE_NAMES,
  HEALTH_RESULTS,
  INDUSTRIES,
  JOBS,
  MALE_NAMES,
  PLACES,
  QUALIFICATIONS,
  TOWNS,
} from './demo-names.ts';
import { type DemoPerson, type DemoSettings, demoPerson } from './demo-person.ts';
import type { DemoTableName } from './demo-schema.ts';
import { toHalfWidthKana, toHiragana } from './kana.ts';
import type { Prng } from './prng.ts';

export type Cell = string | number | null;
export type DemoBatch = Record<DemoTableName, Cell[][]>;

export function emptyBatch(): DemoBatch {
  return {
    client_companies: [],
    candidates: [],
    staff: [],
    employees: [],
    assignments: [],
    family_members: [],
    payroll: [],
    social_insurance: [],
    health_checks: [],
  };
}

/** Turns people into rows (columns in DEMO_TABLES order), numbering each table's ids as it goes. */
export class DemoRowWriter {
  private readonly next: Record<DemoTableName, number> = {
    client_companies: 1,
    candidates: 1,
    staff: 1,
    employees: 1,
    assignments: 1,
    family_members: 1,
    payroll: 1,
    social_insurance: 1,
    health_checks: 1,
  };
  private readonly asOf: number;

  constructor(
    private readonly settings: DemoSettings,
    /** HMAC-SHA-256 hex of a My Number, keyed outside the database. */
    private readonly hashMyNumber: (digits: string) => string,
    readonly companies: number,
  ) {
    this.asOf = dayOf(settings.asOf);
  }

  private id(table: DemoTableName): number {
    return this.next[table]++;
  }

  /** The client companies (synthetic names), written once before the people. */
  writeCompanies(batch: DemoBatch, prng: Prng): void {
    for (let i = 0; i < this.companies; i++) {
      const [prefecture, city] = prng.pick(PLACES);
      const name = `株式会社${prng.pick(TOWNS)}${prng.pick(INDUSTRIES)}サンプル${i + 1}`;
      batch.client_companies.push([this.id('client_companies'), name, prng.pick(INDUSTRIES), prefecture, city]);
    }
  }

  writePerson(batch: DemoBatch, index: number): void {
    const p = demoPerson(this.settings, index);
    if (p.kind === 'candidate') this.candidate(batch, p, this.asOf - p.prng.between(0, 5 * YEAR));
    else if (p.kind === 'staff') this.staff(batch, p);
    else this.employee(batch, p);
  }

  private candidate(batch: DemoBatch, p: DemoPerson, applied: number): number {
    const { prng } = p;
    const lastActivity = Math.min(this.asOf, applied + prng.between(0, YEAR));
    // Legacy imports: some readings are in half-width kana or hiragana.
    const style = prng.next();
    const kana = (text: string) => (style < 0.05 ? toHalfWidthKana(text) : style < 0.08 ? toHiragana(text) : text);
    const id = this.id('candidates');
    batch.candidates.push([
      id,
      p.email,
      p.family[0],
      p.given[0],
      kana(p.family[1]),
      kana(p.given[1]),
      p.birthDate,
      p.gender,
      p.postalCode,
      p.prefecture,
      p.city,
      p.addressLine,
      p.phone,
      prng.pick(JOBS),
      prng.chance(0.6) ? `面談実施。${prng.pick(JOBS)}の経験${prng.between(1, 15)}年。` : null,
      dateText(applied),
      dateText(lastActivity),
    ]);
    return id;
  }

  private staff(batch: DemoBatch, p: DemoPerson): void {
    const { prng } = p;
    const registered = this.asOf - prng.between(30, 10 * YEAR);
    const candidateId = prng.chance(0.5) ? this.candidate(batch, p, registered - prng.between(7, 60)) : null;
    const staffId = this.id('staff');
    let end: number | null = null;
    if (p.dispatched) {
      let start = registered + prng.between(0, 90);
      const first = start;
      const count = prng.between(1, 3);
      for (let i = 0; i < count && start <= this.asOf; i++) {
        const stop = start + prng.between(90, 540);
        const company = prng.between(1, this.companies);
        batch.assignments.push([
          this.id('assignments'),
          staffId,
          company,
          prng.pick(JOBS),
          prng.between(110, 250) * 10,
          prng.between(20, 40),
          dateText(start),
          dateText(stop),
        ]);
        end = stop;
        start = stop + prng.between(1, 60);
      }
      const last = Math.min(end ?? this.asOf, this.asOf);
      this.payroll(batch, prng, { staffId, employeeId: null }, last, 2);
      this.insurance(batch, p, { staffId, employeeId: null }, first, end !== null && end < this.asOf ? end : null);
      if (prng.chance(0.5)) this.health(batch, prng, { staffId, employeeId: null }, Math.max(first, last - YEAR), last);
    }
    batch.staff.push([
      staffId,
      p.number!,
      candidateId,
      p.email,
      p.family[0],
      p.given[0],
      p.family[1],
      p.given[1],
      p.birthDate,
      p.gender,
      p.postalCode,
      p.prefecture,
      p.city,
      p.addressLine,
      p.phone,
      prng.chance(0.7) ? prng.pick(QUALIFICATIONS) : null,
      p.dispatched ? this.bank(prng) : null,
      dateText(registered),
      end === null ? null : dateText(end),
    ]);
  }

  private employee(batch: DemoBatch, p: DemoPerson): void {
    const { prng } = p;
    const hired = Math.min(this.asOf - 30, p.birthDay + 22 * YEAR + prng.between(0, 10 * YEAR));
    const end =
      prng.chance(0.2) && hired + 31 < this.asOf
        ? prng.between(Math.max(hired + 30, this.asOf - 10 * YEAR), this.asOf - 1)
        : null;
    const employeeId = this.id('employees');
    batch.employees.push([
      employeeId,
      p.number!,
      p.email,
      p.family[0],
      p.given[0],
      p.family[1],
      p.given[1],
      p.birthDate,
      p.gender,
      p.postalCode,
      p.prefecture,
      p.city,
      p.addressLine,
      p.phone,
      this.bank(prng),
      prng.pick(DEPARTMENTS),
      prng.chance(0.5) ? `評価${prng.pick(['S', 'A', 'B', 'C'])}。` : null,
      dateText(hired),
      end === null ? null : dateText(end),
    ]);
    const owner = { staffId: null, employeeId };
    const members = [0, 0, 1, 1, 2, 2, 2, 3, 3, 3][prng.int(10)]!;
    for (let i = 0; i < members; i++) {
      const spouse = i === 0;
      const gender = spouse ? (p.gender === 'M' ? 'F' : 'M') : prng.chance(0.5) ? 'M' : 'F';
      const given = prng.pick(gender === 'M' ? MALE_NAMES : FEMALE_NAMES);
      const born = spouse
        ? p.birthDay + prng.between(-5 * YEAR, 5 * YEAR)
        : Math.min(this.asOf - 30, p.birthDay + prng.between(22 * YEAR, 40 * YEAR));
      const family = spouse && prng.chance(0.05) ? prng.pick(FAMILY_NAMES) : p.family;
      batch.family_members.push([
        this.id('family_members'),
        employeeId,
        spouse ? '配偶者' : '子',
        family[0],
        given[0],
        family[1],
        given[1],
        dateText(born),
        prng.chance(0.7) ? 1 : 0,
        dateText(Math.max(hired, born, (end ?? this.asOf) - prng.between(0, YEAR))),
      ]);
    }
    const last = end ?? this.asOf;
    this.payroll(batch, prng, owner, last, 3);
    this.insurance(batch, p, owner, hired, end);
    const checks = prng.between(1, 2);
    for (let i = 0; i < checks; i++)
      this.health(batch, prng, owner, Math.max(hired, last - (i + 1) * YEAR), last - i * YEAR);
  }

  private payroll(batch: DemoBatch, prng: Prng, owner: Owner, last: number, months: number): void {
    for (let m = months - 1; m >= 0; m--) {
      const day = last - m * 30 - 15;
      const hours = prng.between(80, 180);
      const gross = hours * prng.between(110, 300) * 10;
      const paid = day + 40;
      batch.payroll.push([
        this.id('payroll'),
        owner.staffId,
        owner.employeeId,
        monthText(day),
        hours,
        gross,
        Math.round(gross * 0.8),
        dateText(paid),
      ]);
    }
  }

  private insurance(batch: DemoBatch, p: DemoPerson, owner: Owner, acquired: number, lost: number | null): void {
    const digits = p.myNumber!;
    const { prng } = p;
    batch.social_insurance.push([
      this.id('social_insurance'),
      owner.staffId,
      owner.employeeId,
      this.hashMyNumber(digits),
      `********${digits.slice(8)}`,
      `${prng.digits(4)}-${prng.digits(6)}`,
      `${prng.digits(4)}-${prng.digits(6)}-${prng.digits(1)}`,
      dateText(acquired),
      lost === null ? null : dateText(lost),
    ]);
  }

  private health(batch: DemoBatch, prng: Prng, owner: Owner, from: number, to: number): void {
    const day = prng.between(Math.min(from, to), Math.max(from, to));
    const result = prng.pick(HEALTH_RESULTS);
    const notes = result === '異常なし' ? null : `${prng.pick(['血圧', '血糖', '肝機能', '脂質'])}の値に所見あり`;
    batch.health_checks.push([this.id('health_checks'), owner.staffId, owner.employeeId, dateText(day), result, notes]);
  }

  private bank(prng: Prng): string {
    return `${prng.pick(BANKS)} ${prng.pick(TOWNS)}支店 普通 ${prng.digits(7)}`;
  }
}

interface Owner {
  readonly staffId: number | null;
  readonly employeeId: number | null;
}
