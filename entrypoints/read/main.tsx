import { render } from 'preact';
import { settingsForFirstRender } from '../../components/settings/use-settings';
import '../../components/theme.css';
import '../../components/entry/entry.css';
import '../../components/page-terms.css';
import '../../components/reader/reader.css';
import '../frame-gate.content/highlights.css';
import { ReadTextApp } from './ReadTextApp';
import './read-text.css';

render(<ReadTextApp initialSettings={await settingsForFirstRender()} />, document.getElementById('app')!);
