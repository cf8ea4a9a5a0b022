/**
 * `npm run check -- --symbols <pupil-id>`: every key word of a pupil's wording with the symbol it
 * gets and why, so the SENCO can confirm each one or change it in the plan: `word[symbol]` chooses
 * a symbol, `word[-]` shows none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/display-path.ts';
import { fieldLabel } from '../content/field-meta.ts';
import type { SchoolContent } from '../content/school-content.ts';
import { pupilWording } from '../plan/pupil-words.ts';
import { symbolDensity } from '../symbols/density.ts';
import { symbolSet, type SymbolSet } from '../symbols/symbol-sets.ts';
import { NO_SYMBOL, splitSentences, tokenize, withoutSymbolChoices, type Token } from '../symbols/symbols.ts';
import { readYamlSource } from '../content/yaml-source.ts';
import { yearGroupLabel } from '../../schemas/index.ts';

const DENSITY_WORDS = {
  'every-key-word': 'a symbol over every key word',
  'one-per-sentence': 'one symbol for each goal or sentence',
  none: 'no symbols (the pupil can switch them on in "Reading tools")',
} as const;

/** What one word gets, in words. */
function describe(token: Token): string {
  const lead = token.lead ? ' *' : '';
  if (token.reason === 'chosen') {
    return token.chosen === NO_SYMBOL
      ? 'none (chosen in the plan)'
      : `${token.symbol ?? `"${token.chosen}" is not a symbol`} (chosen in the plan)${lead}`;
  }
  if (token.reason === 'denied') return 'none (the sentence says the opposite: "not", "never"…)';
  if (token.reason === 'not in the word list') return 'none (not in the word list)';
  if (token.reason === 'no symbol in this sense') {
    // A school's own set may have no image for the sense's word: say which word to add.
    if (token.means) return `none (the set has no symbol for "${token.means}"${token.phrase ? `, as in "${token.phrase}"` : ''})`;
    return token.phrase ? `none (as in "${token.phrase}")` : 'none (too general to draw)';
  }
  return `${token.symbol}${token.phrase ? ` (as in "${token.phrase}")` : ''}${lead}`;
}

/** The listing for one pupil, as lines to print; undefined when there is no such pupil. */
export function symbolsList(content: SchoolContent, pupilId: string, set: SymbolSet = symbolSet(content.folder)): string[] | undefined {
  const index = content.pupils.findIndex((pupil) => pupil.id === pupilId);
  if (index < 0) return undefined;
  const { plan } = content.pupils[index]!;
  const density = symbolDensity(plan, content.school.symbols);
  const file = path.join(content.folder, 'pupils', pupilId, 'plan.mdx');
  const source = readYamlSource(readFileSync(file, 'utf8'), 'frontmatter');
  const shown = displayPath(file);
  const lines = [
    `Symbols for ${plan.name} (${pupilId}), ${yearGroupLabel(plan.yearGroup)}, from ${set.name}.`,
    `"My plan" and the poster show ${DENSITY_WORDS[density]}${plan.symbols ? ', as the plan asks' : `, the school’s setting for ${yearGroupLabel(plan.yearGroup)}`}.`,
  ];
  lines.push('Below, * marks the one symbol a sentence keeps when the page shows one for each sentence.');
  plan.targets.forEach((target, at) => {
    if (target.symbol)
      lines.push(`Goal ${at + 1} has its own symbol: ${set.lookup(target.symbol) ?? `"${target.symbol}" is not a symbol`}.`);
  });
  for (const { path: where, text } of pupilWording(content, index)) {
    const line = source.lineOf(where);
    lines.push('', `${shown}${line ? `, line ${line}` : ''} — ${fieldLabel(where)}`);
    for (const sentence of splitSentences(text)) {
      lines.push(`  ${withoutSymbolChoices(sentence)}`);
      const keys = tokenize(sentence, set).filter((token) => token.key);
      const width = Math.max(0, ...keys.map((token) => token.word.length));
      for (const token of keys) lines.push(`    ${token.word.padEnd(width)}  ${describe(token)}`);
    }
  }
  lines.push(
    '',
    'To change a symbol, write it after the word in the plan: reading[books] chooses one, reading[-] shows none.',
    'A symbol is a word from the school word list (src/lib/symbols/lexicon.ts) or an OpenMoji name, like open-book.',
  );
  return lines;
}
