import { list, paragraph, section, table } from '../blocks.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';

/**
 * Cookies and tags that send user information out (external transmission), with opt-out links, and
 * personally referable information received from others, linked to a person only with consent (Pasona 8).
 */
export function cookiesSection(ctx: NoticeContext): NoticeSection | undefined {
  const all = ctx.ledger.externalTransmissions.filter((t) => ctx.applies(t.operators));
  if (all.length === 0) return undefined;
  const outbound = all.filter((t) => t.direction === 'outbound');
  const inbound = all.filter((t) => t.direction === 'inbound');
  const blocks = [
    ...(outbound.length > 0
      ? [
          paragraph(ctx.p('cookiesIntro')),
          table(
            [ctx.l('service'), ctx.l('provider'), ctx.l('purpose'), ctx.l('informationSent'), ctx.l('optOut')],
            outbound.map((t) => [
              [t.service],
              [ctx.t(t.provider), ...(t.country ? [ctx.countryName(t.country)] : [])],
              [ctx.t(t.purpose)],
              [ctx.t(t.information)],
              [t.optOutUrl, t.policyUrl, t.termsUrl].filter((url) => url !== undefined),
            ]),
          ),
          paragraph(ctx.p('cookiesBrowser')),
        ]
      : []),
  ];
  const subsections =
    inbound.length > 0
      ? [
          section('cookies-inbound', ctx.l('inbound'), [
            paragraph(ctx.p('inboundIntro')),
            list(
              inbound.map((t) => ({
                text:
                  ctx.lang === 'ja' ? `${t.service}（${ctx.t(t.provider)}）` : `${t.service} (${ctx.t(t.provider)})`,
                items: [
                  ctx.labelled(ctx.l('purpose'), ctx.t(t.purpose)),
                  ctx.labelled(ctx.l('informationReceived'), ctx.t(t.information)),
                  ...(t.linkedToPerson ? [ctx.p('inboundConsent')] : []),
                ],
              })),
            ),
          ]),
        ]
      : [];
  return section('cookies', ctx.l('cookies'), blocks, subsections);
}
