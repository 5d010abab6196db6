/** One error shape from the API: `{ code, message, issues? }`, kept whole so forms can show field messages. */
export interface ApiIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
    /** The stable sub-code of a refused step (e.g. `second-person`, `already-executed`), when the API gives one. */
    readonly rule?: string,
  ) {
    super(message);
  }
}

/** The session's CSRF token: the console reads the (non-HttpOnly) cookie and echoes it on unsafe methods. */
function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'mamori_csrf' || name === '__Host-mamori_csrf') return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export interface ApiOptions {
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
}

/** Calls the API on the same origin; JSON in, JSON out; any non-2xx becomes an ApiError. */
export async function api<T>(method: string, path: string, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const csrf = csrfToken();
    if (csrf !== undefined) headers['x-csrf-token'] = csrf;
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const error = (typeof payload === 'object' && payload !== null ? payload : {}) as {
      code?: string;
      message?: string;
      issues?: ApiIssue[];
      rule?: string;
    };
    throw new ApiError(
      response.status,
      error.code ?? `HTTP_${response.status}`,
      error.message ?? String(payload).slice(0, 200),
      error.issues ?? [],
      error.rule,
    );
  }
  return payload as T;
}

/** The message of one field from an error's issues, matched by its path (e.g. `purposes.0.name.ja`). */
export function issueFor(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  // The API sends paths as dotted strings (error-body.ts); arrays are joined the same way.
  const pathOf = (issue: ApiIssue) => (Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path));
  return error.issues.find((issue) => pathOf(issue) === path)?.message;
}
