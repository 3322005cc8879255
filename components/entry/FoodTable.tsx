import type { Nutrient } from '../../utils/glossary/categories';
import type { FoodRow } from '../../utils/glossary/schema';
import { DAILY_VALUE_MG, percentDailyValue } from '../../utils/units/lab-units';
import { Heading, type Level } from './Heading';

const NUTRIENT_NAME: Record<Nutrient, string> = { magnesium: 'Magnesium', calcium: 'Calcium', potassium: 'Potassium' };

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
  const name = NUTRIENT_NAME[nutrient];
  const headingId = `${idPrefix}-foods`;
  return (
    <section class="hn-section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        Foods with {name.toLowerCase()}
      </Heading>
      <div class="hn-table-wrap">
        <table class="hn-foods">
          <thead>
            <tr>
              <th scope="col">Food</th>
              <th scope="col">Serving</th>
              <th scope="col" class="hn-num">
                {name} (mg)
              </th>
              <th scope="col" class="hn-num">
                <abbr title="percent of the Daily Value">% DV</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {foods.map((f) => (
              <tr key={f.food}>
                <th scope="row">{f.food}</th>
                <td>{f.serving}</td>
                <td class="hn-num">{f.mg}</td>
                <td class="hn-num">{percentDailyValue(f.mg, nutrient)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hn-note">
        % DV: share of the adult Daily Value on food labels ({DAILY_VALUE_MG[nutrient].toLocaleString('en')} mg of{' '}
        {name.toLowerCase()} a day).
      </p>
    </section>
  );
}
