import { formatHoursIn, Language } from '@app/core';
import { renderNotification } from './notification-messages';

describe('notification texts: hours', () => {
  it('says one hour and many in each language, the number as the reader writes it', () => {
    expect(formatHoursIn(Language.NB, 1)).toBe('1 time');
    expect(formatHoursIn(Language.NB, 2)).toBe('2 timer');
    expect(formatHoursIn(Language.NB, 1500)).toBe('1\u00a0500 timer');
    expect(formatHoursIn(Language.EN, 1)).toBe('1 hour');
    expect(formatHoursIn(Language.EN, 1500)).toBe('1,500 hours');
  });

  it('reminds of a package due within one hour without "1 timer"', () => {
    const params = {
      kind: 'RESPONSE_DEADLINE' as const,
      workPackageId: 7,
      bidId: 1,
      title: 'Sveising',
      hoursLeft: 1,
      deadline: '2027-01-04T10:00:00Z',
    };
    expect(renderNotification(params, Language.NB).subject).toBe('Påminnelse: svar på arbeidspakke 7 innen 1 time');
    expect(renderNotification(params, Language.EN).subject).toBe('Reminder: answer work package 7 within 1 hour');
    expect(renderNotification({ ...params, hoursLeft: 48 }, Language.NB).subject).toBe('Påminnelse: svar på arbeidspakke 7 innen 48 timer');
  });
});
