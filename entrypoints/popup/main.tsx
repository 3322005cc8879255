import { render } from 'preact';
import '../../components/theme.css';
import '../../components/entry/entry.css';
import '../../components/search/search.css';
import { PopupApp } from './PopupApp';
import './popup.css';

// Rendered synchronously from bundled data: nothing to wait for before the first paint.
render(<PopupApp />, document.getElementById('app')!);
