import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/theme.css';
import '../frame-gate.content/highlights.css';
import '../../components/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
