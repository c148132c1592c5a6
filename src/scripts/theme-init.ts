/**
 * Runs inline in <head> before the first paint, so a stored theme choice applies without a flash.
 * With no stored choice, CSS follows `prefers-color-scheme` on its own. BaseHead hashes this text
 * for the Content-Security-Policy, so keep it a plain constant.
 */
export const themeInitScript = `try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
