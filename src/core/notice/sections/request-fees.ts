import { REQUEST_TYPES, type RequestProcedure } from '../../ledger/request-procedure.ts';
import { list, paragraph, section } from '../blocks.ts';
import { PAYMENT_METHOD_LABELS, REPLY_METHOD_LABELS, REQUEST_TYPE_LABELS } from '../enum-labels.ts';
import { formatYen } from '../format.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';

/** Fees per request type in yen (RQ-9), how and by when to pay, and what happens if unpaid. */
export function feesSection(procedure: RequestProcedure, id: string, ctx: NoticeContext): NoticeSection {
  const charged = REQUEST_TYPES.flatMap((type) => {
    const fee = procedure.fees[type];
    return fee !== undefined && fee > 0 && procedure.types.includes(type) ? [{ type, fee }] : [];
  });
  if (charged.length === 0) return section(id, ctx.l('fees'), [paragraph(ctx.p('noFees'))]);
  const tax = procedure.feeIncludesTax ? ctx.p('taxIncluded') : ctx.p('taxExcluded');
  const { payment } = procedure;
  return section(id, ctx.l('fees'), [
    list(
      charged.map(({ type, fee }) =>
        ctx.labelled(
          ctx.t(REQUEST_TYPE_LABELS[type]),
          ctx.p('feePerRequest', { amount: formatYen(fee, ctx.lang), tax }),
        ),
      ),
    ),
    ...(charged.length < procedure.types.length ? [paragraph(ctx.p('otherRequestsFree'))] : []),
    ...(payment.methods.length > 0
      ? [
          paragraph(
            ctx.p('paymentMethods', { methods: ctx.join(payment.methods.map((m) => ctx.t(PAYMENT_METHOD_LABELS[m]))) }),
          ),
        ]
      : []),
    ...(payment.enclosedWithRequest ? [paragraph(ctx.p('feeEnclosed'))] : []),
    // An enclosed fee has no deadline, unless a request without it waits for payment (kaonavi 2.9(2)[c]).
    ...(!payment.enclosedWithRequest || payment.unpaid === 'deemed-not-made'
      ? [paragraph(ctx.p('paymentDeadline', { days: payment.deadlineDays }))]
      : []),
    paragraph(ctx.p(unpaidPhrase(procedure))),
    ...(payment.chargedOnRefusal ? [paragraph(ctx.p('chargedOnRefusal'))] : []),
    ...(payment.requesterBearsCosts.length > 0
      ? [paragraph(ctx.p('requesterBearsCosts', { costs: ctx.join(payment.requesterBearsCosts.map(ctx.t)) }))]
      : []),
  ]);
}

function unpaidPhrase(procedure: RequestProcedure) {
  if (procedure.payment.unpaid === 'deemed-not-made') return 'unpaidDeemedNotMade';
  return procedure.payment.enclosedWithRequest ? 'unpaidEnclosedRefused' : 'unpaidRefused';
}

/** How and how fast we reply (RQ-3). */
export function repliesSection(procedure: RequestProcedure, id: string, ctx: NoticeContext): NoticeSection {
  const methods = ctx.join(procedure.replyMethods.map((m) => ctx.t(REPLY_METHOD_LABELS[m])));
  return section(id, ctx.l('replies'), [
    paragraph(ctx.p('replyMethods', { methods })),
    ...(procedure.replyInstructions ?? []).map((text) => paragraph(ctx.t(text))),
    paragraph(ctx.p('replyTarget', { days: procedure.targetDays })),
  ]);
}
