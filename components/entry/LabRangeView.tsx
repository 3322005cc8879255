import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { LAB_UNITS, type LabUnit, type Nutrient } from '../../utils/glossary/categories';
import type { LabRange, TermEntry } from '../../utils/glossary/schema';
import type { UnitSystem } from '../../utils/settings/schema';
import { NumberCheck } from '../learn/NumberCheck';
import { Heading, type Level } from './Heading';
import { defaultLabUnit, labRangeIn } from './lab-display';

interface Props {
  range: LabRange;
  nutrient: Nutrient;
  system: UnitSystem;
  /** Shown with a checked number that is far outside the range. */
  seekCare?: TermEntry['seekCare'];
  level: Level;
  idPrefix: string;
}

export function LabRangeView({ range, nutrient, system, seekCare, level, idPrefix }: Props) {
  // Until the reader picks a unit, follow the settings (which may load after the first render).
  const [chosen, setChosen] = useState<LabUnit | null>(null);
  const unit = chosen ?? defaultLabUnit(system, nutrient);
  const shown = labRangeIn(range, nutrient, unit);
  const headingId = `${idPrefix}-lab`;
  return (
    <section class="hn-section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {i18n.t('entry.labHeading')}
      </Heading>
      <p class="hn-lab-range">
        <span class="hn-lab-measure">{capitalise(range.measure)}:</span>{' '}
        <output class="hn-lab-value" data-testid="lab-range" aria-live="polite">
          {shown.text}
        </output>
      </p>
      <fieldset class="hn-units">
        <legend>{i18n.t('entry.unit')}</legend>
        {LAB_UNITS.map((u) => (
          <label key={u} class="hn-unit">
            <input
              type="radio"
              name={`${idPrefix}-unit`}
              value={u}
              checked={u === unit}
              onChange={() => setChosen(u)}
            />
            <span>{u}</span>
          </label>
        ))}
      </fieldset>
      <p class="hn-note">{i18n.t('entry.labNote', [range.basis])}</p>
      <NumberCheck
        range={range}
        nutrient={nutrient}
        unit={unit}
        seekCare={seekCare}
        level={(level + 1) as Level}
        idPrefix={idPrefix}
      />
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
