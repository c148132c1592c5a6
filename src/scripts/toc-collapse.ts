/**
 * The table of contents sits above the article until the wide layout gives it a column of its own
 * (the 80rem breakpoint in src/styles/layout.css). There an open list would push the article a
 * screen down, so this closes it. It runs inline right after the <details>, before the first
 * paint, so nothing moves; without JavaScript the list stays open. BaseHead hashes this text for
 * the Content-Security-Policy, so keep it a plain constant.
 */
export const TOC_COLUMN_MEDIA = '(min-width: 80rem)';

export const tocCollapseScript = `document.currentScript.previousElementSibling.open=matchMedia('${TOC_COLUMN_MEDIA}').matches`;
