import { render } from 'preact';
import '../../components/theme.css';
import '../../components/entry/entry.css';
import '../../components/search/search.css';
import { EntryPage } from './EntryPage';
import './entry-page.css';

render(<EntryPage />, document.getElementById('app')!);
