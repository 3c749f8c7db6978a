import type { Entity } from './understanding.js';

export interface CatalogEntry {
  id: string;
  /** The product's names in every language the shop writes. */
  names: readonly string[];
}

/** Case- and accent-insensitive form; keeps one UTF-16 unit per character for the scripts we match. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const KEY_LENGTH = 2;

/**
 * Finds catalog products named in a message ("tell me more about the linen shirt", "舒适麂皮运动鞋
 * 有货吗"). Names are indexed by their first two folded characters, so a message costs one map
 * look-up per position rather than a scan of the catalog. Longest match wins; exact names only
 * (fuzzy matching belongs to the trained understanding).
 */
export function createCatalogMatcher(entries: readonly CatalogEntry[]): (text: string) => Entity[] {
  const byKey = new Map<string, Array<{ id: string; name: string }>>();
  for (const entry of entries) {
    for (const name of new Set(entry.names.map(foldText))) {
      if (name.length < 3) continue;
      const key = name.slice(0, KEY_LENGTH);
      const bucket = byKey.get(key) ?? [];
      bucket.push({ id: entry.id, name });
      byKey.set(key, bucket);
    }
  }
  for (const bucket of byKey.values()) bucket.sort((a, b) => b.name.length - a.name.length);

  return function matchCatalog(text: string): Entity[] {
    const folded = foldText(text);
    if (folded.length !== text.length) return []; // offsets would not line up; rare (ligatures)
    const found: Entity[] = [];
    for (let start = 0; start < folded.length - 1; start += 1) {
      if (start > 0 && /[\p{L}\p{N}]/u.test(folded[start - 1] ?? '') && /[a-z0-9]/.test(folded[start] ?? '')) continue;
      const bucket = byKey.get(folded.slice(start, start + KEY_LENGTH));
      const hit = bucket?.find((candidate) => folded.startsWith(candidate.name, start));
      if (!hit) continue;
      const end = start + hit.name.length;
      found.push({ type: 'product', value: hit.id, text: text.slice(start, end), start, end });
      start = end - 1;
    }
    return found;
  };
}
