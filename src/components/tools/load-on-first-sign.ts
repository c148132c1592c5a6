// A tool's code loads on the reader's first sign of life (a key, a tap, the pointer, a scroll):
// nothing runs while the page loads, and by the time someone types, the tool is ready. The page was
// built with the tool's example and its result in place, so it reads right without the code.
const SIGNS = ['keydown', 'pointerdown', 'pointermove', 'touchstart', 'wheel', 'scroll', 'focusin'];

/** Runs `load` (the tool's `import()` of its element module) once the reader shows a sign. */
export function loadOnFirstSign(load: () => Promise<unknown>): void {
	const start = () => {
		for (const sign of SIGNS) removeEventListener(sign, start, true);
		void load();
	};
	// An address with a query carries a tool's answers (the status chooser's links), and one with
	// `name=value` in its fragment a value handed over by another tool (the 401 doctor): show them now.
	if (location.search || location.hash.includes('=')) start();
	else for (const sign of SIGNS) addEventListener(sign, start, { capture: true, passive: true });
}
