import { useI18n } from '../../shared/i18n.tsx';

/**
 * A file choice whose button speaks the page's language (the browser's own control speaks the browser's): the
 * input stays the labelled, focusable control, the visible button is its second label.
 */
export function FileChoice(props: {
  readonly id: string;
  readonly label: string;
  readonly accept: string;
  readonly file: File | undefined;
  readonly onFile: (file: File | undefined) => void;
  readonly describedBy?: string;
  readonly invalid?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        className="pc-file-input rq-sr-only"
        type="file"
        accept={props.accept}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? true : undefined}
        onChange={(e) => {
          props.onFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
      <label htmlFor={props.id} className="button secondary pc-file-button" aria-hidden="true">
        {t('mgmt.file.choose')}
      </label>{' '}
      <span className="hint">{props.file ? props.file.name : t('mgmt.file.none')}</span>
    </div>
  );
}
