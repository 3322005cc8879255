/** A value exactly as settings v1 (commit a373ebc) wrote it, with every field away from its default. */
export const V1_STORED = {
  enabled: false,
  disabledSites: ['example.com', '*.news.org'],
  categories: ['sign', 'symptom', 'nutrient'],
  highlightStyle: 'wrap',
  firstOccurrenceOnly: true,
  hoverDelayMs: 650,
  theme: 'dark',
  textSize: 'large',
  units: 'si',
  showBadge: false,
};
