import type { DeidentifiedData } from '../../ledger/deidentified-data.ts';
import { field, fields, list, paragraph, section } from '../blocks.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { Block, NoticeSection } from '../notice-model.ts';

/** Statistical data, pseudonymised data (PS-1) and anonymised data with its published items (AN-1). */
export function deidentifiedSection(ctx: NoticeContext): NoticeSection | undefined {
  const data = ctx.ledger.deidentifiedData.filter((d) => ctx.applies(d.operators));
  if (data.length === 0) return undefined;
  return section(
    'deidentified',
    ctx.l('deidentified'),
    [],
    data.map((d) => section(`deidentified-${d.id}`, ctx.t(d.name), blocksFor(d, ctx))),
  );
}

function blocksFor(data: DeidentifiedData, ctx: NoticeContext): Block[] {
  const purposes = ctx.purposeTexts(data.purposes);
  const common = [
    ...(data.description ? [paragraph(ctx.t(data.description))] : []),
    ...(purposes.length > 0 ? [fields([field(ctx.l('purpose'), purposes)])] : []),
  ];
  switch (data.kind) {
    case 'statistical':
      return [paragraph(ctx.p('statistical')), ...common];
    case 'pseudonymised':
      return [paragraph(ctx.p('pseudonymised')), ...common];
    case 'anonymised':
      return [
        paragraph(ctx.p('anonymised')),
        ...common,
        ...(data.resultItems.length > 0 ? [paragraph(ctx.l('resultItems')), list(data.resultItems.map(ctx.t))] : []),
        ...(data.provided ? [paragraph(ctx.p('anonymisedProvided'))] : []),
      ];
  }
}
