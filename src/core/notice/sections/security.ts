import { SECURITY_AREAS } from '../../ledger/security-measures.ts';
import { list, paragraph, section } from '../blocks.ts';
import { SECURITY_AREA_LABELS } from '../enum-labels.ts';
import { unique } from '../format.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';
import { overseasCountries } from './overseas-storage.ts';

/** Security control measures by the PPC guideline's areas; the external environment names overseas storage. */
export function securitySection(ctx: NoticeContext): NoticeSection {
  const measures = ctx.ledger.securityMeasures.filter((m) => ctx.applies(m.operators));
  const abroad = ctx.ledger.systems.some((s) => ctx.applies(s.operators) && overseasCountries(s).length > 0);
  const areas = SECURITY_AREAS.flatMap((area) => {
    const texts = unique(measures.flatMap((m) => m[area].map(ctx.t)));
    if (area === 'externalEnvironment' && abroad) texts.push(ctx.p('externalEnvironmentOverseas'));
    if (texts.length === 0) return [];
    return [section(`security-${area}`, ctx.t(SECURITY_AREA_LABELS[area]), [list(texts)])];
  });
  return section('security', ctx.l('security'), [paragraph(ctx.p('securityIntro'))], areas);
}
