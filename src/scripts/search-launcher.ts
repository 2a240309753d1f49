/**
 * The only script on content pages. It loads the search code when the reader focuses the search box,
 * and gives the box its shortcuts: "/" and Ctrl/⌘-K.
 */
const input = document.querySelector<HTMLInputElement>('#site-search');

if (input) {
  input.addEventListener('focus', () => void import('./search-ui').then((ui) => ui.attachHeaderSearch(input)), {
    once: true,
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const slash = event.key === '/' && !typing;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (slash || commandK) {
      event.preventDefault();
      input.focus();
    }
  });
}
