import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Rebuild when a source file is newer than the last build, so `npm start` after `git pull` serves the new code.
const sourceRoots = ["app", "components", "lib", "proxy.ts", "next.config.mjs", "tsconfig.json", "prisma/schema.prisma", "package-lock.json", "postcss.config.mjs"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) {
    if (name === "generated" || name === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

export function buildIsCurrent(root: string): boolean {
  const stamp = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return sourceRoots.every((entry) => newestMtime(path.join(root, entry)) <= built);
}

/** `npm run <script>`; aborting `signal` sends it SIGTERM (npm passes it on to the script). */
export function runNpmScript(root: string, script: string, env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script], { cwd: root, env, stdio: "inherit", signal });
    child.once("error", reject);
    child.once("exit", (code, sig) => (code === 0 ? resolve() : reject(new Error(`npm run ${script} failed (${sig ?? `exit ${code}`})`))));
  });
}
