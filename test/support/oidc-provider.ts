import http from "node:http";
import Provider from "oidc-provider";
import { freePort } from "@/scripts/lib/net";

export type DirectoryUser = { email: string; name: string; groups: string[] };
export type TestOidcProvider = { issuer: string; adminUrl: string; stop(): Promise<void> };

/**
 * A real OpenID Provider (the `oidc-provider` package, which implements the specification) on loopback, for the
 * sign-in tests: one confidential client, PKCE required, accounts from `users`. Its development login form takes
 * any password. POST {id, groups} to adminUrl changes a user's groups, as a directory admin would.
 */
export async function startOidcProvider(options: { clientId: string; clientSecret: string; redirectUri: string; users: Record<string, DirectoryUser> }): Promise<TestOidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const users = structuredClone(options.users);
  const provider = new Provider(issuer, {
    clients: [{ client_id: options.clientId, client_secret: options.clientSecret, redirect_uris: [options.redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    scopes: ["openid", "email", "profile", "groups"],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    // next-auth reads the ID token's claims: put them there, not only behind the userinfo endpoint.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ["vigie-test-oidc-cookie-key"] },
    async findAccount(_ctx, id) {
      const user = users[id];
      if (!user) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email: user.email, email_verified: true, name: user.name, groups: user.groups }) };
    },
  });
  const callback = provider.callback();
  const server = http.createServer((req, res) => {
    if (req.method === "POST" && req.url === "/_test/groups") {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const { id, groups } = JSON.parse(body) as { id: string; groups: string[] };
        if (users[id]) users[id].groups = groups;
        res.writeHead(users[id] ? 204 : 404).end();
      });
      return;
    }
    void callback(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    issuer,
    adminUrl: `${issuer}/_test/groups`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
