import { i18n } from '#i18n';
import type { Settings } from '../../utils/settings/schema';
import { Checkbox } from './controls';
import { Section } from './Section';

interface Props {
  settings: Settings;
  change: (patch: Partial<Settings>, what: string) => void;
}

export function ToolbarSection({ settings, change }: Props) {
  return (
    <Section id="toolbar" title={i18n.t('toolbarOptions.title')}>
      <Checkbox
        id="show-badge"
        label={i18n.t('toolbarOptions.badge')}
        checked={settings.showBadge}
        onChange={(showBadge) =>
          change({ showBadge }, i18n.t(showBadge ? 'toolbarOptions.badgeOn' : 'toolbarOptions.badgeOff'))
        }
      />
    </Section>
  );
}
