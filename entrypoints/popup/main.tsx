import { i18n } from '#i18n';
import { render } from 'preact';
import { settingsForFirstRender } from '../../components/settings/use-settings';
import '../../components/theme.css';
import '../../components/entry/entry.css';
import '../../components/learn/learn.css';
import '../../components/search/search.css';
import { PopupApp } from './PopupApp';
import '../../components/page-terms.css';
import './popup.css';

// index.html's <title> is the English fallback until the script runs.
document.title = i18n.t('extName');
// Bundled data plus one storage read: the popup paints once, complete, in the user's theme.
render(<PopupApp initialSettings={await settingsForFirstRender()} />, document.getElementById('app')!);
