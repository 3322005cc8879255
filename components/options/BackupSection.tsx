import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';
import { readSettingsFile, serializeSettingsFile, SETTINGS_FILE_NAME } from '../../utils/settings/transfer';
import { ConfirmDialog } from './ConfirmDialog';
import { Section } from './Section';

interface Props {
  settings: Settings;
  loaded: boolean;
  replace: (next: Settings, done: string) => Promise<boolean>;
  report: (kind: 'saved' | 'error', text: string) => void;
}

type ImportMessage = { kind: 'ok' | 'error'; lines: string[] };

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; keep it alive a moment for slower browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupSection({ settings, loaded, replace, report }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<ImportMessage | null>(null);
  const [confirming, setConfirming] = useState(false);

  const exportSettings = () => {
    download(serializeSettingsFile(settings), SETTINGS_FILE_NAME);
    report('saved', i18n.t('backupOptions.exported', [SETTINGS_FILE_NAME]));
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readSettingsFile(file);
    if (!result.ok) {
      setMessage({
        kind: 'error',
        lines: [i18n.t('backupOptions.importFailed', [file.name, result.error]), i18n.t('backupOptions.unchanged')],
      });
      return;
    }
    const saved = await replace(result.settings, i18n.t('backupOptions.imported', [file.name]));
    setMessage(
      saved
        ? { kind: 'ok', lines: [i18n.t('backupOptions.imported', [file.name]), ...result.notes] }
        : { kind: 'error', lines: [i18n.t('backupOptions.saveFailed', [file.name])] },
    );
  };

  const reset = async () => {
    setConfirming(false);
    setMessage(null);
    await replace(structuredClone(DEFAULT_SETTINGS) as Settings, i18n.t('backupOptions.resetDone'));
  };

  return (
    <Section id="backup" title={i18n.t('backupOptions.title')}>
      <p class="hn-hint">{i18n.t('backupOptions.hint')}</p>
      <div class="hn-row">
        <button type="button" class="hn-button" onClick={exportSettings} disabled={!loaded}>
          {i18n.t('backupOptions.export')}
        </button>
        <button type="button" class="hn-button" onClick={() => fileInput.current?.click()} disabled={!loaded}>
          {i18n.t('backupOptions.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="hn-visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const input = event.currentTarget;
            void importFile(input.files?.[0]).finally(() => {
              // Choosing the same file again must trigger another import.
              input.value = '';
            });
          }}
        />
        <button type="button" class="hn-button hn-danger" onClick={() => setConfirming(true)} disabled={!loaded}>
          {i18n.t('backupOptions.reset')}
        </button>
      </div>
      <div id="import-error" class="hn-error" role="alert">
        {message?.kind === 'error' && message.lines.map((line) => <p key={line}>{line}</p>)}
      </div>
      <div id="import-result" class="hn-note" role="status">
        {message?.kind === 'ok' && message.lines.map((line) => <p key={line}>{line}</p>)}
      </div>
      <ConfirmDialog
        open={confirming}
        title={i18n.t('backupOptions.confirmTitle')}
        body={i18n.t('backupOptions.confirmBody')}
        confirmLabel={i18n.t('backupOptions.confirmReset')}
        onConfirm={() => void reset()}
        onCancel={() => setConfirming(false)}
      />
    </Section>
  );
}
