/** Native form controls with visible labels: the browser supplies keyboard behaviour (Space, arrows). */
import type { ComponentChildren } from 'preact';

interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
}

export function RadioGroup<T extends string>({ name, legend, choices, value, onChange, disabled }: RadioGroupProps<T>) {
  return (
    <fieldset class="hn-group" disabled={disabled}>
      <legend>{legend}</legend>
      <div class="hn-choices">
        {choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          return (
            <div class="hn-choice" key={choice.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={choice.value}
                checked={value === choice.value}
                aria-describedby={choice.hint ? `${id}-hint` : undefined}
                onChange={() => onChange(choice.value)}
              />
              <label for={id}>{choice.label}</label>
              {choice.hint && (
                <span class="hn-hint" id={`${id}-hint`}>
                  {choice.hint}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

interface CheckboxProps {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function Checkbox({ id, label, checked, onChange, hint }: CheckboxProps) {
  return (
    <div class="hn-choice">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <span class="hn-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
