/** One line of a diff: kept, removed from the old text or added in the new one; `gap` stands for skipped lines. */
export type DiffLine =
  | { readonly kind: 'same' | 'removed' | 'added'; readonly text: string; readonly key: string }
  | { readonly kind: 'gap'; readonly key: string };

/**
 * Line diff of two texts (longest common subsequence), reduced to the changed lines with `context` lines
 * around each change. Notices are a few hundred lines, so the quadratic table is small.
 */
export function lineDiff(before: string, after: string, context = 1): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const all: { kind: 'same' | 'removed' | 'added'; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      all.push({ kind: 'same', text: a[i] ?? '' });
      i++;
      j++;
    } else if (
      i < a.length &&
      (j >= b.length || (table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0))
    ) {
      // Removed lines first, as diffs are read: what was there, then what replaces it.
      all.push({ kind: 'removed', text: a[i] ?? '' });
      i++;
    } else {
      all.push({ kind: 'added', text: b[j] ?? '' });
      j++;
    }
  }
  const keep = all.map(() => false);
  all.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(all.length - 1, index + context); k++) keep[k] = true;
  });
  const out: DiffLine[] = [];
  all.forEach((line, index) => {
    if (keep[index]) out.push({ ...line, key: `${index}` });
    else if (out.at(-1)?.kind !== 'gap' && out.length > 0) out.push({ kind: 'gap', key: `gap-${index}` });
  });
  if (out.at(-1)?.kind === 'gap') out.pop();
  return out.some((line) => line.kind === 'added' || line.kind === 'removed') ? out : [];
}
