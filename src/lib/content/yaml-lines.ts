/**
 * The line of every field of a YAML document, as a small tree of plain data: what a problem's line
 * is read from (YamlSource.lineOf). Plain data, so the checker's cache (rebuild/check-cache.ts) can
 * keep it beside the file's data, and a file read from that cache gives the same lines as one parsed
 * anew: both look lines up here.
 */
import { isMap, isScalar, isSeq, type Document } from 'yaml';

/** A step into a node: the line it lands on (the key's, for a map entry), and the node there. */
type Step = [line: number | undefined, node: LineNode];
/** A map's entries by their keys as text (the first of equal keys), a list's items, or a single value. */
export type LineNode = { map: Map<string, Step> } | { seq: (Step | undefined)[] } | null;
export interface LineTree {
  line: number | undefined;
  root: LineNode;
}

/** The tree of a parsed document, each offset turned into a file line by `toLine`. */
export function lineTree(doc: Document, toLine: (offset: number) => number): LineTree {
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : toLine(offset));
  const nodeOf = (node: unknown): LineNode => {
    if (isMap(node)) {
      const map = new Map<string, Step>();
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        const name = String(key.value);
        if (!map.has(name)) map.set(name, [lineAt(key.range?.[0]), nodeOf(pair.value)]);
      }
      return { map };
    }
    if (isSeq(node)) {
      return { seq: node.items.map((item) => (item ? [lineAt((item as { range?: [number] }).range?.[0]), nodeOf(item)] : undefined)) };
    }
    return null;
  };
  const root = doc.contents as { range?: [number] } | null;
  return { line: lineAt(root?.range?.[0]), root: nodeOf(root) };
}

/**
 * The line of the field at `path`, or of its nearest parent that exists: a map entry by its key
 * written as text, a list item by its index.
 */
export function lineIn(tree: LineTree, path: readonly PropertyKey[]): number | undefined {
  let { line, root: node } = tree;
  for (const key of path) {
    let step: Step | undefined;
    if (node && 'map' in node) step = node.map.get(String(key));
    else if (node && 'seq' in node && typeof key === 'number') step = node.seq[key];
    if (!step) break;
    line = step[0] ?? line;
    node = step[1];
  }
  return line;
}
