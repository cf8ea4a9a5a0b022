/**
 * The tree shows the architecture (CONTRIBUTING's tour): library code sits in folders named by
 * domain, no folder grows past what a reader takes in at a glance, and no module imports itself
 * back through another.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = path.resolve('src');
const folders = (dir: string): string[] => [
  dir,
  ...readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => folders(path.join(dir, entry.name))),
];
const filesIn = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile());
const CODE = /\.(ts|tsx|astro)$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every relative import of every source file, resolved to the file it names. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const dir of folders(SRC)) {
    for (const entry of filesIn(dir).filter((file) => CODE.test(file.name))) {
      const file = path.join(dir, entry.name);
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(IMPORT)]
        .filter((match) => !/^\s*(?:import|export)\s+type\s/.test(match[0].trimStart()))
        .map((match) => path.resolve(dir, match[1]!));
      graph.set(file, targets);
    }
  }
  return graph;
}

/** The first chain of imports that leads back to where it started, if there is one. */
function firstCircle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const at = onPath.indexOf(file);
    if (at >= 0) return [...onPath.slice(at), file];
    if (done.has(file)) return undefined;
    onPath.push(file);
    for (const next of graph.get(file) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    onPath.pop();
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const circle = visit(file);
    if (circle) return circle.map((step) => path.relative(SRC, step));
  }
  return undefined;
}

describe('the source tree', () => {
  test('keeps at most 12 files directly in src/lib/', () => {
    expect(filesIn(path.join(SRC, 'lib')).length).toBeLessThanOrEqual(12);
  });

  test('has no folder of more than 20 files', () => {
    const crowded = folders(SRC)
      .map((dir) => `${path.relative(SRC, dir) || 'src'}: ${filesIn(dir).length}`)
      .filter((line) => Number(line.split(': ')[1]) > 20);
    expect(crowded).toEqual([]);
  });

  test('has no import circle', () => {
    expect(firstCircle(importGraph())).toBeUndefined();
  });
});
