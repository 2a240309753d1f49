// The treatment-plan tool: puts the checklist and aftercare days on the reader's own dates and makes a
// calendar file. Everything happens in this page: the date is never stored or sent.
import { fill, placeholderParts } from '../i18n/format';
import { isoDate } from '../lib/dates';
import {
  formatPlanDate,
  parseTreatmentDate,
  planCalendarHeader,
  planEvents,
  shiftDate,
  type PlanDay,
  type PlanItem,
  type PlanText,
} from '../lib/treatment-plan';

/**
 * Reads the plan back from the page that shows it (`TreatmentPlan.astro` marks each part with data
 * attributes), so the browser needs no second copy of it.
 */
function planFromPage(root: ParentNode): PlanDay[] {
  return [...root.querySelectorAll<HTMLElement>('[data-plan-day]')].map((day) => ({
    phase: day.dataset.phase as PlanDay['phase'],
    offset: Number(day.dataset.offset),
    label: day.dataset.label!,
    items: [...day.querySelectorAll<HTMLElement>('[data-plan-item]')].map((item) => ({
      kind: item.dataset.planItem as PlanItem['kind'],
      text: item.textContent!.trim(),
    })),
    guides: [...day.querySelectorAll<HTMLAnchorElement>('[data-plan-guide]')].map((link) => ({
      title: link.textContent!.trim(),
      href: link.getAttribute('href')!,
    })),
  }));
}

const root = document.querySelector<HTMLElement>('[data-plan]');
if (root) {
  const form = root.querySelector<HTMLFormElement>('[data-plan-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[type="date"]')!;
  const actions = root.querySelector<HTMLElement>('[data-plan-actions]')!;
  const status = root.querySelector<HTMLElement>('[data-plan-status]')!;
  const days = planFromPage(root);
  const locale = root.dataset.locale!;
  // The page's words (TreatmentPlan.astro), in its language.
  const text = JSON.parse(root.dataset.planText!) as PlanText;
  const site = { name: root.dataset.siteName!, url: root.dataset.siteUrl! };

  const show = () => {
    const treatment = parseTreatmentDate(input.value);
    for (const day of root.querySelectorAll<HTMLElement>('[data-plan-day]')) {
      const when = day.querySelector<HTMLElement>('[data-plan-when]')!;
      when.hidden = !treatment;
      if (!treatment) {
        when.replaceChildren();
        continue;
      }
      const date = shiftDate(treatment, Number(day.dataset.offset));
      when.replaceChildren(Object.assign(document.createElement('time'), { dateTime: isoDate(date), textContent: formatPlanDate(date, locale) }));
    }
    const window = root.querySelector<HTMLElement>('[data-plan-window]');
    const windowDates = window?.querySelector<HTMLElement>('[data-plan-when]');
    if (window && windowDates) {
      windowDates.hidden = !treatment;
      const when = (days: number) => {
        const date = shiftDate(treatment!, days);
        return Object.assign(document.createElement('time'), { dateTime: isoDate(date), textContent: formatPlanDate(date, locale) });
      };
      if (treatment) windowDates.replaceChildren(...placeholderParts(text.bookBetween, { from: when(Number(window.dataset.from)), to: when(Number(window.dataset.to)) }));
      else windowDates.replaceChildren();
    }
    actions.hidden = !treatment;
    status.textContent = treatment ? fill(text.showing, { date: formatPlanDate(treatment, locale) }) : '';
  };

  const downloadCalendar = async () => {
    const treatment = parseTreatmentDate(input.value);
    if (!treatment) return;
    // The calendar library loads only when a reader asks for the file.
    const { createEvents } = await import('ics');
    const { error, value } = createEvents(planEvents(days, treatment, site, text), planCalendarHeader(site.name));
    if (error || !value) {
      status.textContent = text.calendarFailed;
      return;
    }
    const url = URL.createObjectURL(new Blob([value], { type: 'text/calendar;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fill(text.calendarFile, { date: input.value }) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = text.calendarDownloading;
  };

  form.hidden = false;
  root.querySelector('[data-plan-noscript]')?.remove();
  input.addEventListener('input', show);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  root.querySelector('[data-plan-calendar]')!.addEventListener('click', () => void downloadCalendar());
  root.querySelector('[data-plan-print]')!.addEventListener('click', () => window.print());
  // A browser may restore the date when the reader comes back to the page.
  show();
}
