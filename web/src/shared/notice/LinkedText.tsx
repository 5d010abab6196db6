import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"'）)」、。]+)/g;

/**
 * Plain text with its web addresses as links. The text is never parsed as HTML: React escapes it, and only
 * http(s) addresses become `href`s, so nothing in the ledger can inject markup or a `javascript:` link.
 */
export function LinkedText({ text }: { readonly text: string }) {
  const parts = text.split(URL_PATTERN);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        // Odd parts are the captured addresses; positions are fixed for a given text.
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional parts of one string
          <a key={index} href={part} rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional parts of one string
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
