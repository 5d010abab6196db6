// The privacy notice computed from the ledger: model, builders and text renderers (PDF lives in src/notice).

export { buildNotice } from './build-notice.ts';
export type { BuildNoticeOptions, NoticeRevision } from './build-notice-options.ts';
export type { Block, Field, ListItem, NoticeModel, NoticeSection } from './notice-model.ts';
export { renderHtml } from './render-html.ts';
export { renderMarkdown } from './render-markdown.ts';
