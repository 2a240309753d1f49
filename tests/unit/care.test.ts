import { describe, expect, it } from 'vitest';
import { dayAfterLabel, daysBeforeLabel, groupByDay } from '../../src/lib/care-plan';
import { careCardText, splitPhoneNumbers } from '../../src/lib/care-card';
import { site } from '../../src/lib/site';

describe('care plan labels', () => {
  it('count down to treatment day in words', () => {
    expect([28, 14, 7, 3, 1, 0].map((days) => daysBeforeLabel(days, 'en'))).toEqual([
      '4 weeks before',
      '2 weeks before',
      '1 week before',
      '3 days before',
      'The day before',
      'On the morning of your treatment',
    ]);
    expect([28, 7, 3, 1, 0].map((days) => daysBeforeLabel(days, 'es'))).toEqual([
      '4 semanas antes',
      '1 semana antes',
      '3 días antes',
      'El día antes',
      'La mañana del tratamiento',
    ]);
  });

  it('count up from treatment day', () => {
    expect([0, 1, 3].map((day) => dayAfterLabel(day, 'en'))).toEqual(['Treatment day', 'Day 1 (the day after)', 'Day 3']);
    expect([0, 1, 3].map((day) => dayAfterLabel(day, 'es'))).toEqual(['Día del tratamiento', 'Día 1 (el día después)', 'Día 3']);
  });

  it('group items by day in the order a patient meets them', () => {
    const items = [{ d: 1 }, { d: 7 }, { d: 1 }, { d: 0 }];
    expect(groupByDay(items, (item) => item.d, 'countdown').map(([day, group]) => [day, group.length])).toEqual([
      [7, 1],
      [1, 2],
      [0, 1],
    ]);
    expect(groupByDay(items, (item) => item.d, 'countup').map(([day]) => day)).toEqual([0, 1, 7]);
  });
});

describe('care cards', () => {
  const clinic = { ...site, clinicPhone: '+441632960000', clinicPhoneDisplay: '01632 960000', emergencyNumber: '999' };

  it('state urgency in words and fill in the clinic phone', () => {
    expect(careCardText('non-urgent', clinic, 'en')).toEqual({
      urgency: 'Non-urgent advice',
      heading: 'Call your clinic if:',
      action: 'Call your clinic on 01632 960000.',
    });
    expect(careCardText('urgent', clinic, 'en').action).toBe(
      'Call your clinic on 01632 960000 straight away. If you cannot reach them, contact your doctor or your local urgent care service.',
    );
    expect(careCardText('emergency', clinic, 'en').heading).toBe('Call 999 now if:');
  });

  it("speak the page's language: every heading of a Spanish card is Spanish", () => {
    expect(careCardText('non-urgent', clinic, 'es')).toEqual({
      urgency: 'Consejo no urgente',
      heading: 'Llame a su clínica si:',
      action: 'Llame a su clínica al 01632 960000.',
    });
    expect(careCardText('urgent', clinic, 'es').heading).toBe('Llame a su clínica ahora, o busque ayuda médica urgente, si:');
    expect(careCardText('emergency', clinic, 'es')).toEqual({
      urgency: 'Actúe de inmediato',
      heading: 'Llame al 999 ahora si:',
      action: 'No espere a que su clínica le devuelva la llamada.',
    });
  });

  it('stay correct on the neutral site without numbers', () => {
    expect(careCardText('non-urgent', site, 'en').action).toBeUndefined();
    expect(careCardText('emergency', site, 'en').heading).toBe('Call the emergency number now if:');
  });
});

describe('phone numbers in care cards', () => {
  it('are split out so the page can keep each on one line', () => {
    expect(splitPhoneNumbers('Call your clinic on 01632 960 000 straight away. If you cannot reach them, call 999.', ['01632 960 000', '999'])).toEqual([
      { text: 'Call your clinic on ' },
      { text: '01632 960 000', phone: true },
      { text: ' straight away. If you cannot reach them, call ' },
      { text: '999', phone: true },
      { text: '.' },
    ]);
    expect(splitPhoneNumbers('Call your clinic.', [undefined])).toEqual([{ text: 'Call your clinic.' }]);
  });
});
