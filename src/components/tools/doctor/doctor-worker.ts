// The 401 doctor's worker: reads a dropped or chosen file (a HAR file can weigh tens of megabytes,
// most of it bodies), diagnoses it and redacts it off the page's thread. Only the report and the
// redacted copy go back; the file's text, bodies included, ends with this message.
import { redactTranscript } from '../../../lib/http-auth/redact.ts';
import { doctorReport, type DoctorReport } from '../../../lib/tools/doctor-result.ts';

export type DoctorRequest = { id: number; now: number } & ({ file: File } | { text: string });

export type DoctorResponse =
	| { id: number; kind: 'progress'; read: number; size: number }
	| { id: number; kind: 'done'; report: DoctorReport; redacted: string | null };

const post = (response: DoctorResponse) => postMessage(response);

/** The file as text, reporting progress every 2% or so. */
async function readText(id: number, file: File): Promise<string> {
	const reader = file.stream().getReader();
	const decoder = new TextDecoder();
	const parts: string[] = [];
	let read = 0;
	let reported = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		read += value.byteLength;
		parts.push(decoder.decode(value, { stream: true }));
		if (read - reported >= file.size / 50) {
			reported = read;
			post({ id, kind: 'progress', read, size: file.size });
		}
	}
	parts.push(decoder.decode());
	return parts.join('');
}

addEventListener('message', async (event: MessageEvent<DoctorRequest>) => {
	const request = event.data;
	const input = 'file' in request ? await readText(request.id, request.file) : request.text;
	const report = doctorReport(input, request.now);
	const redacted = redactTranscript(input);
	post({
		id: request.id,
		kind: 'done',
		report,
		redacted: redacted.ok ? redacted.text : null,
	});
});
