import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { LAB_UNITS, type LabUnit, type Nutrient } from '../../utils/glossary/categories';
import type { LabRange, TermEntry } from '../../utils/glossary/schema';
import { boundsIn, checkLabInput, type InputProblem, type NumberCheck as Check } from '../../utils/labs/number-check';
import { convertLabValue, formatLabValue } from '../../utils/units/lab-units';
import { Heading, type Level } from '../entry/Heading';
import { NumberLine } from './NumberLine';

interface Props {
  range: LabRange;
  nutrient: Nutrient;
  /** The unit the range and the line are shown in (the reader's pick above). */
  unit: LabUnit;
  seekCare?: TermEntry['seekCare'];
  level: Level;
  idPrefix: string;
}

function problemText(problem: InputProblem, example: string): string {
  switch (problem) {
    case 'empty':
      return i18n.t('learn.problem.empty', [example]);
    case 'notANumber':
      return i18n.t('learn.problem.notANumber', [example]);
    case 'negative':
      return i18n.t('learn.problem.negative');
    case 'tooLarge':
      return i18n.t('learn.problem.tooLarge');
  }
}

function verdictText(check: Extract<Check, { kind: 'result' }>, rangeText: string): string {
  const yours = `${formatLabValue(check.value, check.unit)} ${check.unit}`;
  if (check.verdict === 'below') return i18n.t('learn.below', [yours, rangeText]);
  if (check.verdict === 'above') return i18n.t('learn.above', [yours, rangeText]);
  return i18n.t('learn.within', [yours, rangeText]);
}

/**
 * The number line and "Check a number from your report". The typed value lives in this
 * component's state only: never stored, synced, logged or sent (ADR 0024).
 */
export function NumberCheck({ range, nutrient, unit, seekCare, level, idPrefix }: Props) {
  const [text, setText] = useState<string | null>(null);
  // The unit of the typed number; until the reader picks one it is the unit shown above.
  const [reportUnit, setReportUnit] = useState<LabUnit | null>(null);
  const inputUnit = reportUnit ?? unit;
  const check = text === null ? null : checkLabInput(text, range, nutrient, inputUnit);
  const shown = boundsIn(range, nutrient, unit);
  const inputBounds = boundsIn(range, nutrient, inputUnit);
  const rangeText = `${formatLabValue(inputBounds.low, inputUnit)}–${formatLabValue(inputBounds.high, inputUnit)} ${inputUnit}`;
  const marker = check?.kind === 'result' ? convertLabValue(check.value, check.unit, unit, nutrient) : null;
  const ids = { heading: `${idPrefix}-check`, input: `${idPrefix}-check-input`, message: `${idPrefix}-check-msg` };
  return (
    <div class="hn-check">
      <NumberLine bounds={shown} marker={marker} />
      <Heading level={level} id={ids.heading}>
        {i18n.t('learn.checkHeading')}
      </Heading>
      <div class="hn-check-row">
        <label for={ids.input}>{i18n.t('learn.checkLabel')}</label>
        <input
          id={ids.input}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={text ?? ''}
          aria-invalid={check?.kind === 'problem'}
          aria-describedby={ids.message}
          onInput={(e) => {
            if (reportUnit === null) setReportUnit(unit);
            setText(e.currentTarget.value);
          }}
        />
        <label for={`${ids.input}-unit`}>{i18n.t('learn.checkUnit')}</label>
        <select
          id={`${ids.input}-unit`}
          value={inputUnit}
          onChange={(e) => setReportUnit(e.currentTarget.value as LabUnit)}
        >
          {LAB_UNITS.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      <div id={ids.message} class="hn-check-result" role="status" data-testid="check-result">
        {check?.kind === 'problem' && (
          <p class="hn-error">{problemText(check.problem, formatLabValue(inputBounds.low, inputUnit))}</p>
        )}
        {check?.kind === 'result' && (
          <>
            <p class="hn-verdict" data-verdict={check.verdict}>
              {verdictText(check, rangeText)}
            </p>
            <p>{i18n.t('learn.labsDiffer')}</p>
            {check.far && (
              <div class="hn-far" data-testid="check-far">
                <p>{i18n.t('learn.far')}</p>
                {seekCare && <p>{seekCare.soon}</p>}
                {seekCare?.emergency && (
                  <p>
                    <strong>{`${i18n.t('emergencyLabel')} `}</strong>
                    {seekCare.emergency}
                  </p>
                )}
              </div>
            )}
          </>
        )}
      </div>
      <p class="hn-note">{i18n.t('learn.checkPrivate')}</p>
    </div>
  );
}
