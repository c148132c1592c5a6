// The <www-authenticate-inspector> element, which enhances the form WwwAuthenticateTool.astro renders.
// The component loads this module on the reader's first input (load-on-first-sign.ts).
import { challengeResult } from '../../../lib/tools/challenge-result.ts';
import { edited, enhance, show, takeFragmentValue } from '../client.ts';

class WwwAuthenticateInspector extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const textarea = form.querySelector('textarea')!;
		const render = () => show(parts, challengeResult(textarea.value));
		const parts = enhance(form, this.querySelector<HTMLElement>('.tool-output')!, render);
		// A challenge handed over by the 401 doctor (/tools/www-authenticate/#header=…).
		const handed = takeFragmentValue('header');
		if (handed !== null) textarea.value = handed;
		if (handed !== null || edited(form)) render();
	}
}
customElements.define('www-authenticate-inspector', WwwAuthenticateInspector);
