import { i18n } from '#i18n';
import { CATEGORIES, type Category } from '../../utils/glossary/categories';
import type { Density, HighlightStyle, Settings } from '../../utils/settings/schema';
import { categoryLabel } from '../category-label';
import { Checkbox, RadioGroup } from './controls';
import { Section } from './Section';

// A function, not a constant: the messages are read when the section renders.
const styleChoices = (): readonly { value: HighlightStyle; label: string; hint: string; name: string }[] => [
  {
    value: 'underline',
    label: i18n.t('highlightOptions.styleUnderline'),
    hint: i18n.t('highlightOptions.untouchedHint'),
    name: i18n.t('highlightOptions.styleNameUnderline'),
  },
  {
    value: 'background',
    label: i18n.t('highlightOptions.styleBackground'),
    hint: i18n.t('highlightOptions.untouchedHint'),
    name: i18n.t('highlightOptions.styleNameBackground'),
  },
  {
    value: 'wrap',
    label: i18n.t('highlightOptions.styleWrap'),
    hint: i18n.t('highlightOptions.wrapHint'),
    name: i18n.t('highlightOptions.styleNameWrap'),
  },
];

const densityChoices = (): readonly { value: Density; label: string; hint: string; name: string }[] => [
  {
    value: 'section',
    label: i18n.t('highlightOptions.densitySection'),
    hint: i18n.t('highlightOptions.densitySectionHint'),
    name: i18n.t('highlightOptions.densityNameSection'),
  },
  {
    value: 'every',
    label: i18n.t('highlightOptions.densityEvery'),
    hint: '',
    name: i18n.t('highlightOptions.densityNameEvery'),
  },
  {
    value: 'page',
    label: i18n.t('highlightOptions.densityPage'),
    hint: '',
    name: i18n.t('highlightOptions.densityNamePage'),
  },
];

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
      i18n.t(on ? 'highlightOptions.kindShown' : 'highlightOptions.kindHidden', [categoryLabel(category)]),
    );
  };

  const styles = styleChoices();
  const styleName = (style: HighlightStyle) => styles.find((choice) => choice.value === style)?.name ?? style;
  const densities = densityChoices();
  const densityName = (density: Density) => densities.find((choice) => choice.value === density)?.name ?? density;
  return (
    <Section id="highlighting" title={i18n.t('highlightOptions.title')}>
      <Checkbox
        id="enabled"
        label={i18n.t('highlightOptions.enabled')}
        hint={i18n.t('highlightOptions.enabledHint')}
        checked={settings.enabled}
        onChange={(enabled) =>
          change({ enabled }, i18n.t(enabled ? 'highlightOptions.enabledOn' : 'highlightOptions.enabledOff'))
        }
      />
      <RadioGroup
        name="highlight-style"
        legend={i18n.t('highlightOptions.style')}
        choices={styles}
        value={settings.highlightStyle}
        onChange={(highlightStyle) =>
          change({ highlightStyle }, i18n.t('highlightOptions.styleSaved', [styleName(highlightStyle)]))
        }
      />
      <RadioGroup
        name="density"
        legend={i18n.t('highlightOptions.density')}
        choices={densities}
        value={settings.density}
        onChange={(density) => change({ density }, i18n.t('highlightOptions.densitySaved', [densityName(density)]))}
      />
      <fieldset class="hn-group">
        <legend>{i18n.t('highlightOptions.kinds')}</legend>
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
