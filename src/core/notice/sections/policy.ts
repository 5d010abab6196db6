import { list, paragraph, section, signature } from '../blocks.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';
import { historyLine, revisionHistory } from '../revision-history.ts';

/** The policy statement and principles, dated and signed by the representative (as every reference policy is). */
export function policySection(ctx: NoticeContext): NoticeSection {
  const { notice } = ctx.ledger;
  const names = ctx.join(ctx.operators.map((op) => ctx.t(op.name)));
  const history = revisionHistory(ctx);
  const established = history.find((entry) => entry.kind === 'established');
  const latest = history.filter((entry) => entry.kind === 'revised').at(-1);
  const signatory =
    ctx.operators.find((op) => op.id === (ctx.operatorId ?? notice.signatory)) ??
    ctx.operators.find((op) => op.groupRole === 'holding') ??
    ctx.operators[0];
  // Under the signature only the dates; what changed is in the revision history.
  const dates = [established, latest].flatMap((entry) =>
    entry ? [historyLine({ date: entry.date, kind: entry.kind }, ctx)] : [],
  );
  return section('policy', ctx.l('policy'), [
    paragraph(notice.preamble ? ctx.t(notice.preamble) : ctx.p('preamble', { names })),
    ...(notice.principles.length > 0 ? [list(notice.principles.map(ctx.t), true)] : []),
    signature([
      ...dates,
      ...(signatory
        ? [ctx.t(signatory.name), ctx.person(signatory.representative.title, signatory.representative.name)]
        : []),
    ]),
  ]);
}
