import { render } from 'preact';
import { settingsForFirstRender } from '../../components/settings/use-settings';
import '../../components/theme.css';
import '../../components/entry/entry.css';
import '../../components/search/search.css';
import { PopupApp } from './PopupApp';
import './popup.css';

// Bundled data plus one storage read: the popup paints once, complete, in the user's theme.
render(<PopupApp initialSettings={await settingsForFirstRender()} />, document.getElementById('app')!);
