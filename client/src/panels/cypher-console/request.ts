// POST /api/cypher for the console, keeping the whole error body (its `position` points into the query),
// and retrying once after a 429's Retry-After.
import type {
  ApiErrorCode,
  CypherPlanResponse,
  CypherResponse,
  ErrorBody,
  QueryPosition,
} from '@dossier/model';

export interface ConsoleError {
  status: number;
  code: ApiErrorCode;
  message: string;
  hint?: string;
  position?: QueryPosition;
}

export class ConsoleRequestError extends Error {
  override name = 'ConsoleRequestError';
  constructor(
    readonly detail: ConsoleError,
    options?: ErrorOptions,
    /** A 429's Retry-After, in seconds. */
    readonly retryAfterS: number | null = null,
  ) {
    super(detail.message, options);
  }
}

/** Called each second while a busy console waits to retry: the seconds left and the server's reason. */
export type OnBusy = (retryInS: number, reason: string) => void;

/** The longest Retry-After the console waits out by itself (the server's are the deadline, 15 s by default). */
const MAX_AUTO_RETRY_S = 30;

/**
 * POST /api/cypher. A 429 (the console's in-flight bound, or the rate limit) with a Retry-After is retried
 * once after that many seconds, `onBusy` counting down meanwhile; a second 429 is the caller's to show.
 */
export async function postCypher(
  query: string,
  params: Record<string, unknown>,
  explain: true,
  onBusy?: OnBusy,
): Promise<CypherPlanResponse>;
export async function postCypher(
  query: string,
  params: Record<string, unknown>,
  explain?: false,
  onBusy?: OnBusy,
): Promise<CypherResponse>;
export async function postCypher(
  query: string,
  params: Record<string, unknown>,
  explain = false,
  onBusy?: OnBusy,
): Promise<CypherResponse | CypherPlanResponse> {
  try {
    return await postOnce(query, params, explain);
  } catch (e) {
    if (!(e instanceof ConsoleRequestError) || e.retryAfterS === null || e.retryAfterS > MAX_AUTO_RETRY_S)
      throw e;
    for (let left = e.retryAfterS; left > 0; left--) {
      onBusy?.(left, e.detail.message);
      await new Promise((r) => setTimeout(r, 1000));
    }
    return postOnce(query, params, explain);
  }
}

async function postOnce(
  query: string,
  params: Record<string, unknown>,
  explain: boolean,
): Promise<CypherResponse | CypherPlanResponse> {
  let res: Response;
  try {
    res = await fetch('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params, explain }),
    });
  } catch (e) {
    throw new ConsoleRequestError(
      { status: 0, code: 'NETWORK', message: 'The Dossier server cannot be reached.' },
      { cause: e },
    );
  }
  const body = (await res.json().catch(() => null)) as Partial<ErrorBody> | null;
  if (!res.ok) {
    const retry = res.headers.get('retry-after');
    throw new ConsoleRequestError(
      {
        status: res.status,
        code: body?.error?.code ?? 'HTTP_ERROR',
        message: body?.error?.message ?? `HTTP ${res.status}`,
        ...(body?.error?.hint ? { hint: body.error.hint } : retry ? { hint: `Retry in ${retry} s.` } : {}),
        ...(body?.error?.position ? { position: body.error.position } : {}),
      },
      undefined,
      res.status === 429 && retry && /^\d+$/.test(retry) ? Number(retry) : null,
    );
  }
  return body as unknown as CypherResponse | CypherPlanResponse;
}
