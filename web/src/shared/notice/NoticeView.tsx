import type { ReactNode } from 'react';
import { LinkedText } from './LinkedText.tsx';
import type { NoticeBlock, NoticeModel, NoticeSection } from './notice-model.ts';

/**
 * The notice model laid out as a document: numbered sections with a table of contents, paragraphs, lists,
 * label/value tables and tables. Every string is plain text rendered by React (never as HTML), so a notice
 * can be shown inside the page without trusting anything in it. Headings start at `level` (h2 by default).
 */
export function NoticeView({
  model,
  idPrefix = 'notice',
  level = 2,
}: {
  readonly model: NoticeModel;
  readonly idPrefix?: string;
  readonly level?: 2 | 3;
}) {
  const anchor = (section: NoticeSection) => `${idPrefix}-${section.id}`;
  return (
    <article className="ntc-doc" lang={model.langTag} data-testid="notice-document">
      {model.subtitle ? <p className="ntc-subtitle">{model.subtitle}</p> : null}
      <nav className="ntc-toc" aria-label={model.tableOfContents}>
        <Heading level={level} className="ntc-toc-title">
          {model.tableOfContents}
        </Heading>
        <ol>
          {model.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${anchor(section)}`}>{section.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {model.sections.map((section) => (
        <Section key={section.id} section={section} level={level} anchor={anchor(section)} idPrefix={idPrefix} />
      ))}
    </article>
  );
}

function Section({
  section,
  level,
  anchor,
  idPrefix,
}: {
  readonly section: NoticeSection;
  readonly level: number;
  readonly anchor: string;
  readonly idPrefix: string;
}) {
  return (
    <section className="ntc-section" id={anchor} aria-labelledby={`${anchor}-h`}>
      <Heading level={level} id={`${anchor}-h`}>
        {section.number ? <span className="ntc-number">{section.number}.</span> : null}
        {section.heading}
      </Heading>
      {section.blocks.map((block, index) => (
        // Blocks have no ids of their own; their order in a stored version never changes.
        // biome-ignore lint/suspicious/noArrayIndexKey: static content, never reordered
        <Block key={index} block={block} />
      ))}
      {section.subsections.map((sub) => (
        <Section
          key={sub.id}
          section={sub}
          level={Math.min(level + 1, 6)}
          anchor={`${idPrefix}-${section.id}-${sub.id}`}
          idPrefix={idPrefix}
        />
      ))}
    </section>
  );
}

function Block({ block }: { readonly block: NoticeBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <LinkedText text={block.text} />
        </p>
      );
    case 'note':
      return (
        <p className="ntc-note">
          <LinkedText text={block.text} />
        </p>
      );
    case 'signature':
      return (
        <div className="ntc-signature">
          {block.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static content, never reordered
        <li key={index}>
          <LinkedText text={item.text} />
          {item.items && item.items.length > 0 ? (
            <ul>
              {item.items.map((sub) => (
                <li key={sub}>
                  <LinkedText text={sub} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'fields':
      return (
        <div className="table-wrap">
          <table className="ntc-fields">
            {block.caption ? <caption>{block.caption}</caption> : null}
            <tbody>
              {block.fields.map((field, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat (several telephone numbers)
                <tr key={index}>
                  <th scope="row">{field.label}</th>
                  <td>
                    <Lines lines={field.value} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'table':
      // Several columns do not fit a phone: the table keeps readable columns and scrolls sideways instead,
      // in a named region reachable from the keyboard.
      return (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable from the keyboard
        <section className="table-wrap ntc-scroll" tabIndex={0} aria-label={block.caption ?? block.headers.join(' / ')}>
          <table className="ntc-table">
            {block.caption ? <caption>{block.caption}</caption> : null}
            <thead>
              <tr>
                {block.headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: static content, never reordered
                <tr key={index}>
                  {row.map((cell, cellIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td key={cellIndex}>
                      <Lines lines={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      );
  }
}

function Lines({ lines }: { readonly lines: readonly string[] }) {
  if (lines.length === 1) return <LinkedText text={lines[0] ?? ''} />;
  return (
    <>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static content, never reordered
        <span className="ntc-line" key={index}>
          <LinkedText text={line} />
        </span>
      ))}
    </>
  );
}

function Heading({
  level,
  id,
  className,
  children,
}: {
  readonly level: number;
  readonly id?: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const props = { ...(id ? { id } : {}), ...(className ? { className } : {}) };
  if (level <= 2) return <h2 {...props}>{children}</h2>;
  if (level === 3) return <h3 {...props}>{children}</h3>;
  if (level === 4) return <h4 {...props}>{children}</h4>;
  if (level === 5) return <h5 {...props}>{children}</h5>;
  return <h6 {...props}>{children}</h6>;
}
