// Typed fetch wrappers for Dossier's HTTP API; a failed call throws an ApiError carrying the server's
// code, message and hint (or NETWORK when the server cannot be reached).
import type {
  ApiErrorCode,
  ArticleDetail,
  CorroboratedItem,
  Corroboration,
  CypherResponse,
  EntityDetail,
  EntityListName,
  EntityListPage,
  GraphSchemaResponse,
  HealthResponse,
  IngestRequest,
  IngestResponse,
  ErrorBody,
  SearchResponse,
  WireGraph,
} from '@dossier/model';

/** A failed call: the server's code (the model's catalogue), or NETWORK / HTTP_ERROR from the client. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly hint?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
  get unavailable(): boolean {
    return this.status === 503 || this.code === 'NETWORK';
  }
}

type Listener = (ok: boolean) => void;
const listeners = new Set<Listener>();
/** Called with false when a call finds the server or Neo4j unreachable, and true when one succeeds. */
export function onReachability(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A call to `path`; `started`: the same call already sent by the page's head (early-overview.js). */
async function request<T>(path: string, init?: RequestInit, started?: Promise<Response>): Promise<T> {
  let res: Response;
  try {
    res = await (started ?? fetch(path, init));
  } catch (e) {
    // A call the page cancelled (a closed dialog) says nothing about the server.
    if (init?.signal?.aborted) throw e;
    listeners.forEach((l) => l(false));
    throw new ApiError(0, 'NETWORK', 'The Dossier server cannot be reached.', 'Is it still running?', {
      cause: e,
    });
  }
  const body = (await res.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
  if (!res.ok) {
    if (res.status === 503) listeners.forEach((l) => l(false));
    const e = body?.error;
    throw new ApiError(res.status, e?.code ?? 'HTTP_ERROR', e?.message ?? `HTTP ${res.status}`, e?.hint);
  }
  listeners.forEach((l) => l(true));
  return body as T;
}

const enc = encodeURIComponent;

/** A request the page sent before its code loaded (client/public/early-overview.js). */
export interface EarlyRequest {
  path: string;
  response: Promise<Response>;
}

export const api = {
  health: () => request<HealthResponse>('/api/health'),
  /** The graph's labels, relationship types and property keys (the console's completion). */
  schema: () => request<GraphSchemaResponse>('/api/schema'),
  /** `early`: the first view's request as the page's head sent it, taken when it is the same address. */
  overview: (
    q: { types?: string[]; from?: string; to?: string; limit?: number } = {},
    early?: EarlyRequest,
  ) => {
    const p = new URLSearchParams();
    if (q.types?.length) p.set('types', q.types.join(','));
    if (q.from) p.set('from', q.from);
    if (q.to) p.set('to', q.to);
    if (q.limit) p.set('limit', String(q.limit));
    const path = `/api/graph?${p}`;
    return request<WireGraph>(path, undefined, early?.path === path ? early.response : undefined);
  },
  search: (q: string, limit = 8) => request<SearchResponse>(`/api/search?q=${enc(q)}&limit=${limit}`),
  entity: (id: string) => request<EntityDetail>(`/api/entities/${enc(id)}`),
  entityList: <L extends EntityListName>(id: string, list: L, offset: number, limit: number) =>
    request<EntityListPage<L>>(`/api/entities/${enc(id)}/${list}?offset=${offset}&limit=${limit}`),
  /** One relation's, event's or statement's outlets and versions (the entity panel, when an item opens). */
  corroboration: (item: CorroboratedItem) =>
    request<Corroboration>(
      item.kind === 'relation'
        ? `/api/corroboration/relation?${new URLSearchParams({ ...item.ref })}`
        : `/api/corroboration/${item.kind}/${enc(item.id)}`,
    ),
  neighbors: (id: string, limit = 40) =>
    request<WireGraph>(`/api/entities/${enc(id)}/neighbors?limit=${limit}`),
  paths: (from: string, to: string) => request<WireGraph>(`/api/paths?from=${enc(from)}&to=${enc(to)}`),
  article: (id: string) => request<ArticleDetail>(`/api/articles/${enc(id)}`),
  cypher: (query: string) =>
    request<CypherResponse>('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params: {} }),
    }),
  /** POST /api/articles: extract an article (dryRun: nothing is written) or load it into the graph. */
  ingest: (body: IngestRequest, opts: { token?: string; signal?: AbortSignal } = {}) =>
    request<IngestResponse>('/api/articles', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      },
      body: JSON.stringify(body),
      signal: opts.signal,
    }),
};
