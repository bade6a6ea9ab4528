// The security audit log's event types. Written by the use cases that do the thing, in the same transaction
// where there is one; the admin page names them from messages/<locale>/admin.json (admin.security.events).
export const securityEventTypes = [
  "signin.succeeded",
  "signin.failed",
  "signin.locked",
  "signout",
  "signout.everywhere",
  "session.expired",
  "mfa.enabled",
  "mfa.disabled",
  "mfa.reset",
  "mfa.recovery_used",
  "password.changed",
  "password.reset",
  "user.created",
  "user.role_changed",
  "user.deactivated",
  "user.reactivated",
  "token.created",
  "token.revoked",
  "setting.changed",
] as const;

export type SecurityEventType = (typeof securityEventTypes)[number];

export function isSecurityEventType(type: string): type is SecurityEventType {
  return (securityEventTypes as readonly string[]).includes(type);
}

type MessageKey<T extends string> = T extends `${infer Head}.${infer Tail}` ? `${Head}_${MessageKey<Tail>}` : T;

/** The event's message key: message keys cannot hold dots ("signin.failed" → "signin_failed"). */
export function securityEventKey(type: SecurityEventType): MessageKey<SecurityEventType> {
  return type.replaceAll(".", "_") as MessageKey<SecurityEventType>;
}
