/** Plain names for the glossary categories, the same on every surface. */
import { i18n } from '#i18n';
import type { Category } from '../utils/glossary/categories';

export function categoryLabel(category: Category): string {
  switch (category) {
    case 'condition':
      return i18n.t('category.condition');
    case 'sign':
      return i18n.t('category.sign');
    case 'symptom':
      return i18n.t('category.symptom');
    case 'nutrient':
      return i18n.t('category.nutrient');
    case 'supplement':
      return i18n.t('category.supplement');
    case 'medication':
      return i18n.t('category.medication');
    case 'test':
      return i18n.t('category.test');
    case 'treatment':
      return i18n.t('category.treatment');
    case 'body-process':
      return i18n.t('category.bodyProcess');
  }
}
