import common from "./common.json";
import auth from "./auth.json";
import account from "./account.json";
import admin from "./admin.json";
import tickets from "./tickets.json";
import lifecycle from "./lifecycle.json";
import silences from "./silences.json";
import risks from "./risks.json";
import rex from "./rex.json";
import plan from "./plan.json";
import metrics from "./metrics.json";
import dashboards from "./dashboards.json";
import runbooks from "./runbooks.json";
import oncall from "./oncall.json";
import emails from "./emails.json";
import status from "./status.json";
import live from "./live.json";

// French for the sentences the server writes, keyed by the English sentence (see lib/i18n/sentences.ts).
// One file per area, so that translators (and engineers) working on different areas never edit the same file.
export const frSentences: Record<string, string> = { ...common, ...auth, ...account, ...admin, ...tickets, ...lifecycle, ...silences, ...risks, ...rex, ...plan, ...metrics, ...dashboards, ...runbooks, ...oncall, ...emails, ...status, ...live };
