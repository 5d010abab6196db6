import { REPORT_ITEM_KEYS, type ReportItems, type ReportKind, type ReportVersion } from './types.ts';

/**
 * What a new version of a report starts from: the newest version of the same report; else the newest of any
 * report of the incident (the confirmed report grows out of the preliminary one); else blank items with the
 * number of people as recorded.
 */
export function draftItems(reports: readonly ReportVersion[], kind: ReportKind, peopleAffected: number): ReportItems {
  const newest = (list: readonly ReportVersion[]) =>
    [...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.version - b.version).at(-1);
  const base = newest(reports.filter((r) => r.kind === kind)) ?? newest(reports);
  if (base) return { ...base.items };
  const blank = Object.fromEntries(REPORT_ITEM_KEYS.map((key) => [key, ''])) as unknown as ReportItems;
  return { ...blank, peopleAffected: String(peopleAffected) };
}

/** The nine entries as text to paste into the regulator's form, one numbered heading per item. */
export function formText(entries: readonly { readonly no: number; readonly label: string; readonly value: string }[]) {
  return entries.map((e) => `${e.no}. ${e.label}\n${e.value}`).join('\n\n');
}
