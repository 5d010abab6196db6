import { field, fields, paragraph, section } from '../blocks.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';

/** Where enquiries, requests and complaints go: each operator's desk (RQ-1). */
export function complaintsSection(ctx: NoticeContext): NoticeSection {
  const group = ctx.operators.length > 1;
  return section('contact', ctx.l('contact'), [
    paragraph(ctx.p('contactIntro')),
    ...ctx.operators.map((op) =>
      fields(
        [
          field(ctx.l('operatorName'), ctx.t(op.name)),
          field(ctx.l('desk'), ctx.contactLines(op.complaintDesk)),
          field(ctx.l('administrator'), ctx.t(op.privacyAdministrator.title)),
        ],
        group ? ctx.t(op.name) : undefined,
      ),
    ),
  ]);
}
