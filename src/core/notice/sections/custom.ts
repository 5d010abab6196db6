import { paragraph, section } from '../blocks.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';

/** The operator's own sections (call recording, disclaimers, voluntary provision), in the ledger's order. */
export function customSections(ctx: NoticeContext): NoticeSection[] {
  return ctx.ledger.notice.sections
    .filter((s) => ctx.applies(s.operators))
    .map((s) =>
      section(
        `custom-${s.id}`,
        ctx.t(s.title),
        s.body.map((text) => paragraph(ctx.t(text))),
      ),
    );
}
