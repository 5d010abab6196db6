import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { Field } from '../forms/Field.tsx';
import { InputField, SelectField, SubmitRow } from '../forms/inputs.tsx';
import { type FormFieldRef, messageAt, splitIssues } from '../forms/issues.ts';
import { useSubmit } from '../forms/use-submit.ts';
import { useLedger } from '../ledger/ledger-context.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { useRetentionNames } from './names.ts';
import { certificateMediaType, toBase64 } from './retention-view.ts';
import type { Certificate } from './types.ts';

interface Draft {
  readonly contractor: string;
  readonly rule: string;
  readonly system: string;
  readonly rows: string;
  readonly disposedOn: string;
  readonly method: string;
}
const EMPTY: Draft = { contractor: '', rule: '', system: '', rows: '', disposedOn: '', method: '' };

/** A disposal a contractor did, recorded with the contractor's own certificate attached (MN-3); Mamori certifies it. */
export function ContractorDisposalForm() {
  const { t } = useI18n();
  const { ledger } = useLedger();
  const names = useRetentionNames();
  const navigate = useNavigate();
  const submit = useSubmit();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [file, setFile] = useState<File | undefined>(undefined);
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const fields: FormFieldRef[] = [
    { path: 'contractor', id: 'cd-contractor', label: t('retention.cd.contractor') },
    { path: 'rule', id: 'cd-rule', label: t('retention.col.rule') },
    { path: 'system', id: 'cd-system', label: t('retention.cd.system') },
    { path: 'rows', id: 'cd-rows', label: t('retention.cd.rows') },
    { path: 'disposedOn', id: 'cd-disposed-on', label: t('retention.cd.disposedOn') },
    { path: 'method', id: 'cd-method', label: t('retention.cd.method') },
    { path: 'certificate', id: 'cd-file', label: t('retention.cd.file') },
    { path: 'document', id: 'cd-file', label: t('retention.cd.file') },
  ];
  const split = splitIssues(submit.error, fields);
  const at = (path: string) => messageAt(split, path);
  const record = async (event: FormEvent) => {
    event.preventDefault();
    const certificate = file
      ? {
          fileName: file.name,
          // An unknown type is sent as it is, so the API's refusal names the field.
          mediaType: certificateMediaType(file) ?? file.type,
          content: toBase64(new Uint8Array(await file.arrayBuffer())),
        }
      : undefined;
    const rows = draft.rows.trim() === '' ? undefined : Number(draft.rows);
    const stored = await submit.run<Certificate>('POST', '/api/v1/retention/contractor-disposals', {
      contractor: draft.contractor,
      rule: draft.rule,
      ...(draft.system ? { system: draft.system } : {}),
      ...(rows === undefined ? {} : { rows }),
      disposedOn: draft.disposedOn,
      method: draft.method,
      ...(certificate ? { certificate } : {}),
    });
    if (stored) navigate(`/retention/certificates/${stored.id}`);
  };
  return (
    <form onSubmit={(e) => void record(e)} aria-labelledby="cd-title" className="card rt-form" noValidate>
      <h2 id="cd-title">{t('retention.cd.title')}</h2>
      <p className="hint">{t('retention.cd.hint')}</p>
      <ErrorSummary error={submit.error} fields={fields} />
      <SelectField
        id="cd-contractor"
        label={t('retention.cd.contractor')}
        message={at('contractor')}
        value={draft.contractor}
        onChange={set('contractor')}
        empty={t('retention.choose')}
        options={ledger.contractors.map((c) => [c.id, names.contractor(c.id)] as const)}
      />
      <SelectField
        id="cd-rule"
        label={t('retention.col.rule')}
        message={at('rule')}
        value={draft.rule}
        onChange={set('rule')}
        empty={t('retention.choose')}
        options={ledger.retentionRules.map((r) => [r.id, names.rule(r.id)] as const)}
      />
      <SelectField
        id="cd-system"
        label={t('retention.cd.system')}
        hint={t('retention.cd.systemHint')}
        message={at('system')}
        value={draft.system}
        onChange={set('system')}
        empty={t('retention.cd.noSystem')}
        options={ledger.systems.map((s) => [s.id, names.system(s.id)] as const)}
      />
      <Field id="cd-rows" label={t('retention.cd.rows')} message={at('rows')}>
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            value={draft.rows}
            onChange={(e) => set('rows')(e.target.value)}
          />
        )}
      </Field>
      <InputField
        id="cd-disposed-on"
        label={t('retention.cd.disposedOn')}
        message={at('disposedOn')}
        type="date"
        value={draft.disposedOn}
        onChange={set('disposedOn')}
      />
      <InputField
        id="cd-method"
        label={t('retention.cd.method')}
        hint={t('retention.cd.methodHint')}
        message={at('method')}
        maxLength={500}
        value={draft.method}
        onChange={set('method')}
      />
      <Field
        id="cd-file"
        label={t('retention.cd.file')}
        hint={t('retention.cd.fileHint')}
        message={at('certificate') ?? at('document')}
      >
        {(aria) => (
          <input
            {...aria}
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            onChange={(e) => setFile(e.target.files?.[0])}
          />
        )}
      </Field>
      <SubmitRow busy={submit.busy} label={t('retention.cd.submit')} paragraph />
    </form>
  );
}
