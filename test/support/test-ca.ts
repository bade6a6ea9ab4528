import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

function openssl(args: string[], cwd: string) {
  const result = spawnSync("openssl", args, { cwd, encoding: "utf8", timeout: 30_000 });
  if (result.status !== 0) throw new Error(`openssl ${args.join(" ")}: ${result.error?.message ?? ""}${result.stderr}`);
}

/**
 * A throwaway CA, a server certificate it signs for 127.0.0.1 and localhost, and a second CA that signed
 * nothing (a client trusting only it must refuse the server). Files in `dir`; paths returned.
 */
export function writeTestCertificates(dir: string) {
  const at = (name: string) => path.join(dir, name);
  for (const ca of ["ca", "wrong-ca"]) {
    openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", `/CN=Vigie test ${ca}`, "-keyout", `${ca}.key`, "-out", `${ca}.pem`], dir);
  }
  openssl(["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out", "server.csr"], dir);
  fs.writeFileSync(at("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
  openssl(["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2", "-extfile", "server.ext", "-out", "server.pem"], dir);
  return { ca: at("ca.pem"), cert: at("server.pem"), key: at("server.key"), wrongCa: at("wrong-ca.pem") };
}
