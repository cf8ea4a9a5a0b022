/**
 * Writes new values into the YAML a SENCO already has, changing only what changed. When only
 * values changed (a new date, a reworded target), just those values are rewritten and every other
 * byte stays; when fields or list items come or go, the YAML is rewritten keeping each unchanged
 * field's comments, quotes, [flow] lists and order, and a new field goes in the schema's place.
 */
import { isDeepStrictEqual } from 'node:util';
import { Composer, CST, Document, isMap, isScalar, isSeq, parse, Parser, visit, type Node, type Scalar } from 'yaml';

/** The schema's order of keys for the map at a path: where a field the file did not have goes. */
export type KeyOrder = (path: readonly (string | number)[]) => readonly string[];

/** Long text stays on one line, [lists] have no inner spaces, and a blank is written as nothing. */
const WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false, nullStr: '' } as const;

/** YAML text for `value`, keeping everything of `previous` (YAML text) that still holds. */
export function mergeYaml(previous: string | undefined, value: unknown, keyOrder: KeyOrder): string {
  if (previous !== undefined) {
    const tokens = [...new Parser().parse(previous)];
    const doc = [...new Composer({ keepSourceTokens: true }).compose(tokens)][0];
    if (doc && doc.errors.length === 0 && doc.contents !== null) {
      if (isDeepStrictEqual(doc.toJS(), value)) return previous;
      const edited = editValuesInPlace(doc.contents, value, tokens);
      if (edited !== undefined) return edited;
      doc.contents = merge(doc, doc.contents, value, [], keyOrder) as typeof doc.contents;
      return doc.toString(WRITE_OPTIONS);
    }
  }
  const doc = new Document(value);
  compactLists(doc.contents);
  return doc.toString(WRITE_OPTIONS);
}

/** Short lists of words go on one line, [like, this], as the authoring guide writes them. */
function compactLists(node: unknown) {
  visit(node as Node, {
    Seq(_, seq) {
      const words = seq.items.map((item) => (isScalar(item) ? String(item.value) : undefined));
      if (words.length > 0 && words.every((word) => word !== undefined && !/[,[\]{}#"]/.test(word)) && words.join(', ').length <= 60)
        seq.flow = true;
    },
  });
}

/** When only values changed, rewrites just them in the source; undefined if fields came or went. */
function editValuesInPlace(root: Node, value: unknown, tokens: CST.Token[]): string | undefined {
  const changes: [Scalar, string | number | boolean][] = [];
  if (!valueChanges(root, value, changes)) return undefined;
  for (const [scalar, changed] of changes) {
    if (!scalar.srcToken || !CST.isScalar(scalar.srcToken)) return undefined;
    CST.setScalarValue(scalar.srcToken, String(changed));
  }
  const text = tokens.map((token) => CST.stringify(token)).join('');
  // A value that needs other quotes than it had (a number written as text, say) takes the long way.
  try {
    return isDeepStrictEqual(parse(text), value) ? text : undefined;
  } catch {
    return undefined;
  }
}

function valueChanges(node: Node | null | undefined, value: unknown, changes: [Scalar, string | number | boolean][]): boolean {
  if (isScalar(node) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
    if (node.value !== value) changes.push([node, value]);
    return true;
  }
  if (isMap(node) && isPlainObject(value)) {
    const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
    if (keys.length !== Object.keys(value).length || !keys.every((key) => key in value)) return false;
    return node.items.every((pair, index) => valueChanges(pair.value as Node, value[keys[index]!], changes));
  }
  if (isSeq(node) && Array.isArray(value)) {
    return node.items.length === value.length && node.items.every((item, index) => valueChanges(item as Node, value[index], changes));
  }
  return false;
}

function merge(doc: Document, node: Node | null | undefined, value: unknown, path: (string | number)[], keyOrder: KeyOrder): Node {
  if (node && isDeepStrictEqual(node.toJSON(), value)) return node;
  if (isMap(node) && isPlainObject(value)) {
    // Drop fields that are gone, then update the ones that stay, in the file's order.
    node.items = node.items.filter((pair) => isScalar(pair.key) && String(pair.key.value) in value);
    for (const pair of node.items) {
      const key = String((pair.key as Scalar).value);
      pair.value = merge(doc, pair.value as Node, value[key], [...path, key], keyOrder);
    }
    const order = keyOrder(path);
    for (const [key, child] of Object.entries(value)) {
      if (node.has(key)) continue;
      const present = node.items.map((item) => String((item.key as Scalar).value));
      node.items.splice(insertionIndex(present, key, order), 0, doc.createPair(key, child));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((item, index) => merge(doc, node.items[index] as Node | undefined, item, [...path, index], keyOrder));
    return node;
  }
  const created = doc.createNode(value) as Node;
  compactLists(created);
  // A replaced value keeps the comment written beside it.
  if (node) {
    created.comment = node.comment ?? null;
    created.commentBefore = node.commentBefore ?? null;
  }
  return created;
}

/** Where `key` goes among `present` keys: after the nearest key that comes before it in the schema. */
function insertionIndex(present: string[], key: string, order: readonly string[]): number {
  const rank = order.indexOf(key);
  if (rank === -1) return present.length;
  for (let before = rank - 1; before >= 0; before--) {
    const at = present.indexOf(order[before]!);
    if (at !== -1) return at + 1;
  }
  return 0;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
