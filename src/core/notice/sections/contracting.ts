import type { Contractor } from '../../ledger/contractor.ts';
import { field, fields, paragraph, section, table } from '../blocks.ts';
import { ROUTE_LABELS } from '../enum-labels.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';

/** Contracting out: the supervision statement, the contractors, and the Art. 28 block for those abroad (kaonavi 4.1). */
export function contractingSection(ctx: NoticeContext): NoticeSection {
  const contractors = ctx.ledger.contractors.filter((c) => c.status !== 'terminated' && ctx.applies(c.operators));
  const statement = ctx.ledger.contractingStatement
    ? ctx.t(ctx.ledger.contractingStatement)
    : ctx.p('contractingStatement');
  const abroad = contractors.filter((c) => c.country !== 'JP');
  const subsections = [
    ...(contractors.length > 0
      ? [
          section('contractors', ctx.l('contractorList'), [
            table(
              [ctx.l('contractor'), ctx.l('country'), ctx.l('scope')],
              contractors.map((c) => [[ctx.t(c.name)], [ctx.countryName(c.country)], [ctx.t(c.scope)]]),
            ),
          ]),
        ]
      : []),
    ...(abroad.length > 0
      ? [
          section(
            'contractors-overseas',
            ctx.l('overseasContractors'),
            [paragraph(ctx.p('overseasContractorsIntro'))],
            abroad.map((c) => overseasContractor(c, ctx)),
          ),
        ]
      : []),
  ];
  return section('contracting', ctx.l('contracting'), [paragraph(statement)], subsections);
}

function overseasContractor(contractor: Contractor, ctx: NoticeContext): NoticeSection {
  const o = contractor.overseas;
  return section(`contractor-${contractor.id}`, ctx.t(contractor.name), [
    fields([
      field(ctx.l('contractor'), ctx.t(contractor.name)),
      field(ctx.l('country'), ctx.countryName(contractor.country)),
      field(ctx.l('scope'), ctx.t(contractor.scope)),
      field(ctx.l('route'), o ? ctx.t(ROUTE_LABELS[o.route]) : undefined),
      field(ctx.l('establishment'), o ? ctx.t(o.establishment) : undefined),
      field(ctx.l('contractorMeasures'), o ? ctx.t(o.measures) : undefined),
      field(ctx.l('confirmation'), o ? ctx.t(o.confirmation) : undefined),
      field(ctx.l('countrySystem'), ctx.countryInfo(contractor.country)),
      field(ctx.l('foreignSystems'), o ? ctx.t(o.foreignSystems) : undefined),
      field(ctx.l('obstacles'), o ? ctx.t(o.obstacles) : undefined),
      field(ctx.l('responseToObstacles'), o ? ctx.t(o.responseToObstacles) : undefined),
    ]),
  ]);
}
