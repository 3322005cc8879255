import type { Settings } from '../../utils/settings/schema';
import { Checkbox } from './controls';
import { Section } from './Section';

interface Props {
  settings: Settings;
  change: (patch: Partial<Settings>, what: string) => void;
}

export function ToolbarSection({ settings, change }: Props) {
  return (
    <Section id="toolbar" title="Toolbar button">
      <Checkbox
        id="show-badge"
        label="Show how many terms a page has on the toolbar button"
        checked={settings.showBadge}
        onChange={(showBadge) => change({ showBadge }, showBadge ? 'term count shown' : 'term count hidden')}
      />
    </Section>
  );
}
