import type { PublicStatusView } from "./get-public-status";

// The status page as an Atom feed (RFC 4287): one entry per public update, newest first. Only what the page
// shows; every text is escaped, so an admin's "<" stays a character.
const MAX_ENTRIES = 50;

export const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

export type FeedWords = { title: string; entryTitle: (incident: string, status: string) => string; status: (status: string) => string; locale: string };

export function atomFeed(view: PublicStatusView, baseUrl: string, words: FeedWords): string {
  const page = `${baseUrl}/status`;
  const entries = [...view.active, ...view.recent]
    .flatMap((incident) => incident.updates.map((update) => ({ incident, update })))
    .sort((a, b) => b.update.at.getTime() - a.update.at.getTime())
    .slice(0, MAX_ENTRIES);
  const updated = (entries[0]?.update.at ?? view.generatedAt).toISOString();
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(words.locale)}">`,
    `  <id>${escapeXml(page)}</id>`,
    `  <title>${escapeXml(words.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${page}/feed.xml`)}"/>`,
    `  <author><name>${escapeXml(words.title)}</name></author>`,
    ...entries.flatMap(({ incident, update }) => [
      "  <entry>",
      `    <id>urn:uuid:${update.id}</id>`,
      `    <title>${escapeXml(words.entryTitle(incident.title, words.status(update.status)))}</title>`,
      `    <updated>${update.at.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
      ...incident.services.map((service) => `    <category term="${escapeXml(service)}"/>`),
      `    <content type="text">${escapeXml(update.message)}</content>`,
      "  </entry>",
    ]),
    "</feed>",
    "",
  ];
  return lines.join("\n");
}
