// Japanese identity matching: the same name is written many ways (half-width kana in legacy systems, hiragana
// or katakana readings, a full-width space between family and given name, old kanji forms in family names).
// Every form folds to one key; two values match when their keys are equal.

/** Old and variant kanji common in family names, folded to the form in everyday use. */
const KANJI_VARIANTS: Readonly<Record<string, string>> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  邊: '辺',
  邉: '辺',
  齋: '斎',
  齊: '斉',
  濱: '浜',
  澤: '沢',
  櫻: '桜',
  廣: '広',
  德: '徳',
  眞: '真',
  國: '国',
  壽: '寿',
  嶋: '島',
  嶌: '島',
  條: '条',
  冨: '富',
  槇: '槙',
  瀨: '瀬',
  圓: '円',
  惠: '恵',
  龍: '竜',
};

/** Kana that old records write differently: ヰ/ヱ are now イ/エ; every dash-like mark in a reading is the long vowel ー. */
const KANA_VARIANTS: Readonly<Record<string, string>> = { ヰ: 'イ', ヱ: 'エ' };
const DASHES = /[-‐‑‒–—―−－ｰ]/g;

/** Hiragana (ぁ..ゖ, ゝ ゞ) to katakana, so a reading matches in either script. */
export function hiraganaToKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096\u309d\u309e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/**
 * The matching key of a personal name: NFKC (half-width kana to full-width, full-width letters to ASCII, U+3000
 * to a space), no spaces or middle dots, hiragana as katakana, old kanji and kana forms folded, letters lower-case.
 */
export function normalizeName(name: string): string {
  let text = name.normalize('NFKC');
  text = text.replace(/[\s・･.]/g, '');
  text = hiraganaToKatakana(text);
  text = text.replace(DASHES, 'ー');
  text = Array.from(text, (ch) => KANJI_VARIANTS[ch] ?? KANA_VARIANTS[ch] ?? ch).join('');
  return text.toLowerCase();
}

/** E-mail addresses compare case-insensitively (in practice every provider treats the local part so too). */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** Staff and employee numbers: full-width digits and letters as ASCII, no spaces, upper case. */
export function normalizeStaffNumber(value: string): string {
  return value.normalize('NFKC').replace(/\s/g, '').toUpperCase();
}

/** The 12 digits of a My Number (full-width digits, spaces and hyphens allowed), or undefined if it is not one. */
export function normalizeMyNumber(value: string): string | undefined {
  const digits = value.normalize('NFKC').replace(/[\s-]/g, '');
  if (!/^\d{12}$/.test(digits)) return undefined;
  return myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]) ? digits : undefined;
}

/** The check digit of the first 11 digits of a My Number (Ordinance on the Individual Number, Art. 5). */
export function myNumberCheckDigit(first11: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(first11[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

const ERAS: Readonly<Record<string, number>> = {
  明治: 1867,
  M: 1867,
  大正: 1911,
  T: 1911,
  昭和: 1925,
  S: 1925,
  平成: 1988,
  H: 1988,
  令和: 2018,
  R: 2018,
};

/**
 * A date of birth as YYYY-MM-DD: accepts 1985-04-01, 1985/4/1, 1985年4月1日, full-width digits and Japanese eras
 * (昭和60年4月1日, S60.4.1, 平成元年). Undefined when it is no valid date.
 */
export function normalizeBirthDate(value: string): string | undefined {
  const text = value.normalize('NFKC').replace(/\s/g, '').replace(/元年/, '1年');
  const era = /^(明治|大正|昭和|平成|令和|[MTSHR])(\d{1,2})[年./-](\d{1,2})[月./-](\d{1,2})日?$/i.exec(text);
  const western = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?$/.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (era) {
    const base = ERAS[era[1]!.toUpperCase()] ?? ERAS[era[1]!];
    if (base === undefined) return undefined;
    [year, month, day] = [base + Number(era[2]), Number(era[3]), Number(era[4])];
  } else if (western) {
    [year, month, day] = [Number(western[1]), Number(western[2]), Number(western[3])];
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
