// The <jwt-inspector> element, which enhances the form JwtTool.astro renders.
// The component loads this module on the reader's first input (load-on-first-sign.ts).
import { jwtResult } from '../../../lib/tools/jwt-result.ts';
import { enhance, show, takeFragmentValue } from '../client.ts';

class JwtInspector extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const field = (name: string) =>
			(form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value;
		const render = () =>
			show(
				parts,
				jwtResult(
					{ token: field('token'), skew: field('skew'), aud: field('aud'), iss: field('iss') },
					{ now: Math.floor(Date.now() / 1000), source: 'device' },
				),
			);
		const parts = enhance(form, this.querySelector<HTMLElement>('.tool-output')!, render);
		// A token handed over by the 401 doctor (/tools/jwt/#token=…).
		const handed = takeFragmentValue('token');
		if (handed !== null) (form.elements.namedItem('token') as HTMLTextAreaElement).value = handed;
		// The page was built with the example compared with a fixed time: the reader's own clock
		// (and time zone) replaces it.
		render();
	}
}
customElements.define('jwt-inspector', JwtInspector);
