/**
 * Surface forms that must never be highlighted on their own: everyday English words that
 * would mark unrelated text ("salt", "stress", "fits"), and unit or symbol abbreviations
 * that collide with ordinary writing ("mg" is milligrams far more often than magnesium).
 * Compared after normalisation (lower case, straight apostrophes, single spaces).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // function words and fillers
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'for', 'from', 'has', 'have', 'in',
  'is', 'it', 'its', 'may', 'no', 'not', 'of', 'on', 'or', 'so', 'that', 'the', 'this', 'to', 'too',
  'up', 'was', 'we', 'will', 'with', 'you',
  // unit and element symbols that read as ordinary text
  'mg', 'ca', 'na', 'cl', 'k', 'p', 'dl', 'ml', 'meq', 'mmol', 'iu', 'mcg',
  // everyday words that are ambiguous outside a health context
  'blood', 'body', 'bone', 'bones', 'care', 'coffee', 'diet', 'drink', 'energy', 'fit', 'fits',
  'fluid', 'food', 'foods', 'heart', 'high', 'jerk', 'jerks', 'level', 'levels', 'low', 'mineral',
  'minerals', 'muscle', 'muscles', 'nerve', 'nerves', 'pill', 'pills', 'salt', 'salts', 'shaking',
  'sign', 'signs', 'sleep', 'stress', 'test', 'tests', 'water', 'weakness', 'confusion', 'drugs',
  'medicine', 'medicines', 'pressure', 'rest', 'stone', 'stones', 'tone', 'trauma',
]);

/** Shorter surface forms collide with abbreviations and initials in ordinary text. */
export const MIN_SURFACE_LENGTH = 3;
