import { useState } from 'react';
import { useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { EditForm } from './EditForm.tsx';
import { ChoiceList, FieldErrors, type FieldProblems, TextField, TextPairField } from './form-fields.tsx';
import { useLedger } from './ledger-context.tsx';
import { type DataItem, ITEM_FLAGS, type ItemFlags, type Ledger, SENSITIVE_KINDS, type Text } from './ledger-types.ts';

const EMPTY: Text = { ja: '', en: '' };
const NO_FLAGS: ItemFlags = {
  specialCare: false,
  myNumber: false,
  financial: false,
  identifying: false,
  personallyReferable: false,
};

interface Draft {
  readonly id: string;
  readonly name: Text;
  readonly description: Text;
  readonly categories: readonly string[];
  readonly flags: ItemFlags;
  readonly sensitiveKinds: readonly string[];
}

/** Edit a data item (its names, the categories that hold it, its flags and sensitive kinds), or add one. */
export function ItemForm({ mode }: { readonly mode: 'edit' | 'new' }) {
  const { t } = useI18n();
  const { ledger, local } = useLedger();
  const { id } = useParams();
  const index = mode === 'new' ? ledger.dataItems.length : ledger.dataItems.findIndex((item) => item.id === id);
  const original = mode === 'new' ? undefined : ledger.dataItems[index];
  const [draft, setDraft] = useState<Draft>(() => ({
    id: original?.id ?? '',
    name: original?.name ?? EMPTY,
    description: original?.description ?? EMPTY,
    categories: original?.categories ?? [],
    flags: { ...NO_FLAGS, ...original?.flags },
    sensitiveKinds: original?.sensitiveKinds ?? [],
  }));
  if (mode === 'edit' && original === undefined) return <p>{t('ledger.notFound')}</p>;
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const build = (): Ledger => {
    const { description: _d, ...kept } = original ?? ({ acquisition: [] } as Partial<DataItem>);
    const filled = draft.description.ja.trim() !== '' || draft.description.en.trim() !== '';
    const item = {
      ...kept,
      id: draft.id.trim(),
      name: draft.name,
      ...(filled ? { description: draft.description } : {}),
      categories: draft.categories,
      flags: draft.flags,
      sensitiveKinds: draft.sensitiveKinds,
    } as DataItem;
    const dataItems =
      mode === 'new' ? [...ledger.dataItems, item] : ledger.dataItems.map((d, i) => (i === index ? item : d));
    return { ...ledger, dataItems };
  };
  const langs = { ja: t('ledger.field.ja'), en: t('ledger.field.en') };
  const text = (label: string, lang: 'ja' | 'en') => t('ledger.field.inLang', { label, lang: langs[lang] });
  const fields: Record<string, { id: string; label: string }> = {
    id: { id: 'item-id', label: t('ledger.field.id') },
    'name.ja': { id: 'item-name-ja', label: text(t('ledger.item.name'), 'ja') },
    'name.en': { id: 'item-name-en', label: text(t('ledger.item.name'), 'en') },
    'description.ja': { id: 'item-description-ja', label: text(t('ledger.item.description'), 'ja') },
    'description.en': { id: 'item-description-en', label: text(t('ledger.item.description'), 'en') },
    categories: { id: 'item-categories', label: t('ledger.item.categories') },
    sensitiveKinds: { id: 'item-sensitive', label: t('ledger.item.sensitiveKinds') },
    ...Object.fromEntries(
      ITEM_FLAGS.map((flag) => [
        `flags.${flag}`,
        { id: `item-flag-${flag}`, label: t(`ledger.flag.${flag}` as MessageKey) },
      ]),
    ),
  };

  return (
    <EditForm
      title={mode === 'new' ? t('ledger.item.addTitle') : t('ledger.item.editTitle', { name: local(original?.name) })}
      section="dataItems"
      index={index}
      build={build}
      fields={fields}
      cancelTo={mode === 'new' ? '/ledger?section=dataItems' : `/ledger/items/${original?.id ?? ''}`}
    >
      {(problems: FieldProblems) => (
        <>
          <TextField
            id="item-id"
            label={t('ledger.field.id')}
            hint={mode === 'new' ? t('ledger.field.idHint') : t('ledger.field.idFixed')}
            value={draft.id}
            onChange={set('id')}
            field="id"
            problems={problems}
            readOnly={mode === 'edit'}
          />
          <TextPairField
            id="item-name"
            label={t('ledger.item.name')}
            labels={langs}
            value={draft.name}
            onChange={set('name')}
            field="name"
            problems={problems}
          />
          <TextPairField
            id="item-description"
            label={t('ledger.item.description')}
            labels={langs}
            value={draft.description}
            onChange={set('description')}
            field="description"
            problems={problems}
            multiline
          />
          <ChoiceList
            id="item-categories"
            legend={t('ledger.item.categories')}
            hint={t('ledger.item.categoriesHint')}
            choices={ledger.subjectCategories.map((c) => ({ value: c.id, label: local(c.name) }))}
            selected={draft.categories}
            onChange={set('categories')}
            field="categories"
            problems={problems}
          />
          <fieldset className="choices compact">
            <legend>{t('ledger.item.flags')}</legend>
            <div className="choice-grid">
              {ITEM_FLAGS.map((flag) => {
                const issues = problems.at(`flags.${flag}`);
                return (
                  <div key={flag} className={`choice${issues.length > 0 ? ' invalid' : ''}`}>
                    <input
                      type="checkbox"
                      id={`item-flag-${flag}`}
                      checked={draft.flags[flag]}
                      onChange={(e) => set('flags')({ ...draft.flags, [flag]: e.target.checked })}
                      aria-invalid={issues.length > 0 ? true : undefined}
                      aria-describedby={issues.length > 0 ? `item-flag-${flag}-error` : undefined}
                    />
                    <label htmlFor={`item-flag-${flag}`}>{t(`ledger.flag.${flag}` as MessageKey)}</label>
                    <FieldErrors id={`item-flag-${flag}-error`} issues={issues} problems={problems} />
                  </div>
                );
              })}
            </div>
          </fieldset>
          <ChoiceList
            id="item-sensitive"
            legend={t('ledger.item.sensitiveKinds')}
            hint={t('ledger.item.sensitiveHint')}
            choices={SENSITIVE_KINDS.map((kind) => ({
              value: kind,
              label: t(`ledger.sensitive.${kind}` as MessageKey),
            }))}
            selected={draft.sensitiveKinds}
            onChange={set('sensitiveKinds')}
            field="sensitiveKinds"
            problems={problems}
            compact
          />
          {original && original.acquisition.length > 0 ? (
            <p className="hint">{t('ledger.item.acquisitionKept', { count: original.acquisition.length })}</p>
          ) : null}
        </>
      )}
    </EditForm>
  );
}
