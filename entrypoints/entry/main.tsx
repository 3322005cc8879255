import { render } from 'preact';
import { settingsForFirstRender } from '../../components/settings/use-settings';
import '../../components/theme.css';
import '../../components/entry/entry.css';
import '../../components/learn/learn.css';
import '../../components/search/search.css';
import { EntryPage } from './EntryPage';
import './entry-page.css';

// Like the popup (ADR 10): the first paint has the last settings seen, theme and units included.
render(<EntryPage initialSettings={await settingsForFirstRender()} />, document.getElementById('app')!);
