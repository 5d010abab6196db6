import { list, section } from '../blocks.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { NoticeSection } from '../notice-model.ts';
import { historyLine, revisionHistory } from '../revision-history.ts';

/** Established date and every revision, newest last. */
export function revisionsSection(ctx: NoticeContext): NoticeSection | undefined {
  const history = revisionHistory(ctx);
  if (history.length === 0) return undefined;
  return section('revisions', ctx.l('revisions'), [list(history.map((entry) => historyLine(entry, ctx)))]);
}
