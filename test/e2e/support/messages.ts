import fs from "node:fs";
import path from "node:path";
import type { Messages } from "@/messages";

// The app's own message files, read as the app reads them (one JSON file per area): a spec finds each control
// by the words the page shows in that language. (Playwright's loader cannot import JSON modules.)
function load(language: "en" | "fr"): Messages {
  const dir = path.resolve(import.meta.dirname, "../../../messages", language);
  const areas = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
  return Object.assign({}, ...areas.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")))) as Messages;
}

export const messages = { en: load("en"), fr: load("fr") };
