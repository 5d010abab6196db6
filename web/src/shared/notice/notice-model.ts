// The notice model as `GET /privacy/notice?format=json` sends it: the core's own type, imported type-only so the
// page and the server cannot drift (nothing of src/ is bundled; the import is erased).
export type {
  Block as NoticeBlock,
  Field as NoticeField,
  ListItem as NoticeListItem,
  NoticeModel,
  NoticeSection,
} from '../../../../src/core/notice/notice-model.ts';

/** One published version as `GET /privacy/notice/versions` lists it. */
export interface NoticeVersion {
  readonly ledgerVersion: number;
  readonly publishedAt: string;
}
