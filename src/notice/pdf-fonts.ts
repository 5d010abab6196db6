import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Sans JP from the npm package: covers Japanese and Latin text; pdfkit embeds only the glyphs used.
 * Fonts are selected by path, not by a registered alias: pdfkit's table restores the previous font by its
 * source, and an alias there would re-read and re-parse the 5 MB font for every cell.
 */
export const PDF_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
} as const;
