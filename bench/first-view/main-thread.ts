// Where the page's main thread spends a stretch of the first view, from a Chromium trace
// (`bench:first-view -- --trace`): every complete event of the renderer's main thread, its self time
// (its duration less its children's) summed by name over the window, with JavaScript calls named by
// their function and script. Times in the window are milliseconds from navigation start, as the page's
// performance marks give them.

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { functionName?: string; url?: string; documentLoaderURL?: string };
  };
}

/** The main thread's self time by event name within [from, to] ms after navigation start. */
export function mainThreadBreakdown(
  traceJson: string,
  from: number,
  to: number,
): { name: string; ms: number }[] {
  const events = (JSON.parse(traceJson) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's main thread is the one that marked its navigation to the server (the trace also holds
  // the blank page's).
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  if (!navigation) return [];
  const main = { pid: navigation.pid, tid: navigation.tid };
  const start = navigation.ts + from * 1000;
  const end = navigation.ts + to * 1000;
  const own = events
    .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: an event's time inside the window, less its nested events' (a stack of open events).
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; key: string }[] = [];
  const clip = (e: TraceEvent) => Math.max(0, Math.min(e.ts + e.dur!, end) - Math.max(e.ts, start));
  for (const e of own) {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const inside = clip(e);
    if (parent) self.set(parent.key, (self.get(parent.key) ?? 0) - inside);
    const key = labelOf(e);
    self.set(key, (self.get(key) ?? 0) + inside);
    stack.push({ e, key });
  }
  return [...self]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .filter((r) => r.ms >= 1)
    .sort((a, b) => b.ms - a.ms);
}

function labelOf(e: TraceEvent): string {
  const data = e.args?.data;
  if ((e.name === 'FunctionCall' || e.name === 'EvaluateScript') && (data?.functionName || data?.url)) {
    const script = data.url ? data.url.split('/').at(-1) : '';
    return `${e.name} ${data.functionName || '(anonymous)'} ${script}`.trim();
  }
  return e.name;
}
