/**
 * The only script on content pages. It loads the search code when the reader focuses the search box,
 * and gives the box its shortcuts: "/" and Ctrl/⌘-K. On phones the box sits in a closed <details>
 * (SiteHeader): opening it puts the cursor in the box, and a shortcut opens it first.
 */
const input = document.querySelector<HTMLInputElement>('#site-search');
const toggle = document.querySelector<HTMLDetailsElement>('[data-search-toggle]');

if (input) {
  toggle?.addEventListener('toggle', () => toggle.open && input.focus());
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
      if (toggle) toggle.open = true;
      input.focus();
    }
  });
}
