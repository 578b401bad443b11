import { Role } from '@app/core';

/** A user the load entries sign in as. Passwords are for bench databases only. */
export interface BenchUser {
  key: string;
  email: string;
  password: string;
  role: Role;
  displayName: string;
  /** FIRM_USER: the index into the active firms (the n-th active firm). */
  firmIndex?: number;
}

export function benchUsers(firmUsers: number): BenchUser[] {
  const users: BenchUser[] = [
    { key: 'admin', email: 'bench-admin@totalfly.example', password: 'bench-admin-password', role: Role.ADMIN, displayName: 'Bench admin' },
    {
      key: 'leader',
      email: 'bench-leader@totalfly.example',
      password: 'bench-leader-password',
      role: Role.PROJECT_LEADER,
      displayName: 'Bench leader',
    },
    {
      key: 'steering',
      email: 'bench-steering@totalfly.example',
      password: 'bench-steering-password',
      role: Role.STEERING,
      displayName: 'Bench steering',
    },
  ];
  for (let i = 0; i < firmUsers; i++) {
    users.push({
      key: `firm${i + 1}`,
      email: `bench-firm${i + 1}@totalfly.example`,
      password: 'bench-firm-password',
      role: Role.FIRM_USER,
      displayName: `Bench firm user ${i + 1}`,
      firmIndex: i,
    });
  }
  return users;
}
