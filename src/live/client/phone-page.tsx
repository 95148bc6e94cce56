/** The script of /live/ (src/pages/live/index.astro): renders the phone app into its box. */
import { render } from 'preact';
import PhoneApp from './PhoneApp';
import './live.css';

render(<PhoneApp />, document.querySelector('[data-live-app]')!);
