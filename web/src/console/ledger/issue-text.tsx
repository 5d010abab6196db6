import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useLedger } from './ledger-context.tsx';
import { pathTokens } from './ledger-edit.ts';
import type { LedgerIssue } from './ledger-types.ts';

/**
 * The validator's problems in the console's language: codes the editing screens meet get a sentence naming the
 * element; anything else keeps the server's (English) sentence. The stable code is always shown beside it.
 */
export function useIssueText(): (issue: LedgerIssue, list?: readonly string[]) => string {
  const { t } = useI18n();
  const { nameOf } = useLedger();
  return (issue, list) => {
    const tokens = pathTokens(issue.path);
    const last = tokens.at(-1);
    const before = tokens.at(-2);
    const item = typeof last === 'number' && list !== undefined ? list[last] : undefined;
    const itemName = item === undefined ? '' : nameOf('dataItems', item);
    const key = ((): MessageKey | undefined => {
      switch (issue.code) {
        case 'LEDGER_ITEM_NOT_IN_CATEGORY':
          return item === undefined ? undefined : 'ledger.issue.itemNotInCategory';
        case 'LEDGER_MY_NUMBER_PURPOSE':
          return last === 'tags'
            ? 'ledger.issue.myNumberTags'
            : item === undefined
              ? undefined
              : 'ledger.issue.myNumberItem';
        case 'LEDGER_SPECIAL_CARE_BASIS':
          return before === 'specialCareBasis' || last === 'law'
            ? 'ledger.issue.specialCareLaw'
            : 'ledger.issue.specialCareBasis';
        case 'LEDGER_SPECIAL_CARE_FLAG':
          return 'ledger.issue.specialCareFlag';
        case 'LEDGER_STAFFING_FORBIDDEN':
          return 'ledger.issue.staffingForbidden';
        case 'LEDGER_DUPLICATE_ID':
          return 'ledger.issue.duplicateId';
        case 'SCHEMA_INVALID_FORMAT':
          return last === 'id' ? 'ledger.issue.idFormat' : undefined;
        case 'SCHEMA_TOO_SMALL':
          return last === 'ja' || last === 'en' ? 'ledger.issue.textRequired' : 'ledger.issue.chooseOne';
        case 'SCHEMA_INVALID_TYPE':
          return /^required/.test(issue.message) ? 'ledger.issue.required' : undefined;
        default:
          return undefined;
      }
    })();
    return key === undefined ? issue.message : t(key, { item: itemName });
  };
}

/** The message of one problem with its code, for a field or the summary. */
export function IssueLine({
  issue,
  text,
  id,
}: {
  readonly issue: LedgerIssue;
  readonly text: string;
  readonly id?: string;
}) {
  return (
    <span className="field-error" id={id}>
      {text}
      {issue.code ? (
        <>
          {' '}
          <code className="issue-code">{issue.code}</code>
        </>
      ) : null}
    </span>
  );
}
