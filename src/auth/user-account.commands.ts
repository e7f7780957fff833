import { hashPassword } from "better-auth/crypto";
import type { Db } from "../db/client.ts";
import { AppError, validationFailed } from "../shared/errors.ts";
import { commonPasswords } from "./common-passwords.ts";
import { checkPassword } from "./domain/password-rule.ts";
import type { Role } from "./domain/principal.ts";
import { findUserByEmail, insertUserWithPassword, type UserRow } from "./user.repository.ts";

export interface NewUserAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
  regionCode?: string | null;
  organizationId?: string | null;
  residentId?: string | null;
  demo?: boolean;
}

/**
 * Creates an account that signs in with e-mail and password: checks the password rule (400 with a
 * field error), refuses an address already taken (409), hashes with better-auth's scrypt and
 * writes the user and its credential together. Used by the demo seed and by tests; the
 * administrators' account screens (accounts issue, later) will call it too.
 */
export async function createUserAccount(db: Db, input: NewUserAccount): Promise<UserRow> {
  const email = input.email.trim().toLowerCase();
  const problem = checkPassword(input.password, commonPasswords());
  if (problem) throw validationFailed([problem]);
  if (await findUserByEmail(db, email)) {
    throw new AppError("conflict", {
      ko: `이미 등록된 이메일입니다: ${email}`,
      en: `An account already uses this e-mail address: ${email}`,
    });
  }
  return insertUserWithPassword(
    db,
    {
      email,
      name: input.name,
      role: input.role,
      regionCode: input.regionCode ?? null,
      organizationId: input.organizationId ?? null,
      residentId: input.residentId ?? null,
      demo: input.demo ?? false,
      emailVerified: false,
    },
    await hashPassword(input.password),
  );
}
