import { type FormEvent, type MouseEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import type { FieldProblems } from './form-fields.tsx';
import { IssueLine, useIssueText } from './issue-text.tsx';
import { useLedger } from './ledger-context.tsx';
import { type FieldIssue, issuesOf, listAt, pathTokens, proposeLedger, validateLedger } from './ledger-edit.ts';
import type { Ledger, LedgerIssue } from './ledger-types.ts';

type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'issues'; readonly ledger: Ledger; readonly issues: readonly LedgerIssue[] }
  | { readonly kind: 'valid' }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'stale'; readonly current: number }
  | { readonly kind: 'failed'; readonly message: string };

const PAGE_OF: Record<string, string> = { purposes: 'purposes', dataItems: 'items' };

/**
 * The frame of an edit screen: the fields (children, given where each problem belongs), the reason for the
 * change, "Check" (validate only) and "Propose" (validate, then a proposal for a second person). Problems of
 * this element are shown at their fields and listed on top with links; problems the change causes elsewhere
 * (a purpose that used an item) are listed with a link to that element.
 */
export function EditForm(props: {
  readonly title: string;
  readonly section: 'purposes' | 'dataItems';
  readonly index: number;
  readonly build: () => Ledger;
  /** Each field's element id and label, so the summary can name it and link to it. */
  readonly fields: Readonly<Record<string, { readonly id: string; readonly label: string }>>;
  readonly cancelTo: string;
  readonly children: (problems: FieldProblems) => ReactNode;
}) {
  const { t } = useI18n();
  const { version, local, reload } = useLedger();
  const word = useIssueText();
  const navigate = useNavigate();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome.kind !== 'none') summary.current?.focus();
  }, [outcome]);

  const split =
    outcome.kind === 'issues' ? issuesOf(outcome.issues, props.section, props.index) : { mine: [], others: [] };
  const wordOf = (issue: LedgerIssue) =>
    word(issue, outcome.kind === 'issues' ? listAt(outcome.ledger, issue.path) : undefined);
  const problems: FieldProblems = {
    at: (field) => split.mine.filter((issue) => issue.field === field),
    word: wordOf,
  };

  async function run(mode: 'check' | 'propose') {
    setBusy(true);
    setCommentError(undefined);
    const ledger = props.build();
    try {
      if (mode === 'check') {
        const issues = await validateLedger(ledger);
        setOutcome(issues.length > 0 ? { kind: 'issues', ledger, issues } : { kind: 'valid' });
        return;
      }
      if (comment.trim() === '') {
        setCommentError(t('ledger.edit.commentRequired'));
        document.getElementById('change-comment')?.focus();
        return;
      }
      const result = await proposeLedger(ledger, comment.trim(), version.number);
      if (result.kind === 'invalid') setOutcome({ kind: 'issues', ledger, issues: result.issues });
      else if (result.kind === 'comment') setCommentError(result.message);
      else if (result.kind === 'stale') setOutcome({ kind: 'stale', current: result.current });
      else if (result.kind === 'unchanged') setOutcome({ kind: 'unchanged' });
      else {
        reload();
        navigate(`/ledger/proposals/${result.proposal.id}`, { state: { proposed: true } });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('propose');
  };
  const focusField = (field: string) => (event: MouseEvent) => {
    const target = document.getElementById(props.fields[field]?.id ?? '');
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
  const elementOf = (issue: LedgerIssue) => {
    const [section, index] = pathTokens(issue.path);
    if (outcome.kind !== 'issues' || typeof section !== 'string' || typeof index !== 'number') return undefined;
    const element = (
      (outcome.ledger as unknown as Record<string, unknown>)[section] as
        | { id: string; name?: { ja: string; en: string }; text?: { ja: string; en: string } }[]
        | undefined
    )?.[index];
    if (!element) return undefined;
    const page = PAGE_OF[section];
    return {
      label: local(element.name ?? element.text) || element.id,
      to: page ? `/ledger/${page}/${element.id}` : undefined,
    };
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <h2>{props.title}</h2>
      <p className="hint">{t('ledger.edit.basedOn', { n: version.number })}</p>
      <div ref={summary} tabIndex={-1} className="edit-outcome">
        {outcome.kind === 'issues' ? (
          <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
            <h3 id="error-summary-title">{t('ledger.edit.problems', { count: outcome.issues.length })}</h3>
            <ul>
              {split.mine.map((issue: FieldIssue) => (
                <li key={`m-${issue.path}-${issue.code}`}>
                  <a href={`#${props.fields[issue.field]?.id ?? ''}`} onClick={focusField(issue.field)}>
                    {props.fields[issue.field]?.label ?? issue.field}
                  </a>
                  {': '}
                  <IssueLine issue={issue} text={wordOf(issue)} />
                </li>
              ))}
              {split.others.map((issue) => {
                const element = elementOf(issue);
                return (
                  <li key={`o-${issue.path}-${issue.code}`}>
                    {element?.to ? <Link to={element.to}>{element.label}</Link> : (element?.label ?? issue.path)}
                    {': '}
                    <IssueLine issue={issue} text={wordOf(issue)} />
                  </li>
                );
              })}
            </ul>
          </div>
        ) : outcome.kind === 'valid' ? (
          <p className="notice-ok" role="status">
            {t('ledger.edit.valid')}
          </p>
        ) : outcome.kind === 'unchanged' ? (
          <p className="notice-warn" role="status">
            {t('ledger.edit.unchanged')}
          </p>
        ) : outcome.kind === 'stale' ? (
          <p className="error" role="alert">
            {t('ledger.edit.stale', { base: version.number, current: outcome.current })}
          </p>
        ) : outcome.kind === 'failed' ? (
          <p className="error" role="alert">
            {t('common.error', { message: outcome.message })}
          </p>
        ) : null}
      </div>
      {props.children(problems)}
      <div className="field change-reason">
        <label htmlFor="change-comment">{t('ledger.edit.comment')}</label>
        <p className="hint" id="change-comment-hint">
          {t('ledger.edit.commentHint')}
        </p>
        {commentError ? (
          <p className="field-error" id="change-comment-error">
            {commentError}
          </p>
        ) : null}
        <textarea
          id="change-comment"
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? 'change-comment-hint change-comment-error' : 'change-comment-hint'}
        />
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('ledger.edit.propose')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void run('check')}>
          {t('ledger.edit.check')}
        </button>
        <Link className="button secondary" to={props.cancelTo}>
          {t('common.cancel')}
        </Link>
      </div>
      {busy ? (
        <p role="status" className="hint">
          {t('ledger.edit.checking')}
        </p>
      ) : null}
    </form>
  );
}
