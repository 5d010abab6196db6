import type { JointUse } from '../../ledger/joint-use.ts';
import { field, fields, paragraph, section } from '../blocks.ts';
import { formatDate } from '../format.ts';
import type { LabelKey } from '../labels.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';

/** Joint use with every JU-1 item: items, scope of users, purposes, the responsible party, plus acquisition and contact. */
export function jointUseSection(ctx: NoticeContext): NoticeSection | undefined {
  const uses = ctx.ledger.jointUses.filter(
    (use) =>
      ctx.operatorId === undefined ||
      use.users.operators.length === 0 ||
      use.users.operators.includes(ctx.operatorId) ||
      use.responsible.operator === ctx.operatorId,
  );
  if (uses.length === 0) return undefined;
  return section(
    'joint-use',
    ctx.l('jointUse'),
    [paragraph(ctx.p('jointUseIntro'))],
    uses.map((use) => jointUseEntry(use, ctx)),
  );
}

function jointUseEntry(use: JointUse, ctx: NoticeContext): NoticeSection {
  const heading = use.name ? ctx.t(use.name) : ctx.join(ctx.categoryNames(use.categories));
  return section(`joint-use-${use.id}`, heading, [
    fields([
      field(ctx.l('category'), ctx.join(ctx.categoryNames(use.categories))),
      field(ctx.l('jointItems'), [
        ctx.join(ctx.itemNames(use.items)),
        ...(use.itemsNote ? [ctx.t(use.itemsNote)] : []),
      ]),
      field(ctx.l('jointUsers'), [
        ctx.t(use.users.description),
        ...(use.users.operators.length > 0 ? [ctx.join(ctx.operatorNames(use.users.operators))] : []),
        ...(use.users.excludesOverseas ? [ctx.p('excludesOverseas')] : []),
        ...(use.users.listUrl ? [use.users.listUrl] : []),
      ]),
      field(ctx.l('jointPurposes'), ctx.purposeTexts(use.purposes)),
      field(ctx.l('jointResponsible'), responsibleLines(use, ctx)),
      field(ctx.l('acquisition'), use.acquisition ? ctx.t(use.acquisition) : undefined),
      field(ctx.l('jointContact'), use.contact ? ctx.contactLines(use.contact) : undefined),
      field(ctx.l('startedOn'), use.startedOn ? formatDate(use.startedOn, ctx.lang) : undefined),
    ]),
  ]);
}

/** The responsible party's own fields win; an operator reference fills what is not written out. */
function responsibleLines(use: JointUse, ctx: NoticeContext): string[] {
  const op = ctx.ledger.operators.find((o) => o.id === use.responsible.operator);
  const { name, address, representative } = use.responsible;
  const lines: [LabelKey, string | undefined][] = [
    ['name', name ? ctx.t(name) : op ? ctx.t(op.name) : undefined],
    ['address', address ? ctx.t(address) : op ? ctx.address(op.address, op.postalCode) : undefined],
    [
      'representative',
      representative
        ? ctx.t(representative)
        : op
          ? ctx.person(op.representative.title, op.representative.name)
          : undefined,
    ],
  ];
  return lines.flatMap(([key, value]) => (value === undefined ? [] : [ctx.labelled(ctx.l(key), value)]));
}
