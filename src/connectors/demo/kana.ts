const FULL =
  'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
const HALF = 'ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
const TO_HALF = new Map<string, string>([...FULL].map((ch, i) => [ch, HALF[i]!]));
TO_HALF.set('\u3099', 'ﾞ').set('\u309a', 'ﾟ').set('　', ' ');

/** Full-width katakana as the half-width kana legacy systems store (ガ becomes ｶﾞ). */
export function toHalfWidthKana(text: string): string {
  return Array.from(text.normalize('NFD'), (ch) => TO_HALF.get(ch) ?? ch).join('');
}

/** Katakana as hiragana. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}
