import common from "./common.json";

// French for the sentences the server writes, keyed by the English sentence (see lib/i18n/sentences.ts).
// One file per area, so that translators (and engineers) working on different areas never edit the same file;
// import each below.
export const frSentences: Record<string, string> = { ...common };
