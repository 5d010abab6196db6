import type { AgentKind, ReplyMethod, RequestType } from './procedures.ts';

/** The request form as the person fills it in (empty strings for untouched fields). */
export interface Draft {
  readonly operator: string;
  readonly type: RequestType | '';
  readonly requesterKind: 'self' | 'agent';
  readonly agentKind: AgentKind | '';
  readonly identityKind: 'email' | 'staff-number' | 'name-birth';
  readonly identityEmail: string;
  readonly staffNumber: string;
  readonly name: string;
  readonly birthDate: string;
  readonly contactEmail: string;
  readonly postalAddress: string;
  readonly replyMethod: ReplyMethod | '';
  readonly ground: string;
  readonly note: string;
}

export const EMPTY_DRAFT: Draft = {
  operator: '',
  type: '',
  requesterKind: 'self',
  agentKind: '',
  identityKind: 'email',
  identityEmail: '',
  staffNumber: '',
  name: '',
  birthDate: '',
  contactEmail: '',
  postalAddress: '',
  replyMethod: '',
  ground: '',
  note: '',
};

export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic'] as const;
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_FILES = 4;

export interface Upload {
  readonly kind: 'identity' | 'agent-authority';
  readonly file: File;
}

/** RQ-6 grounds a person may give for suspension or erasure. */
export const GROUNDS = ['unlawful-use', 'improper-acquisition', 'no-longer-needed', 'breach', 'rights-harmed'] as const;
export const GROUND_TYPES: readonly RequestType[] = [
  'suspension-of-use',
  'erasure',
  'suspension-of-provision',
  'deletion',
];

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());

async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The body of POST /privacy/requests: empty fields left out, so the API names what is missing. */
export async function requestBody(draft: Draft, uploads: readonly Upload[]) {
  const identity =
    draft.identityKind === 'email'
      ? { kind: 'email', email: text(draft.identityEmail) }
      : draft.identityKind === 'staff-number'
        ? { kind: 'staff-number', staffNumber: text(draft.staffNumber) }
        : { kind: 'name-birth', name: text(draft.name), birthDate: text(draft.birthDate) };
  const contact = {
    ...(draft.replyMethod !== 'paper' && text(draft.contactEmail) ? { email: text(draft.contactEmail) } : {}),
    ...(draft.replyMethod === 'paper' && text(draft.postalAddress) ? { postalAddress: text(draft.postalAddress) } : {}),
  };
  const details = {
    ...(GROUND_TYPES.includes(draft.type as RequestType) && draft.ground ? { ground: draft.ground } : {}),
    ...(text(draft.note) ? { note: text(draft.note) } : {}),
  };
  const documents = await Promise.all(
    uploads.map(async (u) => ({
      kind: u.kind,
      fileName: u.file.name,
      mediaType: u.file.type,
      content: await base64(u.file),
    })),
  );
  return {
    operator: draft.operator,
    type: draft.type,
    requester: {
      kind: draft.requesterKind,
      ...(draft.requesterKind === 'agent' && draft.agentKind ? { agentKind: draft.agentKind } : {}),
      identity: JSON.parse(JSON.stringify(identity)) as Record<string, string>,
      contact,
    },
    replyMethod: draft.replyMethod,
    ...(Object.keys(details).length > 0 ? { details } : {}),
    ...(documents.length > 0 ? { documents } : {}),
  };
}

/** What is wrong with a chosen file before it is sent (type and size), or undefined. */
export function fileProblem(file: File): 'type' | 'size' | undefined {
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type)) return 'type';
  return file.size > MAX_FILE_BYTES ? 'size' : undefined;
}
