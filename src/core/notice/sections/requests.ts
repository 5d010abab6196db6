import type { AgentKind, RequestProcedure } from '../../ledger/request-procedure.ts';
import { isRetained } from '../../ledger/subject-category.ts';
import { list, note, paragraph, section } from '../blocks.ts';
import { AGENT_KIND_LABELS, INTAKE_METHOD_LABELS, REFUSAL_GROUND_LABELS, REQUEST_TYPE_LABELS } from '../enum-labels.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { Block, NoticeSection } from '../notice-model.ts';
import { feesSection, repliesSection } from './request-fees.ts';

/** How requests are made (RQ-1, RQ-3, RQ-8, RQ-9): one part per procedure when operators differ. */
export function requestsSection(ctx: NoticeContext): NoticeSection {
  const procedures = ctx.ledger.requestProcedures.filter((p) => ctx.applies(p.operators));
  const entrusted = ctx.ledger.subjectCategories.some((c) => !isRetained(c) && ctx.applies(c.operators));
  const prerequisite = ctx.ledger.dataItems.filter((item) => item.prerequisiteForService);
  const intro: Block[] = [
    paragraph(ctx.p('requestsIntro')),
    ...(entrusted ? [note(ctx.p('entrustedRequests'))] : []),
    ...(prerequisite.length > 0
      ? [note(ctx.p('prerequisiteItems', { items: ctx.join(prerequisite.map((item) => ctx.t(item.name))) }))]
      : []),
  ];
  if (procedures.length === 1 && procedures[0]) {
    const { blocks, subsections } = procedureParts(procedures[0], 'requests', ctx);
    return section('requests', ctx.l('requests'), [...intro, ...blocks], subsections);
  }
  return section(
    'requests',
    ctx.l('requests'),
    intro,
    procedures.map((procedure, index) => {
      const { blocks, subsections } = procedureParts(procedure, `requests-${index + 1}`, ctx);
      const scope = procedure.operators ? ctx.join(ctx.operatorNames(procedure.operators)) : ctx.p('allOperators');
      return section(`requests-${index + 1}`, ctx.labelled(ctx.l('scopeOfContact'), scope), blocks, subsections);
    }),
  );
}

function procedureParts(procedure: RequestProcedure, id: string, ctx: NoticeContext) {
  const agents = Object.entries(procedure.identity.agents) as [AgentKind, RequestProcedure['identity']['self']][];
  const blocks: Block[] = [
    paragraph(ctx.p('requestTypes')),
    list(procedure.types.map((type) => ctx.t(REQUEST_TYPE_LABELS[type]))),
    ...(agents.length > 0 ? [paragraph(ctx.p('agentsAccepted'))] : []),
  ];
  const subsections = [
    section(`${id}-intake`, ctx.l('intake'), [
      paragraph(
        ctx.p('intakeMethods', {
          methods: ctx.join(procedure.intake.methods.map((m) => ctx.t(INTAKE_METHOD_LABELS[m]))),
        }),
      ),
      paragraph(ctx.p(procedure.intake.formRequired ? 'formRequired' : 'formOptional')),
      ...(procedure.intake.instructions.length > 0 ? [list(procedure.intake.instructions.map(ctx.t))] : []),
    ]),
    section(`${id}-identity`, ctx.l('identity'), [
      paragraph(ctx.p('identityIntro')),
      list([
        { text: ctx.l('self'), items: procedure.identity.self.map(ctx.t) },
        ...agents.map(([kind, documents]) => ({ text: ctx.t(AGENT_KIND_LABELS[kind]), items: documents.map(ctx.t) })),
      ]),
      ...procedure.identity.notes.map((text) => note(ctx.t(text))),
    ]),
    feesSection(procedure, `${id}-fees`, ctx),
    repliesSection(procedure, `${id}-replies`, ctx),
    section(`${id}-refusals`, ctx.l('refusals'), [
      paragraph(ctx.p('refusalIntro')),
      list(
        procedure.refusalGrounds.map((ground) => ctx.t(REFUSAL_GROUND_LABELS[ground])),
        true,
      ),
      paragraph(ctx.p('refusalNotice')),
    ]),
    section(`${id}-request-data`, ctx.l('requestData'), [
      list([
        ...procedure.useOfRequestData.map(ctx.t),
        ctx.p(procedure.documentsReturned ? 'documentsReturned' : 'documentsNotReturned'),
        procedure.identityDocumentRetentionDays > 0
          ? ctx.p('identityRetention', { days: procedure.identityDocumentRetentionDays })
          : ctx.p('identityDiscarded'),
      ]),
    ]),
  ];
  return { blocks, subsections };
}
