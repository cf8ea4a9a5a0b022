/**
 * Preloaded into a build (node --import) by tests that count how often a build reads a file: each
 * readFileSync or fs.promises.readFile of a file whose name is listed in WAYPOINT_TEST_COUNT_READS
 * (comma-separated) is counted, and the counts are written as JSON to WAYPOINT_TEST_COUNT_FILE when
 * the process exits.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const names = new Set((process.env['WAYPOINT_TEST_COUNT_READS'] ?? '').split(',').filter(Boolean));
const out = process.env['WAYPOINT_TEST_COUNT_FILE'];
const counts: Record<string, number> = Object.fromEntries([...names].map((name) => [name, 0]));
const count = (file: unknown) => {
  const name = typeof file === 'string' || file instanceof URL ? path.basename(file instanceof URL ? file.pathname : file) : '';
  if (names.has(name)) counts[name]!++;
};

const readFileSync = fs.readFileSync;
fs.readFileSync = ((file: Parameters<typeof readFileSync>[0], ...rest: unknown[]) => {
  count(file);
  return (readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
}) as typeof readFileSync;
const readFile = fs.promises.readFile;
fs.promises.readFile = ((file: Parameters<typeof readFile>[0], ...rest: unknown[]) => {
  count(file);
  return (readFile as (...args: unknown[]) => unknown)(file, ...rest);
}) as typeof readFile;
syncBuiltinESMExports();

if (out) process.on('exit', () => fs.writeFileSync(out, JSON.stringify(counts)));
