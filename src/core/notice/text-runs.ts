/** A piece of notice text: plain, or a URL that renderers turn into a link. */
export interface TextRun {
  readonly kind: 'text' | 'url';
  readonly text: string;
}

const URL = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g;

/** Splits text into plain runs and URL runs; trailing sentence punctuation stays outside the URL. */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(URL)) {
    const url = match[0].replace(/[.,;:!?')\]]+$/, '');
    const start = match.index;
    if (start > last) runs.push({ kind: 'text', text: text.slice(last, start) });
    runs.push({ kind: 'url', text: url });
    last = start + url.length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}
