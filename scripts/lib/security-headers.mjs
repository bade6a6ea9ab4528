// Headers every response carries (ASVS 14.4), pages, API answers, static files and redirects alike.
// Pages replace the Content-Security-Policy with their own, with a per-request nonce (proxy.ts); this strict one
// stays on everything else, where nothing is meant to run.
/** @param {{ https: boolean }} options */
export function securityHeaders({ https }) {
  return {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** The CSP of a page: scripts only with this request's nonce (and what they load), frames only from Grafana. */
/** @param {{ nonce: string; grafanaOrigin: string | null; dev: boolean }} options */
export function pageContentSecurityPolicy({ nonce, grafanaOrigin, dev }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and the charts set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    `frame-src 'self'${grafanaOrigin ? ` ${grafanaOrigin}` : ""}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}
