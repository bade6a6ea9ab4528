import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cacheable, createPageCache, hashedPolicy, pageCopy, visitorLocale } from "./page-cache.mjs";
import { pageContentSecurityPolicy } from "./security-headers.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const page = (nonce: string) => `<html><head><script src="/_next/static/a.js" nonce="${nonce}" async></script></head><body><p>Vote: operational</p><script nonce="${nonce}">self.__next_f.push([1,"a"])</script><script nonce="${nonce}">self.__next_f.push([1,"b"])</script></body></html>`;
const render = (nonce = "n0nce") => ({ status: 200, headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": pageContentSecurityPolicy({ nonce, grafanaOrigin: null, dev: false }), "x-nonce": nonce, vary: "RSC", date: "x", "content-length": "1" }, body: Buffer.from(page(nonce)) });

describe("visitorLocale: the app's choice for someone without an account", () => {
  it.each([
    [{ cookie: "vigie-locale=fr" }, "en", "fr"],
    [{ cookie: "a=b; vigie-locale=en", "accept-language": "fr" }, "fr", "en"],
    [{ cookie: "vigie-locale=de" }, "fr", "fr"],
    [{ "accept-language": "fr-CA,fr;q=0.9,en;q=0.8" }, "en", "fr"],
    [{ "accept-language": "de,en;q=0.5,fr;q=0.7" }, "en", "fr"],
    [{ "accept-language": "de" }, "fr", "fr"],
    [{ "accept-language": "fr;q=0" }, "en", "en"],
    [{}, "xx", "en"],
  ])("%j with default %s → %s", (headers, fallback, expected) => {
    expect(visitorLocale(headers, fallback)).toBe(expected);
  });
});

describe("cacheable: only the plain public page, for visitors", () => {
  const req = (over: { method?: string; url?: string; headers?: Record<string, string> }) => ({ method: "GET", url: "/status", headers: {}, ...over });
  it.each([
    [req({}), true],
    [req({ method: "HEAD" }), true],
    [req({ method: "POST" }), false],
    [req({ url: "/status?x=1" }), false],
    [req({ url: "/status/report" }), false],
    [req({ url: "/tickets" }), false],
    [req({ headers: { cookie: "next-auth.session-token=abc" } }), false],
    [req({ headers: { cookie: "__Secure-next-auth.session-token.0=abc" } }), false],
    [req({ headers: { cookie: "vigie-locale=fr" } }), true],
    [req({ headers: { rsc: "1" } }), false],
    [req({ headers: { "next-action": "abc" } }), false],
  ])("%j → %s", (request, expected) => {
    expect(cacheable(request)).toBe(expected);
  });
});

describe("hashedPolicy and pageCopy: a copy shared by many carries no nonce", () => {
  it("allows the inline scripts by hash and the app's files by origin, without 'strict-dynamic'", () => {
    const policy = hashedPolicy(render().headers["content-security-policy"], page("n0nce"))!;
    expect(policy).toContain(`script-src 'self' ${sha('self.__next_f.push([1,"a"])')} ${sha('self.__next_f.push([1,"b"])')}`);
    expect(policy).not.toMatch(/nonce|strict-dynamic/);
    expect(policy).toContain("object-src 'none'");
  });

  it("removes the nonce from the page and the headers, keeps the rest, compresses once", () => {
    const copy = pageCopy(render())!;
    expect(copy.body.toString()).not.toContain("nonce");
    expect(copy.body.toString()).toContain("<p>Vote: operational</p>");
    expect(gunzipSync(copy.gzip).equals(copy.body)).toBe(true);
    const headers = Object.fromEntries(copy.headers);
    expect(headers).toMatchObject({ "content-type": "text/html; charset=utf-8", vary: "RSC, Accept-Language, Cookie" });
    expect(Object.keys(headers)).not.toEqual(expect.arrayContaining(["x-nonce"]));
    expect(headers).not.toHaveProperty("date");
    expect(headers).not.toHaveProperty("content-length");
  });

  it.each([
    ["an error page", { ...render(), status: 500 }],
    ["a page that sets a cookie", { ...render(), headers: { ...render().headers, "set-cookie": ["a=b"] } }],
    ["a page without a nonce policy", { ...render(), headers: { ...render().headers, "content-security-policy": "default-src 'none'" } }],
  ])("is not made of %s", (_, response) => {
    expect(pageCopy(response)).toBeNull();
  });
});

describe("createPageCache", () => {
  function setup() {
    let clock = 0;
    const renders: string[] = [];
    let fail = false;
    const cache = createPageCache({
      ttlMs: 1_000,
      staleMs: 30_000,
      now: () => clock,
      render: async (path: string, locale: string) => {
        renders.push(`${path} ${locale}`);
        if (fail) throw new Error("down");
        return render(`n${renders.length}`);
      },
    });
    const get = (headers: Record<string, string> = {}) => cache({ method: "GET", url: "/status", headers });
    return { get, renders, tick: (ms: number) => (clock += ms), failNext: () => (fail = true) };
  }

  it("renders once per language while the copy is fresh, then again", async () => {
    const { get, renders, tick } = setup();
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    await get({ "accept-language": "fr" });
    tick(999);
    await get();
    expect(renders).toEqual(["/status en", "/status fr"]);
    tick(1);
    const stale = await get(); // served at once while the next copy renders
    expect(stale).toBe(a);
    await new Promise((r) => setTimeout(r, 0));
    expect(await get()).not.toBe(a);
    expect(renders).toEqual(["/status en", "/status fr", "/status en"]);
  });

  it("keeps serving the last copy while renders fail, up to the stale limit; then leaves the request to the app", async () => {
    const { get, tick, failNext } = setup();
    const first = await get();
    failNext();
    tick(5_000);
    expect(await get()).toBe(first);
    tick(30_000);
    expect(await get()).toBeNull();
  });

  it("leaves what it does not cache to the app", async () => {
    const { get, renders } = setup();
    expect(await get({ cookie: "next-auth.session-token=x" })).toBeNull();
    expect(renders).toEqual([]);
  });
});
