import { i18n } from '#i18n';
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/theme.css';
import '../frame-gate.content/highlights.css';
import '../../components/options/options.css';
import '../../components/options/preview.css';
import '../../components/options/overlays.css';

// index.html's <title> is the English fallback until the script runs.
document.title = i18n.t('options.title');
render(<OptionsApp />, document.getElementById('app')!);
