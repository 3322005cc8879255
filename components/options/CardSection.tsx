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
import { RadioGroup } from './controls';
import { Section } from './Section';

/** A slider fires on every step; sync storage allows ~120 writes a minute, so writes wait for a pause. */
const DELAY_SAVE_PAUSE_MS = 300;

const THEME_CHOICES: readonly { value: Theme; label: string }[] = [
  { value: 'auto', label: 'Match the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
const SIZE_CHOICES: readonly { value: TextSize; label: string }[] = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
];
const UNIT_CHOICES: readonly { value: UnitSystem; label: string; hint: string }[] = [
  { value: 'us', label: 'US units (mg/dL)', hint: 'As on most US lab reports.' },
  { value: 'si', label: 'SI units (mmol/L)', hint: 'As in most other countries.' },
];

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
      change({ hoverDelayMs: value }, `card delay, ${value} milliseconds`);
      setDraftDelay(null);
    };
    timer.current = setTimeout(() => commit.current?.(), DELAY_SAVE_PAUSE_MS);
  };

  return (
    <Section id="card" title="Cards">
      <div class="hn-field">
        <label for="hover-delay">Delay before a card opens</label>
        <div class="hn-range">
          <input
            type="range"
            id="hover-delay"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={HOVER_DELAY_STEP_MS}
            value={delay}
            aria-valuetext={`${delay} milliseconds`}
            aria-describedby="hover-delay-hint"
            onInput={(event) => onDelayInput(Number(event.currentTarget.value))}
            onBlur={() => commit.current?.()}
          />
          <output for="hover-delay" class="hn-range-value" aria-hidden="true">
            {delay} ms
          </output>
        </div>
        <span class="hn-hint" id="hover-delay-hint">
          In milliseconds ({HOVER_DELAY_MIN_MS}–{HOVER_DELAY_MAX_MS}). Shorter opens cards sooner; longer avoids cards
          while the pointer just passes by.
        </span>
      </div>
      <RadioGroup
        name="theme"
        legend="Theme"
        choices={THEME_CHOICES}
        value={settings.theme}
        onChange={(theme) => change({ theme }, `theme, ${theme === 'auto' ? 'match the system' : theme}`)}
      />
      <RadioGroup
        name="text-size"
        legend="Text size"
        choices={SIZE_CHOICES}
        value={settings.textSize}
        onChange={(textSize) => change({ textSize }, `text size, ${textSize}`)}
      />
      <RadioGroup
        name="units"
        legend="Units for lab values"
        choices={UNIT_CHOICES}
        value={settings.units}
        onChange={(units) => change({ units }, `units, ${units === 'us' ? 'mg/dL' : 'mmol/L'}`)}
      />
    </Section>
  );
}
