import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/theme.css';
import '../frame-gate.content/highlights.css';
import '../../components/options/options.css';
import '../../components/options/preview.css';
import '../../components/options/overlays.css';

render(<OptionsApp />, document.getElementById('app')!);
