import { Language } from '@app/core';
import { hoursIn, renderNotification } from './notification-messages';

describe('notification texts: hours', () => {
  it('says one hour and many in each language, the number as the reader writes it', () => {
    expect(hoursIn(1, Language.NB)).toBe('1 time');
    expect(hoursIn(2, Language.NB)).toBe('2 timer');
    expect(hoursIn(1500, Language.NB)).toBe('1\u00a0500 timer');
    expect(hoursIn(1, Language.EN)).toBe('1 hour');
    expect(hoursIn(1500, Language.EN)).toBe('1,500 hours');
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
