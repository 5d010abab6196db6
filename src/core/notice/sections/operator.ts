import { field, fields, paragraph, section } from '../blocks.ts';
import { formatDate } from '../format.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';

/** Name, address and representative of each operator the notice speaks for (RQ-1). */
export function operatorSection(ctx: NoticeContext): NoticeSection {
  const group = ctx.operators.length > 1;
  const blocks = ctx.operators.map((op) =>
    fields(
      [
        field(ctx.l('name'), ctx.t(op.name)),
        field(ctx.l('address'), ctx.address(op.address, op.postalCode)),
        field(ctx.l('representative'), ctx.person(op.representative.title, op.representative.name)),
        op.certifications.length > 0
          ? field(
              ctx.l('certifications'),
              op.certifications.map((c) =>
                [
                  ctx.t(c.name),
                  ...(c.body ? [ctx.t(c.body)] : []),
                  ...(c.certifiedOn ? [formatDate(c.certifiedOn, ctx.lang)] : []),
                ].join(' / '),
              ),
            )
          : undefined,
        field(ctx.l('website'), op.website),
      ],
      group ? ctx.t(op.name) : undefined,
    ),
  );
  return section('operator', ctx.l('operator'), [...(group ? [paragraph(ctx.p('appliesTo'))] : []), ...blocks]);
}
