import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Attribute, Change, Client } from "ldapts";
import { findBinary, type Need } from "@/docker/testing/native";
import { freePort, waitFor } from "@/scripts/lib/net";
import { writeTestCertificates } from "./test-ca";

// Debian's slapd (OpenLDAP), alone, on loopback: plain LDAP with StartTLS on one port, LDAPS on another, a
// throwaway CA and server certificate, the memberof overlay, and a small directory. It never runs as root.
export const SLAPD: Need = { bin: "slapd", pkg: "slapd" };
export const BASE = "dc=vigie,dc=test";
const ROOT_DN = `cn=admin,${BASE}`;
const ROOT_PASSWORD = randomBytes(12).toString("hex");
export const SERVICE = { dn: `cn=vigie,ou=services,${BASE}`, password: "service-Secret-1" };

export const people = {
  ada: { cn: "Ada Admin", password: "ada-Pass-1", groups: ["vigie-admins"] },
  tom: { cn: "Tom Tech", password: "tom-Pass-1", groups: ["vigie-techs"] },
  tess: { cn: "Tess Tech", password: "tess-Pass-1", groups: ["vigie-techs"] },
  uma: { cn: "Uma User", password: "uma-Pass-1", groups: [] },
} as const;
export type Person = keyof typeof people;
export const personDn = (uid: string) => `uid=${uid},ou=people,${BASE}`;
export const groupDn = (cn: string) => `cn=${cn},ou=groups,${BASE}`;

/** userPassword as slapd stores it: {SSHA} = base64(sha1(password + salt) + salt). */
function ssha(password: string): string {
  const salt = randomBytes(8);
  return `{SSHA}${Buffer.concat([createHash("sha1").update(password).update(salt).digest(), salt]).toString("base64")}`;
}

function slapdConf(dir: string, tls: { ca: string; cert: string; key: string }): string {
  return `include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb.so
moduleload memberof.so
pidfile ${dir}/slapd.pid
argsfile ${dir}/slapd.args
TLSCACertificateFile ${tls.ca}
TLSCertificateFile ${tls.cert}
TLSCertificateKeyFile ${tls.key}
database mdb
maxsize 33554432
suffix "${BASE}"
rootdn "${ROOT_DN}"
rootpw ${ssha(ROOT_PASSWORD)}
directory ${dir}/data
access to attrs=userPassword by self write by anonymous auth by * none
access to * by users read by * none
overlay memberof
memberof-group-oc groupOfNames
memberof-member-ad member
memberof-memberof-ad memberOf
memberof-refint TRUE
`;
}

/** The unprivileged account slapd drops to when the tests run as root (CI does). */
function runAs(): { user: string; uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const user of ["openldap", "nobody"]) {
    const id = spawnSync("id", ["-u", user], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", user], { encoding: "utf8" });
    if (id.status === 0 && gid.status === 0) return { user, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  throw new Error("slapd must not run as root, and there is neither an openldap nor a nobody user");
}

function chownTree(dir: string, owner: { uid: number; gid: number }) {
  fs.chownSync(dir, owner.uid, owner.gid);
  for (const entry of fs.readdirSync(dir, { recursive: true }) as string[]) fs.chownSync(path.join(dir, entry), owner.uid, owner.gid);
}

export type Slapd = Awaited<ReturnType<typeof startSlapd>>;

/** Starts slapd with the directory above; the caller stops it. Throws when the binary is missing (check first). */
export async function startSlapd() {
  const binary = findBinary(SLAPD.bin) ?? (fs.existsSync("/usr/sbin/slapd") ? "/usr/sbin/slapd" : undefined);
  if (!binary) throw new Error("slapd missing: apt-get install -y slapd");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-slapd-"));
  fs.mkdirSync(path.join(dir, "data"));
  const tls = writeTestCertificates(dir);
  fs.writeFileSync(path.join(dir, "slapd.conf"), slapdConf(dir, tls));
  // Each directory's emails are its own: accounts from an earlier directory in the same database stay apart.
  const tag = randomBytes(3).toString("hex");
  const mailOf = (uid: string) => `${uid}.${tag}@vigie.test`;
  const owner = runAs();
  if (owner) chownTree(dir, owner);
  const [port, securePort] = [await freePort(), await freePort()];
  const url = `ldap://127.0.0.1:${port}`;
  const secureUrl = `ldaps://127.0.0.1:${securePort}`;
  let logs = "";
  // -d 256 (stats) keeps slapd in the foreground and logs every operation, binds included.
  const child = spawn(binary, ["-d", "256", "-f", path.join(dir, "slapd.conf"), "-h", `${url}/ ${secureUrl}/`, ...(owner ? ["-u", owner.user, "-g", String(owner.gid)] : [])], { stdio: ["ignore", "pipe", "pipe"] });
  const append = (chunk: Buffer) => (logs = (logs + chunk.toString()).slice(-200_000));
  child.stdout.on("data", append);
  child.stderr.on("data", append);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ url, timeout: 5_000, connectTimeout: 2_000 });
    try {
      await client.bind(ROOT_DN, ROOT_PASSWORD);
      return await work(client);
    } finally {
      await client.unbind().catch(() => undefined);
    }
  };
  try {
    await waitFor("slapd", async () => child.exitCode === null && (await admin(async () => true)), 15_000);
    await admin((client) => seed(client, mailOf));
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${logs.slice(-3_000)}`);
  }

  const changeMember = (operation: "add" | "delete", group: string, uid: string) =>
    admin((client) => client.modify(groupDn(group), new Change({ operation, modification: new Attribute({ type: "member", values: [personDn(uid)] }) })));
  return {
    url, secureUrl, caFile: tls.ca, wrongCaFile: tls.wrongCa, stop, mailOf,
    logs: () => logs,
    addMember: (group: string, uid: string) => changeMember("add", group, uid),
    removeMember: (group: string, uid: string) => changeMember("delete", group, uid),
    addPerson: (uid: string, password: string) =>
      admin((client) => client.add(personDn(uid), { objectClass: ["inetOrgPerson"], uid, cn: uid, sn: uid, mail: mailOf(uid.replace(/\W/g, "")), userPassword: ssha(password) })),
  };
}

/** Entries go in over LDAP, not slapadd, so that the memberof overlay writes memberOf. */
async function seed(client: Client, mailOf: (uid: string) => string) {
  await client.add(BASE, { objectClass: ["dcObject", "organization"], dc: "vigie", o: "Vigie tests" });
  for (const ou of ["people", "groups", "services"]) await client.add(`ou=${ou},${BASE}`, { objectClass: "organizationalUnit", ou });
  await client.add(SERVICE.dn, { objectClass: ["organizationalRole", "simpleSecurityObject"], cn: "vigie", userPassword: ssha(SERVICE.password) });
  for (const [uid, p] of Object.entries(people)) {
    await client.add(personDn(uid), { objectClass: ["inetOrgPerson"], uid, cn: p.cn, sn: p.cn.split(" ")[1]!, mail: mailOf(uid), userPassword: ssha(p.password) });
  }
  for (const cn of ["vigie-admins", "vigie-techs"]) {
    const members = Object.entries(people).filter(([, p]) => (p.groups as readonly string[]).includes(cn)).map(([uid]) => personDn(uid));
    await client.add(groupDn(cn), { objectClass: "groupOfNames", cn, member: members });
  }
}
