/** Plain names for the glossary categories, the same on every surface. */
import type { Category } from '../utils/glossary/categories';

const LABELS: Record<Category, string> = {
  condition: 'Condition',
  sign: 'Sign',
  symptom: 'Symptom',
  nutrient: 'Nutrient',
  supplement: 'Supplement',
  medication: 'Medicine',
  test: 'Test',
  treatment: 'Treatment',
  'body-process': 'Body process',
};

export function categoryLabel(category: Category): string {
  return LABELS[category];
}
