import { KNOWN_COUNTRIES } from './country.ts';
import { SPECIAL_CARE_KINDS, STAFFING_FORBIDDEN_KINDS } from './data-item.ts';
import type { Ledger } from './ledger.ts';
import { MY_NUMBER_TAGS, type PurposeTag } from './purpose.ts';
import { periodDays } from './retention-rule.ts';
import { STATUTORY_RETENTION } from './statutory-retention.ts';

export interface ReferenceIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

type Path = readonly (string | number)[];

/** Tags a purpose using My Number may carry besides number-related work itself (MN-1). */
const MY_NUMBER_COMPANION_TAGS: ReadonlySet<PurposeTag> = new Set<PurposeTag>([...MY_NUMBER_TAGS, 'legal-obligation']);
/** RQ-9: fees may be charged only for these. */
const CHARGEABLE = new Set(['purpose-notification', 'disclosure', 'provision-records']);

/**
 * Cross-reference checks over a schema-valid ledger: unknown ids, and the legal rules that tie elements
 * together (categories hold the items purposes use, My Number only for number-related work, SC-2/SC-3/SC-4,
 * overseas storage by country, JU-1, recipients' bases, statutory retention minimums, RQ-9 fees).
 */
export function checkReferences(ledger: Ledger): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const report = (path: Path, code: string, message: string) => issues.push({ path, code, message });

  const ids = {
    operator: idSet(ledger.operators, 'operators', report),
    category: idSet(ledger.subjectCategories, 'subjectCategories', report),
    item: idSet(ledger.dataItems, 'dataItems', report),
    purpose: idSet(ledger.purposes, 'purposes', report),
    system: idSet(ledger.systems, 'systems', report),
    role: idSet(ledger.roles, 'roles', report),
    contractor: idSet(ledger.contractors, 'contractors', report),
    recipient: idSet(ledger.recipients, 'recipients', report),
  };
  idSet(ledger.retentionRules, 'retentionRules', report);
  idSet(ledger.jointUses, 'jointUses', report);
  idSet(ledger.externalTransmissions, 'externalTransmissions', report);
  idSet(ledger.deidentifiedData, 'deidentifiedData', report);
  const kindNames = {
    operator: 'operator',
    category: 'subject category',
    item: 'data item',
    purpose: 'purpose',
    system: 'system',
    role: 'role',
    contractor: 'contractor',
    recipient: 'recipient',
  } as const;
  const refs = (kind: keyof typeof ids, list: readonly string[] | undefined, path: Path) => {
    list?.forEach((id, index) => {
      if (!ids[kind].has(id)) report([...path, index], 'LEDGER_UNKNOWN_REF', `unknown ${kindNames[kind]} "${id}"`);
    });
  };
  const ref = (kind: keyof typeof ids, id: string | undefined, path: Path) => {
    if (id !== undefined && !ids[kind].has(id))
      report(path, 'LEDGER_UNKNOWN_REF', `unknown ${kindNames[kind]} "${id}"`);
  };

  const items = new Map(ledger.dataItems.map((item) => [item.id, item]));
  const countries = new Map(Object.entries(KNOWN_COUNTRIES));
  for (const country of ledger.countries) countries.set(country.code, country);

  ledger.operators.forEach((op, i) => ref('operator', op.parent, ['operators', i, 'parent']));
  ledger.subjectCategories.forEach((c, i) => refs('operator', c.operators, ['subjectCategories', i, 'operators']));

  ledger.dataItems.forEach((item, i) => {
    const at: Path = ['dataItems', i];
    refs('category', item.categories, [...at, 'categories']);
    item.acquisition.forEach((a, j) => refs('category', a.categories, [...at, 'acquisition', j, 'categories']));
    const specialKinds = item.sensitiveKinds.filter((kind) => SPECIAL_CARE_KINDS.has(kind));
    if (specialKinds.length > 0 && !item.flags.specialCare) {
      report(
        [...at, 'flags', 'specialCare'],
        'LEDGER_SPECIAL_CARE_FLAG',
        `${specialKinds.join(', ')} is special care-required (SC-1): set flags.specialCare`,
      );
    }
    const forbidden = item.sensitiveKinds.filter((kind) => STAFFING_FORBIDDEN_KINDS.has(kind));
    if (forbidden.length > 0) {
      const staffing = ledger.operators.filter(
        (op) =>
          op.businessLines.some((line) => line === 'staffing' || line === 'recruiting') &&
          item.categories.some((c) => {
            const category = ledger.subjectCategories.find((sc) => sc.id === c);
            return category !== undefined && (category.operators === undefined || category.operators.includes(op.id));
          }),
      );
      if (staffing.length > 0) {
        report(
          [...at, 'sensitiveKinds'],
          'LEDGER_STAFFING_FORBIDDEN',
          `${staffing.map((op) => op.id).join(', ')} run staffing or recruiting and must not collect ${forbidden.join(', ')} (SC-4)`,
        );
      }
    }
  });

  ledger.purposes.forEach((purpose, i) => {
    const at: Path = ['purposes', i];
    refs('category', purpose.categories, [...at, 'categories']);
    refs('item', purpose.items, [...at, 'items']);
    refs('operator', purpose.operators, [...at, 'operators']);
    purpose.items.forEach((id, j) => {
      const item = items.get(id);
      if (!item) return;
      if (!item.categories.some((c) => purpose.categories.includes(c))) {
        report(
          [...at, 'items', j],
          'LEDGER_ITEM_NOT_IN_CATEGORY',
          `item "${id}" is held by none of this purpose's categories (${purpose.categories.join(', ')})`,
        );
      }
      if (item.flags.myNumber && !purpose.tags.some((tag) => MY_NUMBER_TAGS.has(tag))) {
        report(
          [...at, 'items', j],
          'LEDGER_MY_NUMBER_PURPOSE',
          `My Number item "${id}" may only be used for social security, tax or disaster work (MN-1): tag the purpose social-security, tax or disaster`,
        );
      } else if (item.flags.myNumber && purpose.tags.some((tag) => !MY_NUMBER_COMPANION_TAGS.has(tag))) {
        report(
          [...at, 'tags'],
          'LEDGER_MY_NUMBER_PURPOSE',
          `a purpose using My Number item "${id}" must be limited to number-related work (MN-1); split the other tags into a separate purpose`,
        );
      }
    });
    const special = purpose.items.filter((id) => items.get(id)?.flags.specialCare);
    if (special.length > 0 && purpose.specialCareBasis === undefined) {
      report(
        [...at, 'specialCareBasis'],
        'LEDGER_SPECIAL_CARE_BASIS',
        `uses special care-required items (${special.join(', ')}) without a consent rule or legal ground (SC-2): set specialCareBasis`,
      );
    }
    if (purpose.specialCareBasis?.kind === 'law' && purpose.specialCareBasis.law === undefined) {
      report(
        [...at, 'specialCareBasis', 'law'],
        'LEDGER_SPECIAL_CARE_BASIS',
        'name the law that permits acquiring this special care-required data',
      );
    }
  });

  ledger.systems.forEach((system, i) => {
    const at: Path = ['systems', i];
    refs('operator', system.operators, [...at, 'operators']);
    refs('role', system.accessRoles, [...at, 'accessRoles']);
    ref('contractor', system.contractor, [...at, 'contractor']);
    system.stores.forEach((store, j) => {
      refs('item', store.items, [...at, 'stores', j, 'items']);
      if (!store.countries || store.countries.length === 0) {
        report(
          [...at, 'stores', j, 'countries'],
          'LEDGER_STORE_COUNTRY',
          'state the countries where this store keeps data (e.g. [JP]); overseas storage must be disclosed by country',
        );
        return;
      }
      store.countries.forEach((code, k) => {
        if (code === 'JP') return;
        const country = countries.get(code);
        if (!country || (!country.systemUrl && !country.summary && !country.systemName)) {
          report(
            [...at, 'stores', j, 'countries', k],
            'LEDGER_COUNTRY_INFO',
            `no information on ${code}'s personal information protection system: add ${code} to countries with systemUrl or summary (OT-1)`,
          );
        }
      });
    });
  });
  const storeIds = new Set<string>();
  ledger.systems.forEach((system, i) =>
    system.stores.forEach((store, j) => {
      if (storeIds.has(store.id))
        report(['systems', i, 'stores', j, 'id'], 'LEDGER_DUPLICATE_ID', `store id "${store.id}" is used twice`);
      storeIds.add(store.id);
    }),
  );

  ledger.retentionRules.forEach((rule, i) => {
    const at: Path = ['retentionRules', i];
    refs('item', rule.items, [...at, 'items']);
    refs('category', rule.categories, [...at, 'categories']);
    refs('system', rule.systems, [...at, 'systems']);
    if (rule.statutory && rule.period) {
      const minimum = STATUTORY_RETENTION[rule.statutory];
      if (periodDays(rule.period) < minimum.years * 365) {
        report(
          [...at, 'period'],
          'LEDGER_RETENTION_BELOW_STATUTORY',
          `shorter than the statutory ${minimum.years} years for ${minimum.record.en} (${minimum.basis.en})`,
        );
      }
    }
    if (rule.disposal === 'erase-my-number' && !rule.items.some((id) => items.get(id)?.flags.myNumber)) {
      report(
        [...at, 'disposal'],
        'LEDGER_RETENTION_DISPOSAL',
        'erase-my-number applies only to rules covering a My Number item',
      );
    }
  });

  ledger.recipients.forEach((recipient, i) => {
    const at: Path = ['recipients', i];
    refs('operator', recipient.operators, [...at, 'operators']);
    refs('category', recipient.categories, [...at, 'categories']);
    refs('item', recipient.items, [...at, 'items']);
    refs('purpose', recipient.purposes, [...at, 'purposes']);
    if (recipient.basis === undefined) {
      report(
        [...at, 'basis'],
        'LEDGER_RECIPIENT_BASIS',
        'a third-party recipient needs a basis: consent, opt-out or an Art. 27(1) exception',
      );
    }
    const special = recipient.items.filter((id) => items.get(id)?.flags.specialCare);
    if (recipient.basis === 'opt-out' && special.length > 0) {
      report(
        [...at, 'basis'],
        'LEDGER_SPECIAL_CARE_OPT_OUT',
        `special care-required items (${special.join(', ')}) are never provided by opt-out (SC-3)`,
      );
    }
    if (recipient.basis === 'opt-out' && recipient.bulkRecord) {
      report(
        [...at, 'bulkRecord'],
        'LEDGER_BULK_RECORD_OPT_OUT',
        'opt-out provision must be recorded each time, never in bulk (RC-2)',
      );
    }
    const myNumber = recipient.items.filter((id) => items.get(id)?.flags.myNumber);
    if (myNumber.length > 0 && recipient.basis !== 'law') {
      report(
        [...at, 'items'],
        'LEDGER_MY_NUMBER_PROVISION',
        `My Number items (${myNumber.join(', ')}) may be provided only where a law permits it (MN-2)`,
      );
    }
    if (recipient.country !== 'JP' && recipient.overseas === undefined) {
      report(
        [...at, 'overseas'],
        'LEDGER_OVERSEAS_ROUTE',
        `recipient in ${recipient.country}: state the overseas route and the information given to people (OT-1/OT-2)`,
      );
    }
  });

  ledger.jointUses.forEach((jointUse, i) => {
    const at: Path = ['jointUses', i];
    refs('category', jointUse.categories, [...at, 'categories']);
    refs('item', jointUse.items, [...at, 'items']);
    refs('purpose', jointUse.purposes, [...at, 'purposes']);
    refs('operator', jointUse.users.operators, [...at, 'users', 'operators']);
    ref('operator', jointUse.responsible.operator, [...at, 'responsible', 'operator']);
    const responsible = ledger.operators.find((op) => op.id === jointUse.responsible.operator);
    for (const field of ['name', 'address', 'representative'] as const) {
      if (jointUse.responsible[field] === undefined && responsible === undefined) {
        report(
          [...at, 'responsible', field],
          'LEDGER_JOINT_USE_INCOMPLETE',
          `JU-1: the ${field} of the party responsible for managing jointly used data is required (or name an operator)`,
        );
      }
    }
  });

  ledger.contractors.forEach((contractor, i) => {
    const at: Path = ['contractors', i];
    refs('operator', contractor.operators, [...at, 'operators']);
    refs('category', contractor.categories, [...at, 'categories']);
    refs('item', contractor.items, [...at, 'items']);
    refs('purpose', contractor.purposes, [...at, 'purposes']);
    refs('system', contractor.systems, [...at, 'systems']);
    if (contractor.country !== 'JP' && contractor.overseas === undefined) {
      report(
        [...at, 'overseas'],
        'LEDGER_OVERSEAS_ROUTE',
        `contractor in ${contractor.country}: state the equivalent-measures route, its confirmation and obstacles (OT-2/OT-3)`,
      );
    }
  });

  ledger.externalTransmissions.forEach((t, i) => {
    refs('operator', t.operators, ['externalTransmissions', i, 'operators']);
    refs('item', t.items, ['externalTransmissions', i, 'items']);
  });
  ledger.roles.forEach((role, i) => {
    refs('operator', role.operators, ['roles', i, 'operators']);
    refs('purpose', role.purposes, ['roles', i, 'purposes']);
    refs('item', role.maskedItems, ['roles', i, 'maskedItems']);
  });
  ledger.deidentifiedData.forEach((d, i) => {
    refs('item', d.sourceItems, ['deidentifiedData', i, 'sourceItems']);
    refs('purpose', d.purposes, ['deidentifiedData', i, 'purposes']);
  });
  ledger.securityMeasures.forEach((m, i) => refs('operator', m.operators, ['securityMeasures', i, 'operators']));

  ledger.requestProcedures.forEach((procedure, i) => {
    const at: Path = ['requestProcedures', i];
    refs('operator', procedure.operators, [...at, 'operators']);
    for (const [type, fee] of Object.entries(procedure.fees)) {
      if (fee !== undefined && fee > 0 && !CHARGEABLE.has(type)) {
        report(
          [...at, 'fees', type],
          'LEDGER_FEE_NOT_ALLOWED',
          `a fee may be charged only for purpose notification and disclosure (RQ-9), not ${type}`,
        );
      }
    }
  });
  ledger.operators.forEach((op, i) => {
    const covered = ledger.requestProcedures.some((p) => p.operators === undefined || p.operators.includes(op.id));
    if (!covered)
      report(
        ['operators', i, 'id'],
        'LEDGER_NO_REQUEST_PROCEDURE',
        `no request procedure covers operator "${op.id}" (RQ-1)`,
      );
  });
  if (ledger.notice.signatory !== undefined) ref('operator', ledger.notice.signatory, ['notice', 'signatory']);
  ledger.notice.sections.forEach((s, i) => refs('operator', s.operators, ['notice', 'sections', i, 'operators']));

  return issues;
}

function idSet(
  list: readonly { readonly id: string }[],
  section: string,
  report: (path: Path, code: string, message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  list.forEach((element, index) => {
    if (seen.has(element.id))
      report([section, index, 'id'], 'LEDGER_DUPLICATE_ID', `id "${element.id}" is used twice in ${section}`);
    seen.add(element.id);
  });
  return seen;
}
