import { z } from 'zod';
import { okOut } from '../openapi/responses.js';
import { roles } from '../access/roles.js';
import { signInMethods } from './auth-context.js';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});

export const meResponse = z
  .object({
  accountId: z.number(),
  username: z.string(),
  displayName: z.string(),
  personId: z.number().nullable(),
  mustChangePassword: z.boolean(),
  signedInWith: z.enum(signInMethods).describe('How this session was signed in: password, or through the identity provider (oidc: the password is changed there)'),
  csrfToken: z.string(),
  roles: z.array(z.object({ role: z.enum(roles), orgId: z.number(), orgName: z.string(), orgPath: z.string() })),
  permissions: z.array(z.string()),
  })
  .meta({ id: 'Me' });

export const loginResponse = z
  .object({ ok: z.literal(true), csrfToken: z.string(), mustChangePassword: z.boolean() })
  .meta({ id: 'LoginResult', example: { ok: true, csrfToken: 'q3V0…', mustChangePassword: false } });

export const okResponse = okOut;

export const logoutResponse = z
  .object({ ok: z.literal(true), redirectTo: z.string().nullable() })
  .meta({ id: 'LogoutResult', description: 'redirectTo: where the browser goes next (the identity provider’s sign-out), or null' });

export const authOptionsResponse = z
  .object({ passwordLogin: z.boolean(), oidc: z.boolean() })
  .meta({ id: 'AuthOptions', description: 'Which sign-in ways the login page offers' });
