/**
 * Decides which matches of context-needing forms ("seizure", "PPI", "tremors") are in their
 * health sense (ADR 22). Local and cheap: it runs only for such matches, and looks only at the
 * sentence around the match and at the other terms found in the same and the nearby blocks.
 *
 * The rule, chosen on the labelled set and the corpus (tests/eval, numbers in the ADR): a match
 * is kept when its sentence holds more health evidence than everyday evidence. Health evidence:
 * health cue words (sense-cues.ts) and terms of other entries that need no context. Everyday
 * evidence: everyday cue words. A sentence with no evidence either way (or a tie) takes the
 * balance of its whole block; a block with none takes the nearby blocks: a term that needs no
 * context within `nearby` blocks keeps the match.
 */
import { NEEDS_CONTEXT } from '../matcher/form-tables';
import type { TermMatch } from '../matcher/matcher';
import { healthCues, otherCues } from './sense-cues';

/** One block's text and the matches found in it, in reading order. */
export interface SenseBlock {
  text: string;
  matches: readonly TermMatch[];
}

export interface SenseRule {
  /** Blocks before and after whose unambiguous terms count when a sentence has no cue. */
  nearby: number;
  /** Everyday cue words count against the health sense. */
  otherCues: boolean;
  /** Health cue words count for it. */
  healthCues: boolean;
  /** Two more context-needing terms of other entries in the sentence count for it. */
  symptomLists: boolean;
}

export const DEFAULT_RULE: Readonly<SenseRule> = Object.freeze({
  nearby: 1,
  otherCues: true,
  healthCues: true,
  symptomLists: true,
});

// Cue words are ASCII: an ASCII pattern is cheaper than \p{L} and needs no `u` flag.
const WORD = /[A-Za-z0-9]+/g;
const SENTENCE_END = /[.!?;](?=\s|$)/gu;

/** Where the sentences of `text` end (the offsets of their final marks). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) ends.push(m.index);
  return ends;
}

/** The sentence of `text` that holds [start, end). */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  ends: readonly number[] = sentenceEnds(text),
): [number, number] {
  let from = 0;
  let to = text.length;
  for (const at of ends) {
    if (at < start) from = at + 1;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return [from, to];
}

interface Cue {
  at: number;
  weight: number;
}

/** The cue words in [from, to) of `text`: offset and weight. */
function cuesIn(text: string, from: number, to: number, rule: SenseRule): Cue[] {
  const cues: Cue[] = [];
  const health = healthCues();
  const other = otherCues();
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    if (rule.healthCues && health.has(word)) cues.push({ at: m.index, weight: 1 });
    else if (rule.otherCues && other.has(word)) cues.push({ at: m.index, weight: -1 });
  }
  return cues;
}

/**
 * A block's cue words, read only where a match asks: its sentence, and the whole block only for
 * a sentence without evidence. Measured on the dense corpus page (Chromium 156, 3 loads): reading
 * every word of every block with a context-needing match was 4.8 ms of a load's ~62 ms scan.
 */
class BlockCues {
  private readonly sentences = new Map<number, Cue[]>();
  private whole: Cue[] | null = null;

  constructor(
    private readonly text: string,
    private readonly rule: SenseRule,
  ) {}

  sentence(from: number, to: number): Cue[] {
    let cues = this.whole ? this.whole.filter((c) => c.at >= from && c.at < to) : this.sentences.get(from);
    if (!cues) this.sentences.set(from, (cues = cuesIn(this.text, from, to, this.rule)));
    return cues;
  }

  all(): Cue[] {
    return (this.whole ??= cuesIn(this.text, 0, this.text.length, this.rule));
  }
}

/** The cue words in [from, to), outside the match's own words ("deficiency" in "magnesium deficiency"). */
function cueBalance(cues: readonly Cue[], from: number, to: number, skip: TermMatch): number {
  let score = 0;
  for (const { at, weight } of cues) if (at >= from && at < to && (at < skip.start || at >= skip.end)) score += weight;
  return score;
}

const isSure = (m: TermMatch): boolean => m.sense !== NEEDS_CONTEXT;

/**
 * 1 when [from, to) names context-needing terms of two more entries: a list of symptoms
 * ("twitching, cramps and tremor") is about a body even when each word alone is not.
 */
function listOfTerms(matches: readonly TermMatch[], m: TermMatch, from: number, to: number): number {
  const others = new Set<string>();
  for (const o of matches) if (o.termId !== m.termId && o.start >= from && o.end <= to) others.add(o.termId);
  return others.size >= 2 ? 1 : 0;
}

/** Terms of other entries, needing no context, inside [from, to). */
function sureTermsIn(matches: readonly TermMatch[], m: TermMatch, from: number, to: number): number {
  let n = 0;
  for (const o of matches) if (o !== m && isSure(o) && o.termId !== m.termId && o.start >= from && o.end <= to) n++;
  return n;
}

/**
 * The matches to keep, per block: every match of a form that needs no context, and those of
 * context-needing forms that the rule puts in a health sense. Blocks without such matches
 * cost one `some` call.
 */
export function keepHealthSenses(
  blocks: readonly SenseBlock[],
  rule: SenseRule = DEFAULT_RULE,
): (readonly TermMatch[])[] {
  return blocks.map((block, b) => {
    if (!block.matches.some((m) => m.sense === NEEDS_CONTEXT)) return block.matches;
    const ends = sentenceEnds(block.text);
    const cues = new BlockCues(block.text, rule);
    return block.matches.filter((m) => {
      if (isSure(m)) return true;
      const [from, to] = sentenceAround(block.text, m.start, m.end, ends);
      const sentence =
        cueBalance(cues.sentence(from, to), from, to, m) +
        sureTermsIn(block.matches, m, from, to) +
        (rule.symptomLists ? listOfTerms(block.matches, m, from, to) : 0);
      if (sentence !== 0) return sentence > 0;
      const whole = cueBalance(cues.all(), 0, Infinity, m) + sureTermsIn(block.matches, m, 0, Infinity);
      if (whole !== 0) return whole > 0;
      for (let n = Math.max(0, b - rule.nearby); n <= Math.min(blocks.length - 1, b + rule.nearby); n++) {
        if (n !== b && sureTermsIn(blocks[n]!.matches, m, 0, Infinity) > 0) return true;
      }
      return false;
    });
  });
}
