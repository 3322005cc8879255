import { render } from 'preact';
import { settingsForFirstRender } from '../../components/settings/use-settings';
import '../../components/theme.css';
import '../../components/entry/entry.css';
import '../../components/page-terms.css';
import '../../components/reader/reader.css';
import '../../components/reader/pdf/text-layer.css';
import '../frame-gate.content/highlights.css';
import { PdfReaderApp } from './PdfReaderApp';
import './pdf-reader.css';

render(<PdfReaderApp initialSettings={await settingsForFirstRender()} />, document.getElementById('app')!);
