import { z } from "zod";
import { storedText } from "../shared/common.schema.ts";
import { ROLES } from "./domain/principal.ts";

/** Sign-in addresses are only compared, but they reach the audit log (jsonb): no NUL, no lone surrogates. */
const ZTypedAddress = z
  .string()
  .trim()
  .min(1)
  .max(254)
  .refine((s) => !s.includes("\u0000"), { message: "nul_character" })
  .refine((s) => !/\p{Cs}/u.test(s), { message: "invalid_characters" });

/** The API contract of sign-in and sessions (shared with the web app). */

export const ZLoginRequest = z
  .object({
    email: ZTypedAddress.meta({ example: "officer.11620@demo.maeul.kr" }),
    password: z.string().min(1).max(256),
  })
  .meta({ id: "LoginRequest" });

export const ZSignupRequest = z
  .object({
    email: z.email().trim().max(254).meta({ example: "hong@example.kr" }),
    password: z
      .string()
      .min(1)
      .max(256)
      .meta({ description: "At least 10 characters, not a common password" }),
    name: storedText(1, 50).meta({ example: "홍길동" }),
  })
  .strict()
  .meta({ id: "SignupRequest" });

export const ZAuthUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    regionCode: z.string().nullable(),
    organizationId: z.string().nullable(),
    residentId: z.string().nullable(),
    demo: z.boolean().meta({ description: "A demo account: its password is public" }),
  })
  .meta({ id: "AuthUser" });

export const ZAuthSession = z
  .object({
    expiresAt: z.iso.datetime().meta({ description: "Absolute end: 12 hours after sign-in" }),
    idleExpiresAt: z.iso.datetime().meta({
      description: "Ends here without activity; POST /api/auth/session/extend moves it 30 minutes on",
    }),
    idleTimeoutSeconds: z.number().int(),
  })
  .meta({ id: "AuthSession" });

export const SECOND_FACTOR_STEPS = ["not_required", "demo_exempt", "enroll", "verify", "passed"] as const;

export const ZAuthState = z
  .object({
    user: ZAuthUser,
    secondFactorRequired: z.boolean().meta({
      description:
        "True while a TOTP code must still be verified (or TOTP set up) before the account may act",
    }),
    secondFactorStep: z.enum(SECOND_FACTOR_STEPS).meta({
      description:
        "verify: POST /api/auth/two-factor/verify with the code; enroll: POST /api/auth/two-factor/enable, then verify; demo_exempt: a demo account of a TOTP role",
    }),
    demoAccountNoSecondFactor: z.boolean().meta({
      description: "True for a demo account of a role that otherwise needs TOTP",
    }),
    session: ZAuthSession.nullable().meta({ description: "null until the TOTP code is verified" }),
  })
  .meta({ id: "AuthState" });

export const ZTwoFactorVerifyRequest = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/)
      .meta({ example: "123456" }),
  })
  .meta({ id: "TwoFactorVerifyRequest" });

export const ZPasswordChangeRequest = z
  .object({
    currentPassword: z.string().min(1).max(256),
    newPassword: z.string().min(1).max(256),
  })
  .meta({ id: "PasswordChangeRequest" });

export type AuthState = z.infer<typeof ZAuthState>;
export type SecondFactorStepValue = (typeof SECOND_FACTOR_STEPS)[number];
