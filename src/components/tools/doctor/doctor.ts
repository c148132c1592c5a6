// The <http-doctor> element, which enhances the form DoctorTool.astro renders. Pasted text is
// diagnosed on the page as it is typed; a file, or text too long to read between keystrokes, goes
// to a worker (doctor-worker.ts) so the page stays responsive. DoctorTool.astro loads this module on
// the reader's first input.
import { redactTranscript } from '../../../lib/http-auth/redact.ts';
import { doctorReport, doctorResult, type DoctorReport } from '../../../lib/tools/doctor-result.ts';
import { show, type ToolParts } from '../client.ts';
import type { DoctorRequest, DoctorResponse } from './doctor-worker.ts';

/** Longer text than this (in characters) is read in the worker. */
const ON_PAGE_LIMIT = 200_000;

const now = () => Math.floor(Date.now() / 1000);

class HttpDoctor extends HTMLElement {
	#parts!: ToolParts;
	#report: DoctorReport | null = null;
	/** The redacted copy of a file; pasted text is redacted when the button asks for it. */
	#redactedFile: string | null = null;
	#fromFile = false;
	#worker: Worker | undefined;
	#latest = 0;

	connectedCallback() {
		const form = this.querySelector('form')!;
		const textarea = form.querySelector<HTMLTextAreaElement>('textarea')!;
		const file = form.querySelector<HTMLInputElement>('input[type="file"]')!;
		const reveal = this.querySelector<HTMLInputElement>('#doctor-reveal')!;
		this.#parts = {
			summary: this.querySelector<HTMLElement>('.tool-summary')!,
			result: this.querySelector<HTMLElement>('.tool-result')!,
		};
		textarea.addEventListener('input', () => this.#diagnoseText(textarea.value));
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			if (!this.#fromFile) this.#diagnoseText(textarea.value);
		});
		file.addEventListener('change', () => {
			const chosen = file.files?.[0];
			if (chosen) this.#diagnoseFile(chosen);
		});
		reveal.addEventListener('change', () => this.#render());
		this.querySelector('.doctor-copy')!.addEventListener('click', () => void this.#copy(textarea));
		this.#acceptDrops();
		// Read the text again even when unchanged: the build checked the example's token against a
		// fixed time, not the reader's clock, and the "show secrets" toggle needs a report to show.
		this.#diagnoseText(textarea.value);
	}

	#render() {
		if (!this.#report) return;
		const reveal = this.querySelector<HTMLInputElement>('#doctor-reveal')!.checked;
		show(this.#parts, doctorResult(this.#report, reveal));
	}

	#diagnoseText(text: string) {
		this.#fromFile = false;
		this.#redactedFile = null;
		if (text.length > ON_PAGE_LIMIT) return this.#ask({ id: ++this.#latest, now: now(), text });
		this.#latest++; // a file still being read must not overwrite what was typed since
		this.#report = doctorReport(text, now());
		this.#render();
	}

	#diagnoseFile(file: File) {
		this.#fromFile = true;
		this.#ask({ id: ++this.#latest, now: now(), file }, file.name);
	}

	#ask(request: DoctorRequest, name = 'the text') {
		const progress = this.querySelector<HTMLElement>('.doctor-progress')!;
		const bar = progress.querySelector('progress')!;
		bar.value = 0;
		progress.hidden = false;
		this.#parts.summary.textContent = `Reading ${name}…`;
		this.#worker ??= this.#startWorker();
		this.#worker.postMessage(request);
	}

	#startWorker(): Worker {
		const worker = new Worker(new URL('./doctor-worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<DoctorResponse>) => {
			const response = event.data;
			if (response.id !== this.#latest) return;
			const progress = this.querySelector<HTMLElement>('.doctor-progress')!;
			if (response.kind === 'progress') {
				progress.querySelector('progress')!.value = (100 * response.read) / response.size;
				return;
			}
			progress.hidden = true;
			this.#report = response.report;
			this.#redactedFile = response.redacted;
			this.#render();
		});
		worker.addEventListener('error', () => {
			this.#worker = undefined;
			this.querySelector<HTMLElement>('.doctor-progress')!.hidden = true;
			this.#parts.summary.textContent = 'The file could not be read.';
		});
		return worker;
	}

	/** A file dropped anywhere on the tool is diagnosed like a chosen one. */
	#acceptDrops() {
		const zone = this.closest<HTMLElement>('.tool') ?? this;
		zone.addEventListener('dragover', (event) => {
			if (!event.dataTransfer?.types.includes('Files')) return;
			event.preventDefault();
			zone.classList.add('doctor-dragging');
		});
		zone.addEventListener('dragleave', () => zone.classList.remove('doctor-dragging'));
		zone.addEventListener('drop', (event) => {
			zone.classList.remove('doctor-dragging');
			const dropped = event.dataTransfer?.files[0];
			if (!dropped) return;
			event.preventDefault();
			this.#diagnoseFile(dropped);
		});
	}

	/** Shows the redacted input and puts it on the clipboard when the browser allows. */
	async #copy(textarea: HTMLTextAreaElement) {
		const redacted = this.#fromFile ? this.#redactedFile : redactTranscript(textarea.value);
		const text = typeof redacted === 'string' ? redacted : redacted?.ok ? redacted.text : null;
		const box = this.querySelector<HTMLElement>('.doctor-redacted')!;
		const output = box.querySelector('textarea')!;
		const status = this.querySelector<HTMLElement>('.doctor-copy-status')!;
		if (text === null) {
			status.textContent = 'There is nothing to redact: the input could not be read.';
			return;
		}
		output.value = text;
		box.hidden = false;
		try {
			await navigator.clipboard.writeText(text);
			status.textContent = 'Copied the redacted input; it is shown below.';
		} catch {
			output.select();
			status.textContent = 'The browser did not allow copying: select the redacted input below.';
		}
	}
}
customElements.define('http-doctor', HttpDoctor);
