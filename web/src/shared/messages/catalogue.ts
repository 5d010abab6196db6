/**
 * A message catalogue of one area of the UI, in both languages. Japanese must have every English key (the type
 * says so, and test/browser/catalogues.test.ts checks no value is empty), so no screen shows a raw key.
 * Placeholders are `{name}`.
 */
export function catalogue<const E extends Record<string, string>>(messages: {
  readonly en: E;
  readonly ja: { readonly [K in keyof E]: string };
}): { readonly en: E; readonly ja: { readonly [K in keyof E]: string } } {
  return messages;
}
