// The security audit log's event types and how the admin page names them. Written by the use cases that do the
// thing, in the same transaction where there is one.
export const securityEventTypes = {
  "signin.succeeded": "Signed in",
  "signin.failed": "Sign-in refused",
  "signin.locked": "Sign-in blocked (too many failures)",
  "signout": "Signed out",
  "signout.everywhere": "Signed out everywhere",
  "session.expired": "Session ended (idle or too old)",
  "mfa.enabled": "Two-factor sign-in turned on",
  "mfa.disabled": "Two-factor sign-in turned off",
  "mfa.reset": "Two-factor sign-in reset by an admin",
  "mfa.recovery_used": "Recovery code used",
  "password.changed": "Password changed",
  "password.reset": "Password reset by an admin",
  "user.created": "Account created",
  "user.role_changed": "Role changed",
  "user.deactivated": "Account deactivated",
  "user.reactivated": "Account reactivated",
  "token.created": "Token created",
  "token.revoked": "Token revoked",
  "setting.changed": "Team setting changed",
} as const;

export type SecurityEventType = keyof typeof securityEventTypes;

export function securityEventLabel(type: string): string {
  return Object.hasOwn(securityEventTypes, type) ? securityEventTypes[type as SecurityEventType] : type;
}
