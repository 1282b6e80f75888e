// The relationship an entity page's relation stands for, named as the corroboration reads name it. Apart
// from the wire schemas (which build zod objects as they load), so the client can use it without them.

/** The relationship an entity page's relation stands for: `(source)-[:type {key}]->(target)`. */
export function relationRefOf(
  entityId: string,
  r: { direction: 'out' | 'in'; type: string; key: string; other: { id: string } },
): { source: string; type: string; target: string; key: string } {
  const [source, target] = r.direction === 'out' ? [entityId, r.other.id] : [r.other.id, entityId];
  return { source, type: r.type, target, key: r.key };
}
