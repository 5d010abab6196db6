// The text of a PDF that pdfkit wrote, read back the way a PDF reader does: every page's content stream
// (inflated), each text-showing operator decoded through its font's ToUnicode map. Enough to assert what a reply
// letter says; not a general PDF parser (no object streams, no encryption, which pdfkit does not write).
import { inflateSync } from 'node:zlib';

interface PdfObject {
  readonly dict: string;
  readonly stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    if (at < 0) {
      found.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    const start = (m.index ?? 0) + m[0].indexOf(body) + at + 'stream'.length;
    const first = text[start] === '\r' ? start + 2 : start + 1;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = pdf.subarray(first, first + length);
    found.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
  }
  return found;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1] ?? Number.NaN);
// Values may hold several code units with spaces between them (pdfkit writes ligatures as <0066 0066 0069>).
const utf16 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');

/** Code -> text from a ToUnicode CMap (bfchar pairs, bfrange with a start value or an array). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, dst] of (block[1] ?? '').matchAll(/<([0-9a-f]+)>\s*<([0-9a-f\s]+)>/gi)) {
      map.set(Number.parseInt(code ?? '0', 16), utf16(dst ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const body = block[1] ?? '';
    for (const [, lo, hi, dst] of body.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi)) {
      const from = Number.parseInt(lo ?? '0', 16);
      const to = Number.parseInt(hi ?? '0', 16);
      if ((dst ?? '').startsWith('[')) {
        const values = [...(dst ?? '').matchAll(/<([0-9a-f\s]+)>/gi)].map((v) => v[1] ?? '');
        values.forEach((v, i) => map.set(from + i, utf16(v)));
      } else {
        const base = Number.parseInt((dst ?? '<0>').slice(1, -1), 16);
        for (let code = from; code <= to; code++) map.set(code, String.fromCharCode(base + code - from));
      }
    }
  }
  return map;
}

/** Every page's text in order, one line per text object. */
export function pdfText(pdf: Uint8Array): string {
  const all = objects(Buffer.from(pdf));
  const lines: string[] = [];
  for (const page of [...all.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict))) {
    const resources = all.get(ref(page.dict, 'Resources'))?.dict ?? page.dict;
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map<string, Map<number, string>>();
    for (const [, name, id] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const cmap = all.get(ref(all.get(Number(id))?.dict ?? '', 'ToUnicode'))?.stream?.toString('latin1') ?? '';
      fonts.set(name ?? '', toUnicode(cmap));
    }
    const content = all.get(ref(page.dict, 'Contents'))?.stream?.toString('latin1') ?? '';
    let font = new Map<number, string>();
    for (const op of content.matchAll(/\/(\w+) [\d.]+ Tf|BT|(\[[^\]]*\]) TJ|<([0-9a-f]*)> Tj/gi)) {
      if (op[0] === 'BT') lines.push('');
      else if (op[1] !== undefined) font = fonts.get(op[1]) ?? new Map();
      else {
        const hex = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join('') : op[3];
        let text = '';
        for (let i = 0; i + 4 <= (hex ?? '').length; i += 4) {
          text += font.get(Number.parseInt((hex ?? '').slice(i, i + 4), 16)) ?? '';
        }
        lines[lines.length - 1] = `${lines.at(-1) ?? ''}${text}`;
      }
    }
  }
  return lines.join('\n');
}

/** For `includes` checks across line wraps: whitespace removed. */
export const squash = (text: string) => text.replace(/\s+/g, '');
