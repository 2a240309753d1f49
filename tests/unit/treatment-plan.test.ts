import { describe, expect, it } from 'vitest';
import { createEvents } from 'ics';
import {
  buildPlan,
  followUpWindow,
  formatPlanDate,
  parseTreatmentDate,
  planCalendarHeader,
  planEvents,
  planText,
  shiftDate,
  type PlanSource,
} from '../../src/lib/treatment-plan';
import { intlLocale } from '../../src/i18n/page-locale';

const SOURCES: PlanSource[] = [
  {
    title: 'Preparing',
    href: '/consultation/preparing/',
    checklist: [
      { daysBefore: 0, action: 'Arrive with clean skin.' },
      { daysBefore: 7, action: 'Stop retinoid creams, as your clinic advises.' },
      { daysBefore: 14, action: 'Keep out of strong sun.' },
    ],
  },
  { title: 'Skin after', href: '/procedure/skin-after/' },
  {
    title: 'First week',
    href: '/aftercare/first-week/',
    timeline: [
      { dayAfter: 1, do: ['Wash gently.'], avoid: ['Makeup.'] },
      { dayAfter: 0, do: ['Keep your skin clean.'], avoid: [] },
    ],
  },
];

describe('the treatment plan', () => {
  const plan = buildPlan(SOURCES, 'en');

  it('counts down to treatment, then up from it, from the guides’ own checklists and timelines', () => {
    expect(plan.before.map((day) => [day.offset, day.label])).toEqual([
      [-14, '2 weeks before'],
      [-7, '1 week before'],
      [-0, 'On the morning of your treatment'],
    ]);
    expect(plan.after.map((day) => [day.offset, day.label])).toEqual([
      [0, 'Treatment day'],
      [1, 'Day 1 (the day after)'],
    ]);
    expect(plan.after[1]).toMatchObject({
      items: [
        { kind: 'do', text: 'Wash gently.' },
        { kind: 'avoid', text: 'Makeup.' },
      ],
      guides: [{ title: 'First week', href: '/aftercare/first-week/' }],
    });
  });

  it('reads the date a date box gives, and nothing else', () => {
    expect(parseTreatmentDate('2026-12-10')?.toISOString()).toBe('2026-12-10T00:00:00.000Z');
    expect(parseTreatmentDate('2026-02-30')).toBeUndefined();
    expect(parseTreatmentDate('10/12/2026')).toBeUndefined();
    expect(parseTreatmentDate('')).toBeUndefined();
  });

  it('moves whole calendar days across months, years and clock changes', () => {
    const iso = (date: Date) => date.toISOString().slice(0, 10);
    expect(iso(shiftDate(parseTreatmentDate('2027-01-05')!, -7))).toBe('2026-12-29');
    expect(iso(shiftDate(parseTreatmentDate('2027-03-30')!, -2))).toBe('2027-03-28');
    expect(iso(shiftDate(parseTreatmentDate('2026-10-24')!, 3))).toBe('2026-10-27');
  });

  it('writes dates the way the site’s readers do', () => {
    const date = parseTreatmentDate('2026-12-03')!;
    // ICU versions differ on the comma after the weekday in British English.
    expect(formatPlanDate(date, 'en-GB')).toMatch(/^Thursday,? 3 December 2026$/);
    expect(formatPlanDate(date, 'en-US')).toBe('Thursday, December 3, 2026');
    expect(formatPlanDate(date, 'en')).toBe(formatPlanDate(date, 'en-GB'));
  });

  it('becomes a calendar file with one all-day entry per day, ids stable across downloads', () => {
    const events = planEvents([...plan.before, ...plan.after], parseTreatmentDate('2026-12-10')!, { url: 'https://guide.example/' }, planText('en'));
    const { error, value } = createEvents(events, planCalendarHeader('Micro-needling: a patient guide'));
    expect(error).toBeNull();
    // Unfold the 75-octet lines RFC 5545 folds.
    const ics = value!.replace(/\r\n[ \t]/g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(ics).toContain('PRODID:microneedling-guide');
    expect(ics).toContain('X-WR-CALNAME:Micro-needling: a patient guide');
    for (const date of ['20261126', '20261203', '20261210', '20261211']) expect(ics).toContain(`DTSTART;VALUE=DATE:${date}`);
    expect(ics).toContain('SUMMARY:Micro-needling: 1 week before');
    expect(ics).toContain('SUMMARY:Micro-needling: treatment day');
    expect(ics).toContain('UID:plan-2026-12-10-before-7@guide.example');
    expect(ics).toContain('UID:plan-2026-12-10-after-0@guide.example');
    expect(ics).toContain('DESCRIPTION:Do:\\n- Wash gently.\\nAvoid:\\n- Makeup.\\nRead more:\\n- First week: https://guide.example/aftercare/first-week/');
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it('is wholly Spanish on a Spanish page: day labels, entry titles and the calendar text', () => {
    const spanish = buildPlan(SOURCES, 'es');
    expect(spanish.before.map((day) => day.label)).toEqual(['2 semanas antes', '1 semana antes', 'La mañana del tratamiento']);
    expect(spanish.after.map((day) => day.label)).toEqual(['Día del tratamiento', 'Día 1 (el día después)']);
    const events = planEvents([...spanish.before, ...spanish.after], parseTreatmentDate('2026-12-10')!, { url: 'https://guide.example/' }, planText('es'));
    const { error, value } = createEvents(events, planCalendarHeader('Microagujas: una guía para pacientes'));
    expect(error).toBeNull();
    const ics = value!.replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:Microagujas: 1 semana antes');
    expect(ics).toContain('SUMMARY:Microagujas: día del tratamiento');
    expect(ics).toContain('DESCRIPTION:Haga:\\n- Wash gently.\\nEvite:\\n- Makeup.\\nLea más:\\n- First week: https://guide.example/aftercare/first-week/\\nSiga siempre las instrucciones de su clínica.');
    // Nothing of the English interface is left in the file (guide words are the guides' own).
    for (const english of ['Micro-needling:', 'Do:', 'Avoid:', 'Read more:', 'Always follow']) expect(ics).not.toContain(english);
  });

  it('hands the browser its words with placeholders left for it to fill', () => {
    expect(planText('es')).toMatchObject({ bookBetween: 'Pídala entre el {from} y el {to}.', calendarFile: 'plan-microagujas-{date}.ics' });
    expect(planText('en').showing).toBe('Showing your dates for treatment on {date}.');
  });
});

describe('the follow-up window', () => {
  it('comes from the maintenance session interval, in days after treatment', () => {
    const sessions: PlanSource = { title: 'Sessions', href: '/maintenance/sessions/', sessions: { intervalWeeks: { min: 2, max: 4 } } };
    expect(followUpWindow([{ title: 'Other', href: '/x/' }, sessions])).toEqual({
      fromDays: 14,
      toDays: 28,
      fromWeeks: 2,
      toWeeks: 4,
      guide: { title: 'Sessions', href: '/maintenance/sessions/' },
    });
    expect(buildPlan([sessions], 'en').followUp?.toDays).toBe(28);
    expect(followUpWindow([{ title: 'Other', href: '/x/' }])).toBeUndefined();
  });

  it('shows dates in the page’s locale', () => {
    const date = new Date(Date.UTC(2026, 11, 24));
    expect(formatPlanDate(date, 'en-US')).toBe('Thursday, December 24, 2026');
    expect(formatPlanDate(date, 'en-GB')).toMatch(/^Thursday,? 24 December 2026$/);
    expect(formatPlanDate(date, 'fr-FR')).toBe('jeudi 24 décembre 2026');
    // A Spanish page on a clinic site set to en-US still gets Spanish dates.
    expect(formatPlanDate(date, intlLocale('es', 'en-US'))).toBe('jueves, 24 de diciembre de 2026');
    expect(formatPlanDate(date, intlLocale('en', 'en-US'))).toBe('Thursday, December 24, 2026');
  });
});
