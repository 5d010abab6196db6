/** One person of a roster with the line they came from (to place the API's problems) and their work e-mail. */
export interface RosterLine {
  readonly staffId: string;
  readonly email?: string;
  readonly line: number;
}

const unquote = (field: string) => field.trim().replace(/^"(.*)"$/, '$1');
const EMAIL_HEADER = /^(e-?mail|mail|email address|e-mail address|メール|メールアドレス)$/i;

/**
 * A roster pasted or read from a file: `staffId,email` per line (or just the id), a CSV whose first column is the
 * id, or ids separated by spaces. A header line (`staff_id,email`, `Staff ID`, `staff_id,name`) is skipped; with a
 * header, only a column it names as the e-mail is one (a `name` column is not); without one, the second field is
 * the e-mail and the API checks it. The same person on two lines is sent twice only when the addresses differ.
 */
export function parseRoster(text: string): RosterLine[] {
  const entries: RosterLine[] = [];
  const seen = new Set<string>();
  let emailColumn: number | undefined = 1;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '') return;
      if (/^"?staff[_ ]?id"?(,|$)/i.test(line)) {
        const at = line.split(',').findIndex((field, i) => i > 0 && EMAIL_HEADER.test(unquote(field)));
        emailColumn = at < 0 ? undefined : at;
        return;
      }
      const fields = line.includes(',') ? line.split(',').map(unquote) : line.split(/\s+/).map(unquote);
      const people = line.includes(',')
        ? [{ staffId: fields[0] ?? '', email: emailColumn === undefined ? '' : (fields[emailColumn] ?? '') }]
        : fields.map((staffId) => ({ staffId, email: '' }));
      for (const { staffId, email } of people) {
        const key = `${staffId}\n${email}`;
        if (staffId === '' || seen.has(key)) continue;
        seen.add(key);
        entries.push(email === '' ? { staffId, line: index + 1 } : { staffId, email, line: index + 1 });
      }
    });
  return entries;
}

/**
 * Staff ids from pasted text or a roster file: one per line (or several separated by spaces or tabs), the first
 * field of a CSV line, a `staff_id` header skipped, repeats dropped, order kept.
 */
export function parseStaffList(text: string): string[] {
  return [...new Set(parseRoster(text).map((entry) => entry.staffId))];
}
