/**
 * Search, loaded only when a reader focuses the search box or opens /search/. Uses Pagefind's bare JS API
 * (a few KB) with our own accessible markup instead of the 48 KB Component UI.
 */
import {
  SEARCH_INDEX_DIR,
  SEARCH_RANKING,
  nextFocusIndex,
  readSearchState,
  resultCountText,
  markExcerptCuts,
  resultExcerpt,
  resultTitle,
  safeExcerpt,
  sameSearch,
  writeSearchState,
  type ResultCountText,
  type SearchState,
} from '../lib/search';

interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text: tells where an excerpt was cut. */
  content?: string;
  /** Where the words matched in the body text; empty when they matched only in metadata (aliases). */
  locations: number[];
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

export interface ResultView {
  url: string;
  title: string;
  section?: string;
  /** The heading of the part of the page that matched, when it is not the top of the page. */
  part?: string;
  excerpt: string;
}

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${BASE}${SEARCH_INDEX_DIR}/pagefind.js`) as Promise<Pagefind>).then(
    async (module) => {
      await module.options({ excerptLength: 22, ranking: SEARCH_RANKING });
      await module.init();
      return module;
    },
  );
  return pagefind;
}

/** Runs one search; returns the total and the first `limit` results ready to show. */
export async function runSearch(state: SearchState, limit: number): Promise<{ total: number; results: ResultView[] }> {
  const api = await loadPagefind();
  const filters = state.stages.length > 0 ? { stage: { any: state.stages } } : {};
  const response = await api.search(state.query, { filters });
  const found = response?.results ?? [];
  const data = await Promise.all(found.slice(0, limit).map((result) => result.data()));
  return {
    total: found.length,
    results: data.map((item) => {
      const best = item.sub_results?.[0];
      const inSection = best && best.url !== item.url && best.url.includes('#');
      return {
        url: inSection ? best.url : item.url,
        title: item.meta.title ?? item.url,
        section: item.meta.section,
        part: inSection ? best.title : undefined,
        excerpt: inSection ? markExcerptCuts(safeExcerpt(best.excerpt), item.content) : resultExcerpt(item),
      };
    }),
  };
}

function resultItem(result: ResultView): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'result-link';
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = resultTitle(result.title, result.part);
  link.append(title);
  item.append(link);
  if (result.section) {
    const section = document.createElement('span');
    section.className = 'result-section';
    section.textContent = result.section;
    item.append(section);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.innerHTML = result.excerpt;
  item.append(excerpt);
  return item;
}

interface ResultParts {
  /** The results list; its `data-search-text` holds the count's words in the page's language. */
  list: HTMLElement;
  /** The live region: its text is announced. */
  status: HTMLElement;
  /** A visible copy of the count, where the live region is visually hidden (the header). */
  count?: HTMLElement | null;
  noResults: HTMLTemplateElement;
}

/** Fills `list` with results, or with the zero-results help; says the count in the live region. */
export function renderResults(parts: ResultParts, query: string, found: { total: number; results: ResultView[] }): void {
  parts.list.replaceChildren(...found.results.map(resultItem));
  const help = parts.list.parentElement?.querySelector('.no-results');
  help?.remove();
  const count = resultCountText(found.total, query, JSON.parse(parts.list.dataset.searchText!) as ResultCountText);
  parts.status.textContent = count;
  if (parts.count) parts.count.textContent = count;
  if (found.total === 0) {
    const clone = parts.noResults.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
    if (clone) {
      clone.querySelector('.no-results-query')!.textContent = query;
      parts.list.after(clone);
    }
  }
}

/** Arrow keys move between the search box and the result links; Home and End jump. */
export function enableArrowKeys(input: HTMLInputElement, list: HTMLElement, onEscape: () => void): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  const move = (event: KeyboardEvent, current: number) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      input.focus();
      return;
    }
    if (current === -1 && (event.key === 'Home' || event.key === 'End')) return;
    const target = nextFocusIndex(current, event.key, links().length);
    if (target === undefined) return;
    event.preventDefault();
    if (target === -1) input.focus();
    else links()[target]?.focus();
  };
  input.addEventListener('keydown', (event) => move(event, -1));
  list.addEventListener('keydown', (event) => move(event, links().indexOf(event.target as HTMLAnchorElement)));
}

function debounce<A extends unknown[]>(run: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), ms);
  };
}

function searchParts(root: ParentNode): ResultParts {
  return {
    list: root.querySelector<HTMLElement>('[data-search-results]')!,
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    count: root.querySelector<HTMLElement>('[data-search-count]'),
    noResults: document.querySelector<HTMLTemplateElement>('#search-no-results')!,
  };
}

/**
 * The header search box: results open in place under the header, at most five, with a link to all. The
 * panel closes on Escape, on a click elsewhere and when focus leaves the search, so it never covers the
 * element that has focus.
 */
export function attachHeaderSearch(input: HTMLInputElement): void {
  const root = input.closest<HTMLElement>('[data-search-root]');
  const panel = root?.querySelector<HTMLElement>('#search-panel');
  if (!root || !panel || input.dataset.searchReady) return;
  input.dataset.searchReady = 'true';
  // The header's live region sits outside the Search panel (SiteHeader), so it is found in the header.
  const parts = { ...searchParts(root), status: root.closest('header')?.querySelector<HTMLElement>('[data-search-status]') ?? searchParts(root).status };
  const allLink = panel.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const close = () => {
    panel.hidden = true;
  };
  const update = debounce(async () => {
    const query = input.value.trim();
    if (!query) return close();
    const found = await runSearch({ query, stages: [] }, 5);
    // Stale (the words changed meanwhile) or the reader has moved on: do not open the panel over the page.
    if (input.value.trim() !== query || !root.contains(document.activeElement)) return;
    renderResults(parts, query, found);
    allLink.href = `${allLink.pathname}?${writeSearchState({ query, stages: [] })}`;
    allLink.hidden = found.total <= found.results.length;
    panel.hidden = false;
  }, 150);
  input.addEventListener('input', update);
  enableArrowKeys(input, parts.list, close);
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) close();
  });
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) close();
  });
  void loadPagefind();
  if (input.value.trim()) update();
}

/** The /search/ page: state lives in the URL, so a search can be shared, reloaded and filtered. */
export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-page-form');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="stage"]')];
  const parts = searchParts(document.querySelector('main') ?? document);
  const state = readSearchState(new URLSearchParams(location.search));
  input.value = state.query;
  for (const box of boxes) box.checked = state.stages.includes(box.value as never);

  const formState = () => readSearchState(new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, String(value)])));
  const run = async () => {
    const current = formState();
    const params = writeSearchState(current);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!current.query) {
      parts.list.replaceChildren();
      parts.status.textContent = '';
      return;
    }
    const found = await runSearch(current, 50);
    // A later search (other words or other stages) has started: its results, not these, belong on screen.
    if (!sameSearch(formState(), current)) return;
    renderResults(parts, current.query, found);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  input.addEventListener('input', debounce(() => void run(), 200));
  enableArrowKeys(input, parts.list, () => undefined);
  document.documentElement.classList.add('search-ready');
  if (state.query) void run();
}
