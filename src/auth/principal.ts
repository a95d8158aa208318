/** Who is calling: every write belongs to someone. Public viewers have no principal. */
export type Principal =
  | { role: 'officer'; officerId: number; username: string }
  | { role: 'delegate'; delegationId: number; accessCodeId: number };

export type Role = Principal['role'];
