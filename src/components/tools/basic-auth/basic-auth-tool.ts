// The <basic-auth-tool> element, which enhances the two forms BasicAuthTool.astro renders.
// The component loads this module on the reader's first input (load-on-first-sign.ts).
import { decodeResult, encodeResult } from '../../../lib/tools/basic-auth-result.ts';
import type { ToolView } from '../../../lib/tools/view.ts';
import { edited, enhance, show } from '../client.ts';

const RESULTS: Record<string, (field: (name: string) => string) => ToolView> = {
	encode: (field) => encodeResult(field('user'), field('password')),
	decode: (field) => decodeResult(field('header')),
};

class BasicAuthTool extends HTMLElement {
	connectedCallback() {
		for (const [name, result] of Object.entries(RESULTS)) {
			const form = this.querySelector<HTMLFormElement>(`[data-form="${name}"]`)!;
			const field = (input: string) => (form.elements.namedItem(input) as HTMLInputElement).value;
			const render = () => show(parts, result(field));
			const parts = enhance(
				form,
				this.querySelector<HTMLElement>(`[data-output="${name}"]`)!,
				render,
			);
			if (edited(form)) render();
		}
	}
}
customElements.define('basic-auth-tool', BasicAuthTool);
