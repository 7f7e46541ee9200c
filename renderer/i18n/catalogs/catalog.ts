/** The shape every catalogue has: nested groups of strings, keyed like the English one. */
export interface Catalog {
  readonly [key: string]: string | Catalog;
}

/** Every key of a catalogue as a dotted path, with its text. */
export function flattenCatalog(catalog: Catalog, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(path, v);
    else for (const [p, s] of flattenCatalog(v, path)) out.set(p, s);
  }
  return out;
}

/** The same tree with every text passed through `map` (with its dotted key). */
export function mapCatalog(catalog: Catalog, map: (text: string, key: string) => string, prefix = ""): Catalog {
  const out: Record<string, string | Catalog> = {};
  for (const [k, v] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${k}` : k;
    out[k] = typeof v === "string" ? map(v, path) : mapCatalog(v, map, path);
  }
  return out;
}
