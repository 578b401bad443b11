import { verifyPassword } from '@app/core';
import { DEMO_PASSWORD_HASHES, DEMO_USERS } from './seed.service';

describe('the demo users', () => {
  it("have a hash made beforehand for every password, and each verifies its password and no other's", async () => {
    const passwords = [...new Set(DEMO_USERS.map((u) => u.password))];
    expect(Object.keys(DEMO_PASSWORD_HASHES).sort()).toEqual(passwords.sort());
    for (const p of passwords) {
      expect([p, await verifyPassword(p, DEMO_PASSWORD_HASHES[p])]).toEqual([p, true]);
      for (const other of passwords.filter((x) => x !== p))
        expect([p, other, await verifyPassword(other, DEMO_PASSWORD_HASHES[p])]).toEqual([p, other, false]);
    }
  });
});
