/**
 * npm run generate-school -- --pupils 1500 --out /tmp/school [--seed 7]
 * Writes a complete content folder of fictional pupils for the benchmark. The same seed always
 * writes the same files. Point WAYPOINT_CONTENT at the folder to check or build it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { generateSchool } from './lib/generate-school.ts';

const program = new Command('generate-school')
  .description('Write a fictional school of N pupils, for the benchmark.')
  .requiredOption('--pupils <n>', 'how many pupils', (value) => Number.parseInt(value, 10))
  .requiredOption('--out <folder>', 'the content folder to write (emptied first)')
  .option('--seed <n>', 'the seed: the same seed writes the same school', (value) => Number.parseInt(value, 10), 1)
  .option('--sample <folder>', 'the folder whose strategy bank and glossary to reuse', 'content')
  .parse();
const options = program.opts<{ pupils: number; out: string; seed: number; sample: string }>();
if (!Number.isInteger(options.pupils) || options.pupils < 1) program.error('--pupils must be a whole number, 1 or more.');

const files = generateSchool({ pupils: options.pupils, seed: options.seed, sample: options.sample });
rmSync(options.out, { recursive: true, force: true });
for (const [file, text] of files) {
  const full = path.join(options.out, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}
console.log(`Wrote ${options.pupils} pupils (seed ${options.seed}) to ${options.out}: ${files.size} files.`);
