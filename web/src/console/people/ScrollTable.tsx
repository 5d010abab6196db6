import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone instead of squeezing its columns to a few characters. The
 * scrolling region is a named, focusable section, so it can be scrolled from the keyboard.
 */
export function ScrollTable({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable from the keyboard
    <section className="table-wrap ppl-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
