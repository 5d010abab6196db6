import type { System } from '../../ledger/system.ts';
import { note, paragraph, section, table } from '../blocks.ts';
import { unique } from '../format.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';

/** Countries other than Japan where a system's stores keep data, in the order the ledger names them. */
export function overseasCountries(system: System): string[] {
  return unique(system.stores.flatMap((store) => (store.countries ?? []).filter((code) => code !== 'JP')));
}

/**
 * Overseas storage by service, as kaonavi 4.2 publishes it: provider, countries and each country's protection
 * system, derived from the systems' stores; notes where the provider does not promise a location.
 */
export function overseasStorageSection(ctx: NoticeContext): NoticeSection | undefined {
  const systems = ctx.ledger.systems.filter((s) => ctx.applies(s.operators));
  if (systems.length === 0) return undefined;
  const abroad = systems.filter((s) => overseasCountries(s).length > 0);
  if (abroad.length === 0)
    return section('overseas-storage', ctx.l('overseas'), [paragraph(ctx.p('storageJapanOnly'))]);
  const rows = abroad.map((system) => {
    const countries = overseasCountries(system);
    return [
      [ctx.t(system.name)],
      [providerName(system, ctx)],
      [ctx.join(countries.map(ctx.countryName))],
      countries.flatMap(ctx.countryInfo),
    ];
  });
  // A store's own note replaces the generated one (it usually says the same in the operator's words).
  const notes = abroad.flatMap((system) => {
    const stores = system.stores.filter((store) => (store.countries ?? []).some((c) => c !== 'JP'));
    const written = stores.flatMap((store) => (store.note ? [note(ctx.t(store.note))] : []));
    const unsure = stores.some((store) => store.locationNotGuaranteed && !store.note);
    const generated = ctx.p('locationNotGuaranteed', {
      service: ctx.t(system.name),
      provider: providerName(system, ctx),
    });
    return [...(unsure ? [note(generated)] : []), ...written];
  });
  return section('overseas-storage', ctx.l('overseas'), [
    paragraph(ctx.p('storageIntro')),
    table([ctx.l('service'), ctx.l('provider'), ctx.l('storageCountries'), ctx.l('countryInfo')], rows),
    ...notes,
  ]);
}

function providerName(system: System, ctx: NoticeContext): string {
  if (system.provider) return ctx.t(system.provider);
  const contractor = ctx.ledger.contractors.find((c) => c.id === system.contractor);
  return contractor ? ctx.t(contractor.name) : ctx.l('notApplicable');
}
