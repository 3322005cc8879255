/**
 * Technical terms that a summary explains in its own words, reviewed by hand: entry id →
 * term (the entry id of the term, or an extra technical word from jargon.test.ts) → the plain
 * words in that summary that say what the term means. The jargon test fails when a summary
 * drops either the term (remove the line) or the explaining words (explain it again).
 */
export const EXPLAINED_IN_SUMMARY: Record<string, Record<string, string>> = {};
