import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy, securityHeaders } from "./security-headers.mjs";

describe("securityHeaders", () => {
  it("sends HSTS only where Vigie is served over https", () => {
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=31536000/);
    expect(securityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
  });
  it("forbids framing, sniffing and referrers to other sites everywhere", () => {
    expect(securityHeaders({ https: false })).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY" });
    expect(securityHeaders({ https: false })["Content-Security-Policy"]).toContain("default-src 'none'");
  });
});

describe("pageContentSecurityPolicy", () => {
  const csp = pageContentSecurityPolicy({ nonce: "abc123", grafanaOrigin: "https://grafana.example.org", dev: false });
  it.each([
    "script-src 'self' 'nonce-abc123' 'strict-dynamic'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "frame-src 'self' https://grafana.example.org",
  ])("has %s", (directive) => {
    expect(csp.split("; ")).toContain(directive);
  });
  it("allows no eval and no inline script in production", () => {
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
