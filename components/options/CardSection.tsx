import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  HOVER_DELAY_STEP_MS,
  type Settings,
  type TextSize,
  type Theme,
  type UnitSystem,
} from '../../utils/settings/schema';
import { formatNumber } from '../../utils/i18n/format';
import { RadioGroup } from './controls';
import { Section } from './Section';

/** A slider fires on every step; sync storage allows ~120 writes a minute, so writes wait for a pause. */
const DELAY_SAVE_PAUSE_MS = 300;

// Functions, not constants: the messages are read when the section renders.
const themeChoices = (): readonly { value: Theme; label: string; name: string }[] => [
  { value: 'auto', label: i18n.t('cardOptions.themeAuto'), name: i18n.t('cardOptions.themeNameAuto') },
  { value: 'light', label: i18n.t('cardOptions.themeLight'), name: i18n.t('cardOptions.themeNameLight') },
  { value: 'dark', label: i18n.t('cardOptions.themeDark'), name: i18n.t('cardOptions.themeNameDark') },
];
const sizeChoices = (): readonly { value: TextSize; label: string; name: string }[] => [
  { value: 'small', label: i18n.t('cardOptions.sizeSmall'), name: i18n.t('cardOptions.sizeNameSmall') },
  { value: 'medium', label: i18n.t('cardOptions.sizeMedium'), name: i18n.t('cardOptions.sizeNameMedium') },
  { value: 'large', label: i18n.t('cardOptions.sizeLarge'), name: i18n.t('cardOptions.sizeNameLarge') },
];
const unitChoices = (): readonly { value: UnitSystem; label: string; hint: string }[] => [
  { value: 'us', label: i18n.t('cardOptions.unitsUs'), hint: i18n.t('cardOptions.unitsUsHint') },
  { value: 'si', label: i18n.t('cardOptions.unitsSi'), hint: i18n.t('cardOptions.unitsSiHint') },
];
const nameOf = <T extends string>(choices: readonly { value: T; name: string }[], value: T) =>
  choices.find((choice) => choice.value === value)?.name ?? value;

interface Props {
  settings: Settings;
  change: (patch: Partial<Settings>, what: string) => void;
}

export function CardSection({ settings, change }: Props) {
  const [draftDelay, setDraftDelay] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commit = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => commit.current?.(), []);

  const delay = draftDelay ?? settings.hoverDelayMs;
  const onDelayInput = (value: number) => {
    setDraftDelay(value);
    clearTimeout(timer.current);
    commit.current = () => {
      clearTimeout(timer.current);
      commit.current = undefined;
      change({ hoverDelayMs: value }, i18n.t('cardOptions.delaySaved', [formatNumber(value)]));
      setDraftDelay(null);
    };
    timer.current = setTimeout(() => commit.current?.(), DELAY_SAVE_PAUSE_MS);
  };

  const themes = themeChoices();
  const sizes = sizeChoices();
  return (
    <Section id="card" title={i18n.t('cardOptions.title')}>
      <div class="hn-field">
        <label for="hover-delay">{i18n.t('cardOptions.delay')}</label>
        <div class="hn-range">
          <input
            type="range"
            id="hover-delay"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={HOVER_DELAY_STEP_MS}
            value={delay}
            aria-valuetext={i18n.t('cardOptions.delayValue', delay, [formatNumber(delay)])}
            aria-describedby="hover-delay-hint"
            onInput={(event) => onDelayInput(Number(event.currentTarget.value))}
            onBlur={() => commit.current?.()}
          />
          <output for="hover-delay" class="hn-range-value" aria-hidden="true">
            {i18n.t('cardOptions.delayShort', [formatNumber(delay)])}
          </output>
        </div>
        <span class="hn-hint" id="hover-delay-hint">
          {i18n.t('cardOptions.delayHint', [formatNumber(HOVER_DELAY_MIN_MS), formatNumber(HOVER_DELAY_MAX_MS)])}
        </span>
      </div>
      <RadioGroup
        name="theme"
        legend={i18n.t('cardOptions.theme')}
        choices={themes}
        value={settings.theme}
        onChange={(theme) => change({ theme }, i18n.t('cardOptions.themeSaved', [nameOf(themes, theme)]))}
      />
      <RadioGroup
        name="text-size"
        legend={i18n.t('cardOptions.textSize')}
        choices={sizes}
        value={settings.textSize}
        onChange={(textSize) => change({ textSize }, i18n.t('cardOptions.sizeSaved', [nameOf(sizes, textSize)]))}
      />
      <RadioGroup
        name="units"
        legend={i18n.t('cardOptions.units')}
        choices={unitChoices()}
        value={settings.units}
        onChange={(units) => change({ units }, i18n.t('cardOptions.unitsSaved', [units === 'us' ? 'mg/dL' : 'mmol/L']))}
      />
    </Section>
  );
}
