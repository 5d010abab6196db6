import type { Operator } from '../../ledger/operator.ts';
import { isRetained } from '../../ledger/subject-category.ts';
import { field, fields, paragraph, section } from '../blocks.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { Field, NoticeSection } from '../notice-model.ts';
import { securitySection } from './security.ts';

/**
 * What RQ-1 requires to be published about retained personal data (kaonavi 2): operator, administrator,
 * purposes, security control measures, complaint desk and accredited organisation.
 */
export function retainedDataSection(ctx: NoticeContext): NoticeSection {
  const group = ctx.operators.length > 1;
  const blocks = ctx.operators.map((op) => fields(operatorFields(op, ctx), group ? ctx.t(op.name) : undefined));
  return section(
    'retained-data',
    ctx.l('retained'),
    [paragraph(ctx.p('retainedIntro')), ...blocks],
    [securitySection(ctx)],
  );
}

function operatorFields(op: Operator, ctx: NoticeContext): (Field | undefined)[] {
  const admin = op.privacyAdministrator;
  const categories = ctx.ledger.subjectCategories.filter(
    (c) => isRetained(c) && (c.operators === undefined || c.operators.includes(op.id)),
  );
  const hasEntrusted = ctx.ledger.subjectCategories.some((c) => !isRetained(c) && ctx.applies(c.operators));
  const org = op.accreditedOrganisation;
  return [
    field(ctx.l('operatorName'), ctx.t(op.name)),
    field(ctx.l('address'), ctx.address(op.address, op.postalCode)),
    field(ctx.l('representative'), ctx.person(op.representative.title, op.representative.name)),
    field(ctx.l('administrator'), [
      admin.name ? ctx.person(admin.title, admin.name) : ctx.t(admin.title),
      ...(admin.department ? [ctx.t(admin.department)] : []),
      ...(admin.email ? [ctx.labelled(ctx.l('email'), admin.email)] : []),
      ...(admin.phone ? [ctx.labelled(ctx.l('phone'), admin.phone)] : []),
      ...(admin.url ? [ctx.labelled(ctx.l('url'), admin.url)] : []),
    ]),
    field(ctx.l('retainedPurposes'), [
      ctx.p('retainedPurposes', { categories: ctx.join(categories.map((c) => ctx.t(c.name))) }),
      ...(hasEntrusted ? [ctx.p('entrustedNotRetained')] : []),
    ]),
    field(ctx.l('complaintDesk'), [ctx.t(op.complaintDesk.name), ctx.p('seeContact')]),
    field(
      ctx.l('accredited'),
      org
        ? [
            ctx.t(org.name),
            ...(org.desk ? [ctx.t(org.desk)] : []),
            ...(org.address ? [ctx.t(org.address)] : []),
            ...(org.phone ?? []).map((phone) => ctx.labelled(ctx.l('phone'), phone)),
            ...(org.url ? [org.url] : []),
            ...(org.note ? [ctx.t(org.note)] : []),
          ]
        : [ctx.p('noAccredited')],
    ),
  ];
}
