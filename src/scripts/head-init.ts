/**
 * Runs inline in <head> before the first paint. It marks the page as scripted (`.js` on <html>),
 * so the tools show their forms in the first frame instead of moving the page when their module
 * arrives, and it applies a stored theme choice without a flash. With no stored choice, CSS follows
 * `prefers-color-scheme` on its own. BaseHead hashes this text for the Content-Security-Policy, so
 * keep it a plain constant.
 */
export const headInitScript = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
