import { render } from 'preact';

render(<main>Entry</main>, document.getElementById('app')!);
