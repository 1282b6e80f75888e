// POST /api/cypher for the console, keeping the whole error body (its `position` points into the query).
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
  ) {
    super(detail.message, options);
  }
}

export async function postCypher(
  query: string,
  params: Record<string, unknown>,
  explain: true,
): Promise<CypherPlanResponse>;
export async function postCypher(
  query: string,
  params: Record<string, unknown>,
  explain?: false,
): Promise<CypherResponse>;
export async function postCypher(
  query: string,
  params: Record<string, unknown>,
  explain = false,
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
    throw new ConsoleRequestError({
      status: res.status,
      code: body?.error?.code ?? 'HTTP_ERROR',
      message: body?.error?.message ?? `HTTP ${res.status}`,
      ...(body?.error?.hint ? { hint: body.error.hint } : retry ? { hint: `Retry in ${retry} s.` } : {}),
      ...(body?.error?.position ? { position: body.error.position } : {}),
    });
  }
  return body as unknown as CypherResponse | CypherPlanResponse;
}
