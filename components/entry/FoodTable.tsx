import { i18n } from '#i18n';
import type { Nutrient } from '../../utils/glossary/categories';
import type { FoodRow } from '../../utils/glossary/schema';
import { formatNumber, formatPercent } from '../../utils/i18n/format';
import { DAILY_VALUE_MG, percentDailyValue } from '../../utils/units/lab-units';
import { Heading, type Level } from './Heading';

/** The nutrient inside a sentence ("Foods with magnesium"). */
export function nutrientInText(nutrient: Nutrient): string {
  return nutrientNames(nutrient).inText;
}

/** The nutrient's name as a column heading ("Magnesium") and inside a sentence ("magnesium"). */
function nutrientNames(nutrient: Nutrient): { name: string; inText: string } {
  switch (nutrient) {
    case 'magnesium':
      return { name: i18n.t('nutrientName.magnesium'), inText: i18n.t('nutrientInText.magnesium') };
    case 'calcium':
      return { name: i18n.t('nutrientName.calcium'), inText: i18n.t('nutrientInText.calcium') };
    case 'potassium':
      return { name: i18n.t('nutrientName.potassium'), inText: i18n.t('nutrientInText.potassium') };
  }
}

export function FoodTable({
  foods,
  nutrient,
  level,
  idPrefix,
}: {
  foods: FoodRow[];
  nutrient: Nutrient;
  level: Level;
  idPrefix: string;
}) {
  const { name, inText } = nutrientNames(nutrient);
  const headingId = `${idPrefix}-foods`;
  return (
    <section class="hn-section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} focusable>
        {i18n.t('entry.foodsWith', [inText])}
      </Heading>
      <div class="hn-table-wrap">
        <table class="hn-foods">
          <thead>
            <tr>
              <th scope="col">{i18n.t('entry.food')}</th>
              <th scope="col">{i18n.t('entry.serving')}</th>
              <th scope="col" class="hn-num">
                {i18n.t('entry.mgColumn', [name])}
              </th>
              <th scope="col" class="hn-num">
                <abbr title={i18n.t('entry.dvTitle')}>{i18n.t('entry.dvAbbr')}</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {foods.map((f) => (
              <tr key={f.food}>
                <th scope="row">{f.food}</th>
                <td>{f.serving}</td>
                <td class="hn-num">{formatNumber(f.mg)}</td>
                <td class="hn-num">{formatPercent(percentDailyValue(f.mg, nutrient))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hn-note">{i18n.t('entry.dvNote', [formatNumber(DAILY_VALUE_MG[nutrient]), inText])}</p>
    </section>
  );
}
