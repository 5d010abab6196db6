import { useState } from 'react';
import { useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { EditForm } from './EditForm.tsx';
import { ChoiceList, FieldErrors, type FieldProblems, TextField, TextPairField } from './form-fields.tsx';
import { ItemFlagBadges } from './item-badges.tsx';
import { useLedger } from './ledger-context.tsx';
import {
  CONSENT_MODES,
  type Ledger,
  PURPOSE_TAGS,
  type Purpose,
  SPECIAL_CARE_BASES,
  type Text,
} from './ledger-types.ts';

const EMPTY: Text = { ja: '', en: '' };

interface Draft {
  readonly id: string;
  readonly text: Text;
  readonly categories: readonly string[];
  readonly items: readonly string[];
  readonly operators: readonly string[];
  readonly tags: readonly string[];
  readonly consent: Purpose['consent'];
  readonly basis: string;
  readonly law: Text;
  readonly addedAfterCollection: boolean;
  readonly publishedNote: Text;
  readonly note: Text;
}

function draftOf(p: Purpose | undefined): Draft {
  return {
    id: p?.id ?? '',
    text: p?.text ?? EMPTY,
    categories: p?.categories ?? [],
    items: p?.items ?? [],
    operators: p?.operators ?? [],
    tags: p?.tags ?? [],
    consent: p?.consent ?? 'not-required',
    basis: p?.specialCareBasis?.kind ?? '',
    law: p?.specialCareBasis?.law ?? EMPTY,
    addedAfterCollection: p?.addedAfterCollection ?? false,
    publishedNote: p?.publishedNote ?? EMPTY,
    note: p?.note ?? EMPTY,
  };
}

const filled = (text: Text) => text.ja.trim() !== '' || text.en.trim() !== '';

/** The purpose as the ledger holds it: fields the console does not edit are kept; empty optional ones left out. */
function purposeOf(draft: Draft, original: Purpose | undefined): Purpose {
  const {
    specialCareBasis: _b,
    publishedNote: _p,
    note: _n,
    operators: _o,
    ...kept
  } = original ?? ({} as Partial<Purpose>);
  return {
    ...kept,
    id: draft.id.trim(),
    text: draft.text,
    categories: draft.categories,
    items: draft.items,
    ...(draft.operators.length > 0 ? { operators: draft.operators } : {}),
    tags: draft.tags,
    consent: draft.consent,
    ...(draft.basis === ''
      ? {}
      : { specialCareBasis: { kind: draft.basis, ...(filled(draft.law) ? { law: draft.law } : {}) } }),
    addedAfterCollection: draft.addedAfterCollection,
    ...(filled(draft.publishedNote) ? { publishedNote: draft.publishedNote } : {}),
    ...(filled(draft.note) ? { note: draft.note } : {}),
  } as Purpose;
}

/** Edit a purpose, or add one (`/ledger/purposes/new`). */
export function PurposeForm({ mode }: { readonly mode: 'edit' | 'new' }) {
  const { t } = useI18n();
  const { ledger, local } = useLedger();
  const { id } = useParams();
  const index = mode === 'new' ? ledger.purposes.length : ledger.purposes.findIndex((p) => p.id === id);
  const original = mode === 'new' ? undefined : ledger.purposes[index];
  const [draft, setDraft] = useState<Draft>(() => draftOf(original));
  if (mode === 'edit' && original === undefined) return <p>{t('ledger.notFound')}</p>;
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const build = (): Ledger => {
    const purpose = purposeOf(draft, original);
    const purposes =
      mode === 'new' ? [...ledger.purposes, purpose] : ledger.purposes.map((p, i) => (i === index ? purpose : p));
    return { ...ledger, purposes };
  };
  const langs = { ja: t('ledger.field.ja'), en: t('ledger.field.en') };
  const text = (label: string, lang: 'ja' | 'en') => t('ledger.field.inLang', { label, lang: langs[lang] });
  const fields: Record<string, { id: string; label: string }> = {
    id: { id: 'purpose-id', label: t('ledger.field.id') },
    'text.ja': { id: 'purpose-text-ja', label: text(t('ledger.purpose.text'), 'ja') },
    'text.en': { id: 'purpose-text-en', label: text(t('ledger.purpose.text'), 'en') },
    categories: { id: 'purpose-categories', label: t('ledger.purpose.categories') },
    items: { id: 'purpose-items', label: t('ledger.purpose.items') },
    operators: { id: 'purpose-operators', label: t('ledger.purpose.operators') },
    tags: { id: 'purpose-tags', label: t('ledger.purpose.tags') },
    consent: { id: 'purpose-consent-not-required', label: t('ledger.purpose.consent') },
    specialCareBasis: { id: 'purpose-basis', label: t('ledger.purpose.basis') },
    'specialCareBasis.kind': { id: 'purpose-basis', label: t('ledger.purpose.basis') },
    'specialCareBasis.law': { id: 'purpose-law-ja', label: t('ledger.purpose.law') },
    'specialCareBasis.law.ja': { id: 'purpose-law-ja', label: text(t('ledger.purpose.law'), 'ja') },
    'specialCareBasis.law.en': { id: 'purpose-law-en', label: text(t('ledger.purpose.law'), 'en') },
    addedAfterCollection: { id: 'purpose-added', label: t('ledger.purpose.added') },
    'publishedNote.ja': { id: 'purpose-published-ja', label: text(t('ledger.purpose.publishedNote'), 'ja') },
    'publishedNote.en': { id: 'purpose-published-en', label: text(t('ledger.purpose.publishedNote'), 'en') },
    'note.ja': { id: 'purpose-note-ja', label: text(t('ledger.purpose.note'), 'ja') },
    'note.en': { id: 'purpose-note-en', label: text(t('ledger.purpose.note'), 'en') },
  };
  const title =
    mode === 'new' ? t('ledger.purpose.addTitle') : t('ledger.purpose.editTitle', { name: local(original?.text) });

  return (
    <EditForm
      title={title}
      section="purposes"
      index={index}
      build={build}
      fields={fields}
      cancelTo={mode === 'new' ? '/ledger' : `/ledger/purposes/${original?.id ?? ''}`}
    >
      {(problems: FieldProblems) => (
        <>
          <TextField
            id="purpose-id"
            label={t('ledger.field.id')}
            hint={mode === 'new' ? t('ledger.field.idHint') : t('ledger.field.idFixed')}
            value={draft.id}
            onChange={set('id')}
            field="id"
            problems={problems}
            readOnly={mode === 'edit'}
          />
          <TextPairField
            id="purpose-text"
            label={t('ledger.purpose.text')}
            hint={t('ledger.purpose.textHint')}
            labels={langs}
            value={draft.text}
            onChange={set('text')}
            field="text"
            problems={problems}
            multiline
          />
          <ChoiceList
            id="purpose-categories"
            legend={t('ledger.purpose.categories')}
            choices={ledger.subjectCategories.map((c) => ({ value: c.id, label: local(c.name) }))}
            selected={draft.categories}
            onChange={set('categories')}
            field="categories"
            problems={problems}
          />
          <ChoiceList
            id="purpose-items"
            legend={t('ledger.purpose.items')}
            hint={t('ledger.purpose.itemsHint')}
            choices={ledger.dataItems.map((item) => ({
              value: item.id,
              label: local(item.name),
              extra: <ItemFlagBadges item={item} />,
            }))}
            selected={draft.items}
            onChange={set('items')}
            field="items"
            problems={problems}
          />
          <ChoiceList
            id="purpose-tags"
            legend={t('ledger.purpose.tags')}
            hint={t('ledger.purpose.tagsHint')}
            choices={PURPOSE_TAGS.map((tag) => ({ value: tag, label: t(`ledger.tag.${tag}` as MessageKey) }))}
            selected={draft.tags}
            onChange={set('tags')}
            field="tags"
            problems={problems}
            compact
          />
          <ChoiceList
            id="purpose-operators"
            legend={t('ledger.purpose.operators')}
            hint={t('ledger.purpose.operatorsHint')}
            choices={ledger.operators.map((op) => ({ value: op.id, label: local(op.name) }))}
            selected={draft.operators}
            onChange={set('operators')}
            field="operators"
            problems={problems}
          />
          <fieldset className="radios">
            <legend>{t('ledger.purpose.consent')}</legend>
            <FieldErrors id="purpose-consent-error" issues={problems.at('consent')} problems={problems} />
            {CONSENT_MODES.map((mode) => (
              <div key={mode} className="radio">
                <input
                  type="radio"
                  name="purpose-consent"
                  id={`purpose-consent-${mode}`}
                  checked={draft.consent === mode}
                  onChange={() => set('consent')(mode)}
                />
                <label htmlFor={`purpose-consent-${mode}`}>{t(`ledger.consent.${mode}` as MessageKey)}</label>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="purpose-basis">{t('ledger.purpose.basis')}</label>
            <p className="hint" id="purpose-basis-hint">
              {t('ledger.purpose.basisHint')}
            </p>
            <FieldErrors
              id="purpose-basis-error"
              issues={[...problems.at('specialCareBasis'), ...problems.at('specialCareBasis.kind')]}
              problems={problems}
            />
            <select
              id="purpose-basis"
              value={draft.basis}
              onChange={(e) => set('basis')(e.target.value)}
              aria-invalid={problems.at('specialCareBasis').length > 0 ? true : undefined}
              aria-describedby={
                problems.at('specialCareBasis').length > 0
                  ? 'purpose-basis-hint purpose-basis-error'
                  : 'purpose-basis-hint'
              }
            >
              <option value="">{t('ledger.basis.none')}</option>
              {SPECIAL_CARE_BASES.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`ledger.basis.${kind}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          {draft.basis === 'law' ? (
            <TextPairField
              id="purpose-law"
              label={t('ledger.purpose.law')}
              labels={langs}
              value={draft.law}
              onChange={set('law')}
              field="specialCareBasis.law"
              problems={problems}
            />
          ) : null}
          <div className="field checkbox-field">
            <input
              type="checkbox"
              id="purpose-added"
              checked={draft.addedAfterCollection}
              onChange={(e) => set('addedAfterCollection')(e.target.checked)}
            />
            <label htmlFor="purpose-added">{t('ledger.purpose.added')}</label>
          </div>
          <TextPairField
            id="purpose-published"
            label={t('ledger.purpose.publishedNote')}
            hint={t('ledger.purpose.publishedNoteHint')}
            labels={langs}
            value={draft.publishedNote}
            onChange={set('publishedNote')}
            field="publishedNote"
            problems={problems}
            multiline
          />
          <TextPairField
            id="purpose-note"
            label={t('ledger.purpose.note')}
            hint={t('ledger.purpose.noteHint')}
            labels={langs}
            value={draft.note}
            onChange={set('note')}
            field="note"
            problems={problems}
            multiline
          />
        </>
      )}
    </EditForm>
  );
}
