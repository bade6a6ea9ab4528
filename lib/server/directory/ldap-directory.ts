import net from "node:net";
import { Client, InvalidCredentialsError, ResultCodeError, SizeLimitExceededError, type Entry } from "ldapts";
import { AppError, errorSummary } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import type { LdapConfig } from "./ldap-config";
import { attributeValues, fillFilter, stableId } from "./ldap-entry";

export type LdapPerson = { dn: string; externalId: string; email: string; name: string; groups: string[] };
export type LdapLookup =
  | { kind: "found"; person: LdapPerson }
  | { kind: "refused"; reason: "no such user" | "several entries" | "password" };

export const DIRECTORY_UNAVAILABLE = sentence("The directory cannot be reached right now. Try again in a minute, or ask an admin.");

/** Each step, named in the log line when the directory fails there. */
type Step = "connect and StartTLS" | "service account bind" | "user search" | "user bind" | "group search";

/**
 * One conversation with the directory: (StartTLS,) bind as the service account, find the one entry the filter
 * gives for this username, bind as that entry with the password, read its groups. A directory that cannot be
 * reached, or refuses the service account, throws AppError UNAVAILABLE after one log line.
 */
export async function lookUpLdapPerson(config: LdapConfig, username: string, password: string): Promise<LdapLookup> {
  // Never an unauthenticated bind (a DN and an empty password "succeed" in LDAP): callers check too.
  if (!password) return { kind: "refused", reason: "password" };
  const host = new URL(config.url).hostname.replace(/^\[|\]$/g, "");
  // Node checks the certificate against `host`; SNI (servername) takes names only, not addresses.
  const tlsOptions = { ca: config.ca, host, servername: net.isIP(host) ? undefined : host };
  // ldapts speaks TLS from the first byte whenever it is given tlsOptions: only for ldaps://.
  const secure = config.url.toLowerCase().startsWith("ldaps:");
  const client = new Client({ url: config.url, timeout: config.timeoutMs, connectTimeout: config.timeoutMs, tlsOptions: secure ? tlsOptions : undefined });
  let step: Step = "connect and StartTLS";
  try {
    if (config.startTls) await client.startTLS(tlsOptions);
    step = "service account bind";
    await client.bind(config.bindDn, config.bindPassword);
    step = "user search";
    const entries = await findEntries(client, config, username);
    if (entries === "several" || entries.length > 1) return { kind: "refused", reason: "several entries" };
    const entry = entries[0];
    if (!entry) return { kind: "refused", reason: "no such user" };
    step = "user bind";
    try {
      await client.bind(entry.dn, password);
    } catch (error) {
      if (error instanceof InvalidCredentialsError) return { kind: "refused", reason: "password" };
      throw error;
    }
    step = "group search";
    const person = {
      dn: entry.dn, externalId: stableId(entry),
      email: attributeValues(entry, config.emailAttribute)[0] ?? "",
      name: attributeValues(entry, config.nameAttribute)[0] ?? username,
      groups: await groupsOf(client, config, entry, username),
    };
    return { kind: "found", person };
  } catch (error) {
    // ldapts's messages are bare ("Code: 0x31"): the error's name says what the server answered.
    const detail = error instanceof ResultCodeError ? `${error.name} (LDAP result ${error.code})` : errorSummary(error);
    console.error(`LDAP sign-in: ${config.url} failed at the ${step}: ${detail}`);
    throw new AppError("UNAVAILABLE", DIRECTORY_UNAVAILABLE);
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

async function findEntries(client: Client, config: LdapConfig, username: string): Promise<Entry[] | "several"> {
  const attributes = [config.emailAttribute, config.nameAttribute, "entryUUID", "objectGUID", ...(config.groups.kind === "memberOf" ? ["memberOf"] : [])];
  try {
    const { searchEntries } = await client.search(config.userBase, {
      scope: "sub", filter: fillFilter(config.userFilter, { username }), attributes, explicitBufferAttributes: ["objectGUID"], sizeLimit: 2,
    });
    return searchEntries;
  } catch (error) {
    if (error instanceof SizeLimitExceededError) return "several";
    throw error;
  }
}

/** memberOf as the entry has it, or the DNs and names of the groups a search finds (as the service account). */
async function groupsOf(client: Client, config: LdapConfig, entry: Entry, username: string): Promise<string[]> {
  if (config.groups.kind === "memberOf") return attributeValues(entry, "memberOf");
  await client.bind(config.bindDn, config.bindPassword);
  const { searchEntries } = await client.search(config.groups.base, {
    scope: "sub", filter: fillFilter(config.groups.filter, { username, dn: entry.dn }), attributes: ["cn"],
  });
  return searchEntries.flatMap((group) => [group.dn, ...attributeValues(group, "cn")]);
}
