/**
 * Plain-language checks on the words families and pupils read (DESIGN §7), built on the retext
 * family: sentence length, reading age (retext-readability), long words with a plain alternative
 * (retext-simplify plus a British list), the passive voice, and unexplained abbreviations or jargon.
 */
import { retext } from 'retext';
import retextPassive from 'retext-passive';
import retextSimplify from 'retext-simplify';
import type { GlossaryTerm } from '../../schemas/index.ts';
import { aboveReadingAge, FAMILY_READING_AGE } from './reading-age.ts';

export type Audience = 'family' | 'pupil';

/** Words a sentence may have: a warning above `warn`, a problem above `max`. */
export const SENTENCE_LIMITS: Record<Audience, { warn: number; max: number }> = {
  family: { warn: 14, max: 20 },
  pupil: { warn: 12, max: 12 },
};

export { FAMILY_READING_AGE } from './reading-age.ts';

/**
 * Words and phrases retext-simplify does not know, or knows only in American spelling, with the
 * plain word to use instead.
 */
export const BRITISH_PLAIN_WORDS: Record<string, string> = {
  utilise: 'use',
  utilised: 'used',
  utilising: 'using',
  facilitate: 'help',
  'in order to': 'to',
  whilst: 'while',
  liaise: 'talk',
  'liaise with': 'talk to',
  endeavour: 'try',
  'prior to': 'before',
  commence: 'start',
  subsequently: 'then',
  ascertain: 'find out',
  'in conjunction with': 'with',
  'with regard to': 'about',
  'on a daily basis': 'every day',
  'on a regular basis': 'often',
  'going forward': 'from now on',
  signpost: 'point you to',
  cohort: 'group',
  implement: 'do',
  monitor: 'check',
  additional: 'extra',
  approximately: 'about',
  sufficient: 'enough',
};

/**
 * Jargon families meet in plans. Each is fine once the glossary explains it (the family view then
 * explains it on first use); otherwise the checker asks for plain words or a glossary entry.
 */
export const JARGON = [
  'intervention',
  'interventions',
  'differentiation',
  'differentiated',
  'scaffolding',
  'scaffolded',
  'provision',
  'fine motor',
  'gross motor',
  'sensory processing',
  'executive function',
  'receptive language',
  'expressive language',
  'dysregulated',
  'dysregulation',
  'co-regulation',
  'book band',
  'book-band',
  'decode',
  'decoding',
  'phonics',
  'precision teaching',
  'running record',
  'split digraph',
  'tricky words',
  'annual review',
  'SEN support',
  'key stage',
  'attainment',
  'cognition',
];

/** Capitals that are words everyone knows, not abbreviations to explain. */
const COMMON_CAPITALS = new Set(['I', 'OK', 'TV', 'PE', 'UK', 'A', 'II', 'III', 'IV']);

export interface Finding {
  rule: 'sentence-length' | 'reading-age' | 'plain-words' | 'passive' | 'unexplained-term';
  severity: 'error' | 'warning';
  message: string;
  fix: string;
  /** Which line of the text, counting from 1: most texts are one line. */
  line: number;
}

const simplify = retext().use(retextSimplify, {
  ignore: ['very', 'additional', 'require', 'monitor', 'provide', 'type', 'it is', 'there are'],
});
const passive = retext().use(retextPassive);

/** Terms the glossary explains (and their aliases), lower case. */
export function glossaryWords(glossary: readonly GlossaryTerm[]): Set<string> {
  return new Set(glossary.flatMap((term) => [term.term, ...term.aliases].map((word) => word.toLowerCase())));
}

interface Sentence {
  text: string;
  words: number;
  line: number;
}

/**
 * The text's sentences, with their word counts. retext splits the text; a full stop after a number
 * ("ring 01632 960 418. Then…") does not end a sentence for retext, so those are split again here.
 * A phone number or a number written in groups counts as one word.
 */
export function sentences(text: string): Sentence[] {
  const tree = retext().parse(text) as unknown as Parent;
  const found: Sentence[] = [];
  const walk = (node: Parent) => {
    if (node.type === 'SentenceNode') {
      const line = node.position?.start.line ?? 1;
      for (const part of toText(node).split(/(?<=\d[.!?])\s+(?=["“‘(]?\p{Lu})/u)) {
        found.push({ text: part.trim(), words: countWords(part), line });
      }
      return;
    }
    node.children?.forEach((child) => walk(child));
  };
  walk(tree);
  return found;
}

/** Words in a sentence: runs of letters or digits, with a number in groups ("01632 960 418") as one. */
export const countWords = (sentence: string) =>
  sentence.replace(/\d[\d ]*\d/g, '0').match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

interface Parent {
  type: string;
  value?: string;
  children: Parent[];
  position?: { start: { line: number } };
}
const toText = (node: Parent): string => node.value ?? node.children.map(toText).join('');

const quote = (text: string, length = 60) => `"${text.length > length ? `${text.slice(0, length - 1)}…` : text}"`;

const remembered = new Map<string, Map<string, Finding[]>>();
const glossaryKeys = new WeakMap<ReadonlySet<string>, string>();
const NO_GLOSSARY: ReadonlySet<string> = new Set();

/**
 * Every plain-language finding in one text written for families or pupils. Results are remembered
 * per glossary (by its words, so the preview's re-reading of the school reads only what changed):
 * the same bank wording in many plans is read once.
 */
export function checkPlainText(text: string, audience: Audience, glossary: ReadonlySet<string> = NO_GLOSSARY): Finding[] {
  let glossaryKey = glossaryKeys.get(glossary);
  if (glossaryKey === undefined) {
    glossaryKey = [...glossary].sort().join('\n');
    glossaryKeys.set(glossary, glossaryKey);
  }
  const known = rememberedFor(glossaryKey);
  const key = `${audience}\u0000${text}`;
  const found = known.get(key) ?? readText(text, audience, glossary);
  known.set(key, found);
  const read = touched.get(glossaryKey) ?? new Map<string, Finding[]>();
  touched.set(glossaryKey, read.set(key, found));
  return found;
}

/** The findings remembered for one glossary (by its words), made empty the first time. */
function rememberedFor(glossaryKey: string): Map<string, Finding[]> {
  let known = remembered.get(glossaryKey);
  if (!known) remembered.set(glossaryKey, (known = new Map<string, Finding[]>()));
  return known;
}

/** What checkPlainText has read since this process started or last took them: glossary, text, findings. */
const touched = new Map<string, Map<string, Finding[]>>();
export type RememberedFindings = [glossary: string, texts: [key: string, findings: Finding[]][]][];

/** The findings of every text read since the last call (a build keeps them for the next: rebuild/check-cache.ts). */
export function takeRememberedFindings(): RememberedFindings {
  const taken = [...touched].map(([glossary, texts]): RememberedFindings[number] => [glossary, [...texts]]);
  touched.clear();
  return taken;
}

/** Findings an earlier build of the same code read, so their texts are not read again. */
export function rememberFindings(entries: RememberedFindings): void {
  for (const [glossary, texts] of entries) {
    const known = rememberedFor(glossary);
    for (const [key, findings] of texts) if (!known.has(key)) known.set(key, findings);
  }
}

function readText(text: string, audience: Audience, glossary: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const limit = SENTENCE_LIMITS[audience];
  for (const sentence of sentences(text)) {
    if (sentence.words > limit.max) {
      findings.push({
        rule: 'sentence-length',
        severity: 'error',
        line: sentence.line,
        message: `A sentence for ${audience === 'family' ? 'families' : 'pupils'} has ${sentence.words} words, more than ${limit.max}: ${quote(sentence.text)}.`,
        fix: `Split it into shorter sentences of ${limit.warn} words or fewer.`,
      });
    } else if (sentence.words > limit.warn) {
      findings.push({
        rule: 'sentence-length',
        severity: 'warning',
        line: sentence.line,
        message: `A sentence for families has ${sentence.words} words: ${quote(sentence.text)}. Aim for ${limit.warn} or fewer.`,
        fix: 'Split it in two, or leave out words the reader does not need.',
      });
    }
  }
  if (audience === 'family') {
    for (const sentence of sentences(text)) {
      if (!aboveReadingAge(sentence.text)) continue;
      findings.push({
        rule: 'reading-age',
        severity: 'warning',
        line: sentence.line,
        message: `This sentence needs a reading age above ${FAMILY_READING_AGE}: ${quote(sentence.text)}.`,
        fix: 'Use shorter words and a shorter sentence.',
      });
    }
  }
  const seen = new Set<string>();
  for (const message of process(simplify, text)) {
    const word = String(message.actual ?? '').toLowerCase();
    if (seen.has(word)) continue;
    seen.add(word);
    const instead = (message.expected as string[] | undefined)?.slice(0, 2).join('" or "');
    findings.push({
      rule: 'plain-words',
      severity: 'warning',
      line: message.line ?? 1,
      message: `"${message.actual}" has a plainer word.`,
      fix: instead ? `Write "${instead}" instead.` : 'Use a shorter, everyday word.',
    });
  }
  for (const [phrase, instead] of Object.entries(BRITISH_PLAIN_WORDS)) {
    const at = findWord(text, phrase);
    if (at === -1 || seen.has(phrase)) continue;
    seen.add(phrase);
    findings.push({
      rule: 'plain-words',
      severity: 'warning',
      line: lineAt(text, at),
      message: `"${text.slice(at, at + phrase.length)}" has a plainer word.`,
      fix: `Write "${instead}" instead.`,
    });
  }
  for (const message of process(passive, text)) {
    findings.push({
      rule: 'passive',
      severity: 'warning',
      line: message.line ?? 1,
      message: `"${message.actual}" is in the passive voice, so it does not say who does it.`,
      fix: 'Say who does what: "Ms Patel checks…" rather than "…is checked".',
    });
  }
  findings.push(...unexplainedTerms(text, glossary));
  return findings;
}

/** Abbreviations (two or more capitals) and known jargon that the glossary does not explain. */
export function unexplainedTerms(text: string, glossary: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const explained = (term: string) => glossary.has(term.toLowerCase()) || [...glossary].some((known) => findWord(known, term) !== -1);
  for (const match of text.matchAll(/\b[A-Z][A-Z0-9]{1,}s?\b/g)) {
    const word = match[0].replace(/s$/, '');
    if (COMMON_CAPITALS.has(word) || reported.has(word) || explained(word) || explained(match[0])) continue;
    reported.add(word);
    findings.push({
      rule: 'unexplained-term',
      severity: 'warning',
      line: lineAt(text, match.index),
      message: `"${match[0]}" is an abbreviation the glossary does not explain.`,
      fix: `Write it out in plain words, or add "${word}" to glossary.yaml.`,
    });
  }
  for (const term of JARGON) {
    const at = findWord(text, term);
    if (at === -1 || reported.has(term.toLowerCase()) || explained(term)) continue;
    reported.add(term.toLowerCase());
    findings.push({
      rule: 'unexplained-term',
      severity: 'warning',
      line: lineAt(text, at),
      message: `"${text.slice(at, at + term.length)}" is jargon the glossary does not explain.`,
      fix: `Say it in plain words, or add "${term}" to glossary.yaml.`,
    });
  }
  return findings;
}

/** Where a word or phrase starts in the text as a whole word, ignoring case; -1 if it is not there. */
export function findWord(text: string, phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]');
  return text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'));
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

function process(processor: { processSync(text: string): { messages: VFileMessageLike[] } }, text: string) {
  return processor.processSync(text).messages;
}

interface VFileMessageLike {
  line?: number | null | undefined;
  actual?: string | null | undefined;
  expected?: string[] | null | undefined;
}
