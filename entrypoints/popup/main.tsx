import { render } from 'preact';

render(<main>Health Notes</main>, document.getElementById('app')!);
