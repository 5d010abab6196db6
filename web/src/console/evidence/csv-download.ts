/**
 * Downloads every entry matching the access log's filters as one CSV: the API answers at most 1,000 rows per
 * call with `x-next-after`, so the pages are fetched in turn (each download is itself logged as an export) and
 * joined, keeping the first page's byte-order mark and header. `onProgress` gets the rows so far.
 */
export async function downloadAccessLogCsv(
  query: URLSearchParams,
  options: { readonly signal: AbortSignal; readonly onProgress: (rows: number) => void },
): Promise<Blob> {
  const parts: string[] = [];
  let after: string | undefined;
  let rows = 0;
  for (;;) {
    const page = new URLSearchParams(query);
    page.set('format', 'csv');
    page.set('limit', '1000');
    if (after !== undefined) page.set('after', after);
    const response = await fetch(`/api/v1/access-log?${page.toString()}`, {
      credentials: 'same-origin',
      signal: options.signal,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    const lines = text.split('\r\n').filter((line, index, all) => !(index === all.length - 1 && line === ''));
    // Every page repeats the header (and the first carries the BOM): keep them once.
    parts.push(...(parts.length === 0 ? lines : lines.slice(1)));
    rows += lines.length - 1;
    options.onProgress(rows);
    after = response.headers.get('x-next-after') ?? undefined;
    if (after === undefined) break;
  }
  return new Blob([`${parts.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}

/** Hands a file to the browser's download. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
