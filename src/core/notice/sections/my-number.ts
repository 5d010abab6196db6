import { list, paragraph, section } from '../blocks.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';

/** My Number: used only for number-related work (MN-1), and where questions go by scope (Pasona's basic policy). */
export function myNumberSection(ctx: NoticeContext): NoticeSection | undefined {
  const heldItems = ctx.ledger.dataItems.some((item) => item.flags.myNumber);
  const contacts = ctx.operators.flatMap((op) =>
    op.myNumberContacts.map((entry) => ({
      text: ctx.t(entry.scope),
      items:
        ctx.operators.length > 1
          ? [ctx.t(op.name), ...ctx.contactLines(entry.contact)]
          : ctx.contactLines(entry.contact),
    })),
  );
  if (!heldItems && contacts.length === 0) return undefined;
  return section('my-number', ctx.l('myNumber'), [
    ...(heldItems ? [paragraph(ctx.p('myNumberUse'))] : []),
    ...(contacts.length > 0 ? [paragraph(ctx.p('myNumberContacts')), list(contacts)] : []),
  ]);
}
