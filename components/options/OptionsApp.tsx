import { i18n } from '#i18n';
import { BackupSection } from './BackupSection';
import { CardSection } from './CardSection';
import { HighlightSection } from './HighlightSection';
import { Preview } from './Preview';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { ToolbarSection } from './ToolbarSection';
import { useEditableSettings } from './use-editable-settings';

export function OptionsApp() {
  const { settings, loaded, status, change, replace, report } = useEditableSettings();
  const apply = (patch: Parameters<typeof change>[0], what: string) => void change(patch, what);

  return (
    <>
      <header class="hn-header">
        <h1>{i18n.t('options.title')}</h1>
        <p class="hn-muted">{i18n.t('options.applyAtOnce')}</p>
      </header>
      <main class="hn-layout" aria-busy={loaded ? undefined : 'true'}>
        <div class="hn-side">
          <Preview settings={settings} />
        </div>
        <div class="hn-form">
          <HighlightSection settings={settings} change={apply} />
          <CardSection settings={settings} change={apply} />
          <SitesSection settings={settings} change={change} />
          <ToolbarSection settings={settings} change={apply} />
          <ShortcutsSection />
          <BackupSection settings={settings} loaded={loaded} replace={replace} report={report} />
        </div>
        <div class="hn-status-bar">
          <p class="hn-status" id="save-status" role="status" aria-live="polite">
            {status?.kind === 'saved' && <span key={status.id}>{status.text}</span>}
          </p>
          <p class="hn-error" id="save-error" role="alert">
            {status?.kind === 'error' && <span key={status.id}>{status.text}</span>}
          </p>
        </div>
      </main>
    </>
  );
}
