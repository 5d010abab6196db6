import type { Block, NoticeModel, NoticeSection } from './notice-model.ts';
import { textRuns } from './text-runs.ts';

const STYLE = `
body{margin:0;font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP","Yu Gothic",Meiryo,sans-serif;
line-height:1.75;color:#1f2328;background:#fff}
header,nav,main{max-width:52rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:2rem}h1{font-size:1.8rem;margin:0 0 .25rem}.subtitle{color:#57606a;margin:0 0 1.5rem}
h2{font-size:1.35rem;border-bottom:2px solid #d0d7de;padding-bottom:.25rem;margin-top:2.5rem}
h3{font-size:1.1rem;margin-top:1.75rem}h4,h5,h6{font-size:1rem;margin-top:1.25rem}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.95rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #d0d7de;padding:.4rem .6rem;text-align:left;vertical-align:top}
thead th,.fields th{background:#f6f8fa}.fields th{width:30%}
.note{color:#57606a;font-size:.95rem}.signature{text-align:right}
a{color:#0a58ca;overflow-wrap:anywhere}a:focus-visible{outline:3px solid #fd7e14;outline-offset:2px}
@media print{nav{display:none}a{color:inherit}}
`;

/**
 * The notice as one self-contained, accessible HTML document: `lang` set, headings in order, tables with
 * `<th scope>`, an inline stylesheet and no external resources. All text is escaped.
 */
export function renderHtml(model: NoticeModel): string {
  const ids = new Set<string>();
  const uniqueId = (id: string) => {
    let candidate = `s-${id}`;
    for (let n = 2; ids.has(candidate); n++) candidate = `s-${id}-${n}`;
    ids.add(candidate);
    return candidate;
  };
  const sectionIds = model.sections.map((s) => uniqueId(s.id));
  const toc = model.sections
    .map((s, i) => `<li><a href="#${sectionIds[i]}">${escapeHtml(s.heading)}</a></li>`)
    .join('');
  const body = model.sections.map((s, i) => renderSection(s, 2, sectionIds[i] ?? uniqueId(s.id), uniqueId)).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(model.langTag)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(model.title)}</h1>
${model.subtitle ? `<p class="subtitle">${escapeHtml(model.subtitle)}</p>` : ''}
</header>
<nav aria-labelledby="toc">
<h2 id="toc">${escapeHtml(model.tableOfContents)}</h2>
<ol>${toc}</ol>
</nav>
<main>
${body}
</main>
</body>
</html>
`;
}

function renderSection(s: NoticeSection, level: number, id: string, uniqueId: (id: string) => string): string {
  const h = `h${Math.min(level, 6)}`;
  const number = s.number ? `${escapeHtml(s.number)}. ` : '';
  const parts = [
    `<section aria-labelledby="${id}">`,
    `<${h} id="${id}">${number}${escapeHtml(s.heading)}</${h}>`,
    ...s.blocks.map(renderBlock),
    ...s.subsections.map((sub) => renderSection(sub, level + 1, uniqueId(sub.id), uniqueId)),
    '</section>',
  ];
  return parts.join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${text(block.text)}</p>`;
    case 'note':
      return `<p class="note">${text(block.text)}</p>`;
    case 'signature':
      return `<p class="signature">${block.lines.map(text).join('<br>')}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => {
        const nested = item.items?.length
          ? `<ul>${item.items.map((sub) => `<li>${text(sub)}</li>`).join('')}</ul>`
          : '';
        return `<li>${text(item.text)}${nested}</li>`;
      });
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'fields': {
      const rows = block.fields.map((f) => `<tr><th scope="row">${text(f.label)}</th><td>${lines(f.value)}</td></tr>`);
      return `<table class="fields">${caption(block.caption)}<tbody>${rows.join('')}</tbody></table>`;
    }
    case 'table': {
      const head = block.headers.map((h) => `<th scope="col">${text(h)}</th>`).join('');
      const rows = block.rows.map(
        (row) =>
          `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${lines(cell)}</th>` : `<td>${lines(cell)}</td>`)).join('')}</tr>`,
      );
      return `<table>${caption(block.caption)}<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    }
  }
}

const caption = (value: string | undefined) => (value ? `<caption>${text(value)}</caption>` : '');
const lines = (values: readonly string[]) => values.map(text).join('<br>');

/** Escaped text with URLs as links. */
function text(value: string): string {
  return textRuns(value)
    .map((run) =>
      run.kind === 'url' ? `<a href="${escapeHtml(run.text)}">${escapeHtml(run.text)}</a>` : escapeHtml(run.text),
    )
    .join('');
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
