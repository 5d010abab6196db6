import type { Recipient } from '../../ledger/recipient.ts';
import { field, fields, list, paragraph, section } from '../blocks.ts';
import { BASIS_LABELS, ROUTE_LABELS } from '../enum-labels.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';

/** Third-party provision: the statement, each active recipient, and the Art. 27(1) exceptions relied on. */
export function provisionSection(ctx: NoticeContext): NoticeSection {
  const { thirdPartyProvision } = ctx.ledger;
  const recipients = ctx.ledger.recipients.filter((r) => r.status === 'active' && ctx.applies(r.operators));
  const exceptions = thirdPartyProvision.exceptions.map((e) => ctx.t(BASIS_LABELS[e]));
  const subsections = [
    ...(recipients.length > 0
      ? [
          section(
            'provision-recipients',
            ctx.l('recipients'),
            [paragraph(ctx.p('recipientsIntro'))],
            recipients.map((r) => recipientSection(r, ctx)),
          ),
        ]
      : []),
    ...(exceptions.length > 0
      ? [
          section('provision-exceptions', ctx.l('exceptions'), [
            paragraph(ctx.p('exceptionsIntro')),
            list(exceptions, true),
          ]),
        ]
      : []),
  ];
  const statement = thirdPartyProvision.statement
    ? ctx.t(thirdPartyProvision.statement)
    : ctx.p(exceptions.length > 0 ? 'provisionStatement' : 'provisionStatementNoExceptions');
  return section('provision', ctx.l('provision'), [paragraph(statement)], subsections);
}

function recipientSection(recipient: Recipient, ctx: NoticeContext): NoticeSection {
  const atRecipient =
    recipient.purposesAtRecipient.length > 0
      ? recipient.purposesAtRecipient.map(ctx.t)
      : ctx.purposeTexts(recipient.purposes);
  const overseas = recipient.overseas;
  const abroad = recipient.country !== 'JP';
  return section(`recipient-${recipient.id}`, ctx.t(recipient.name), [
    fields([
      field(ctx.l('recipient'), ctx.t(recipient.name)),
      field(ctx.l('recipientKind'), recipient.kind ? ctx.t(recipient.kind) : undefined),
      field(ctx.l('country'), ctx.countryName(recipient.country)),
      field(ctx.l('category'), ctx.join(ctx.categoryNames(recipient.categories))),
      field(ctx.l('itemsProvided'), [
        ctx.join(ctx.itemNames(recipient.items)),
        ...(recipient.itemsNote ? [ctx.t(recipient.itemsNote)] : []),
      ]),
      field(ctx.l('purposesAtRecipient'), atRecipient),
      field(ctx.l('basis'), [
        ...(recipient.basis ? [ctx.t(BASIS_LABELS[recipient.basis])] : []),
        ...(recipient.basisNote ? [ctx.t(recipient.basisNote)] : []),
      ]),
      field(ctx.l('method'), recipient.method ? ctx.t(recipient.method) : undefined),
      field(ctx.l('overseasRoute'), overseas ? ctx.t(ROUTE_LABELS[overseas.route]) : undefined),
      field(ctx.l('countrySystem'), abroad ? ctx.countryInfo(recipient.country) : undefined),
      field(ctx.l('recipientMeasures'), overseas?.measures ? ctx.t(overseas.measures) : undefined),
      field(
        ctx.l('foreignSystemImpact'),
        overseas?.foreignSystemImpact ? ctx.t(overseas.foreignSystemImpact) : undefined,
      ),
      field(ctx.l('website'), recipient.url),
    ]),
  ]);
}
