import { CATEGORIES, type Category } from '../../utils/glossary/categories';
import type { HighlightStyle, Settings } from '../../utils/settings/schema';
import { categoryLabel } from '../category-label';
import { Checkbox, RadioGroup } from './controls';
import { Section } from './Section';

const STYLE_CHOICES: readonly { value: HighlightStyle; label: string; hint: string }[] = [
  { value: 'underline', label: 'Dotted underline', hint: 'Leaves the page untouched.' },
  { value: 'background', label: 'Soft background', hint: 'Leaves the page untouched.' },
  {
    value: 'wrap',
    label: 'Wrap terms in an element',
    hint: 'For browsers or tools that need real elements; can upset some sites.',
  },
];

const STYLE_NAMES: Record<HighlightStyle, string> = {
  underline: 'dotted underline',
  background: 'soft background',
  wrap: 'wrapped terms',
};

interface Props {
  settings: Settings;
  change: (patch: Partial<Settings>, what: string) => void;
}

export function HighlightSection({ settings, change }: Props) {
  const toggleCategory = (category: Category, on: boolean) => {
    const shown = new Set(settings.categories);
    if (on) shown.add(category);
    else shown.delete(category);
    change(
      { categories: CATEGORIES.filter((c) => shown.has(c)) },
      `${categoryLabel(category)} terms ${on ? 'shown' : 'hidden'}`,
    );
  };

  return (
    <Section id="highlighting" title="Highlighting">
      <Checkbox
        id="enabled"
        label="Highlight health terms on web pages"
        hint="Turn off to stop highlighting everywhere. Search in the toolbar popup keeps working."
        checked={settings.enabled}
        onChange={(enabled) => change({ enabled }, enabled ? 'highlighting on' : 'highlighting off')}
      />
      <RadioGroup
        name="highlight-style"
        legend="Highlight style"
        choices={STYLE_CHOICES}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => change({ highlightStyle }, `highlight style, ${STYLE_NAMES[highlightStyle]}`)}
      />
      <Checkbox
        id="first-only"
        label="Highlight only the first time a term appears on a page"
        checked={settings.firstOccurrenceOnly}
        onChange={(firstOccurrenceOnly) =>
          change({ firstOccurrenceOnly }, firstOccurrenceOnly ? 'first occurrence only' : 'every occurrence')
        }
      />
      <fieldset class="hn-group">
        <legend>Kinds of terms to highlight</legend>
        <div class="hn-choices hn-columns">
          {CATEGORIES.map((category) => (
            <Checkbox
              key={category}
              id={`category-${category}`}
              label={categoryLabel(category)}
              checked={settings.categories.includes(category)}
              onChange={(on) => toggleCategory(category, on)}
            />
          ))}
        </div>
      </fieldset>
    </Section>
  );
}
