import { label } from './labels.ts';
import type { Block, NoticeModel, NoticeSection } from './notice-model.ts';
import { textRuns } from './text-runs.ts';

/** The notice as Markdown (GFM tables); user text is escaped so it can never become markup. */
export function renderMarkdown(model: NoticeModel): string {
  const out: string[] = [`# ${inline(model.title)}`];
  if (model.subtitle) out.push(inline(model.subtitle));
  out.push(`## ${inline(model.tableOfContents)}`);
  out.push(model.sections.map((s) => `${s.number ?? '1'}. ${inline(s.heading)}`).join('\n'));
  for (const s of model.sections) renderSection(s, 2, model, out);
  return `${out.join('\n\n')}\n`;
}

function renderSection(s: NoticeSection, level: number, model: NoticeModel, out: string[]): void {
  const number = s.number ? `${s.number}. ` : '';
  out.push(`${'#'.repeat(Math.min(level, 6))} ${number}${inline(s.heading)}`);
  for (const block of s.blocks) out.push(renderBlock(block, model));
  for (const sub of s.subsections) renderSection(sub, level + 1, model, out);
}

function renderBlock(block: Block, model: NoticeModel): string {
  switch (block.kind) {
    case 'paragraph':
      return inline(block.text);
    case 'note':
      return `> ${inline(block.text)}`;
    case 'signature':
      return block.lines.map(inline).join('\\\n');
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${index + 1}.` : '-';
          const indent = ' '.repeat(marker.length + 1);
          const nested = (item.items ?? []).map((sub) => `${indent}- ${inline(sub)}`);
          return [`${marker} ${inline(item.text)}`, ...nested].join('\n');
        })
        .join('\n');
    case 'fields': {
      const head = [label('fieldItem', model.lang), label('fieldValue', model.lang)];
      return withCaption(
        block.caption,
        tableRows(
          head,
          block.fields.map((f) => [[f.label], f.value]),
        ),
      );
    }
    case 'table':
      return withCaption(block.caption, tableRows(block.headers, block.rows));
  }
}

function withCaption(caption: string | undefined, table: string): string {
  return caption ? `**${inline(caption)}**\n\n${table}` : table;
}

function tableRows(headers: readonly string[], rows: readonly (readonly (readonly string[])[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(headers.map(inline)),
    line(headers.map(() => '---')),
    ...rows.map((row) => line(row.map((cell) => cell.map(inline).join('<br>')))),
  ].join('\n');
}

/** Escapes Markdown syntax in plain text; URLs become autolinks. */
export function inline(text: string): string {
  return textRuns(text)
    .map((run) => (run.kind === 'url' ? `<${run.text}>` : escapeMarkdown(run.text)))
    .join('')
    .replace(/\r?\n/g, ' ');
}

function escapeMarkdown(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>|#~&]/g, '\\$&');
  // A leading "-", "+" or "1." would start a list.
  return escaped.replace(/^(\s*)(?:([-+])|(\d+)\.)(?=\s)/, (_, space: string, sign?: string, digits?: string) =>
    sign ? `${space}\\${sign}` : `${space}${digits}\\.`,
  );
}
