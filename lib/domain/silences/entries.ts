import { formatMatchers, fromApiMatchers, type Labels, type Matcher } from "./matchers";
import { coveredAlerts, type ApiSilence } from "./requests";

// What a ticket shows of silences: its own (created from it), the maintenance windows and any other
// Alertmanager silence that covers some of its alerts. Alertmanager's state wins; Vigie's record stands in
// when Alertmanager does not answer.
export type SilenceKind = "ticket" | "maintenance" | "alertmanager";
export type SilenceState = "active" | "pending" | "recorded";

export type SilenceEntry = {
  silenceId: string;
  kind: SilenceKind;
  /** The TicketSilence row, for the ticket's own silences (extend, expire). */
  rowId: string | null;
  matchers: string;
  startsAt: string;
  endsAt: string;
  state: SilenceState;
  createdBy: string;
  comment: string;
  covered: number;
};

type Row = { id: string; silenceId: string; matchers: Matcher[]; startsAt: Date; endsAt: Date; expiredAt: Date | null; createdBy: string };
type Window = { silenceId: string; matchers: Matcher[]; reason: string; startsAt: Date; endsAt: Date; createdBy: string };

export function silenceEntries(input: { am: ApiSilence[] | null; rows: Row[]; windows: Window[]; alerts: Labels[]; now: Date }): SilenceEntry[] {
  const { rows, windows, alerts, now } = input;
  const rowById = new Map(rows.map((r) => [r.silenceId, r]));
  const windowById = new Map(windows.map((w) => [w.silenceId, w]));
  const entries: SilenceEntry[] = [];
  if (input.am) {
    for (const s of input.am) {
      if (s.status.state === "expired") continue;
      const matchers = fromApiMatchers(s.matchers);
      const row = rowById.get(s.id);
      const covered = coveredAlerts(matchers, alerts);
      if (!row && covered === 0) continue;
      const kind: SilenceKind = row ? "ticket" : windowById.has(s.id) ? "maintenance" : "alertmanager";
      entries.push({
        silenceId: s.id, kind, rowId: row?.id ?? null, matchers: formatMatchers(matchers), startsAt: s.startsAt, endsAt: s.endsAt,
        state: s.status.state, createdBy: s.createdBy, comment: windowById.get(s.id)?.reason ?? s.comment, covered,
      });
    }
  } else {
    const running = <T extends { endsAt: Date }>(list: T[]) => list.filter((x) => x.endsAt > now);
    for (const r of running(rows).filter((x) => !x.expiredAt)) {
      entries.push({ silenceId: r.silenceId, kind: "ticket", rowId: r.id, matchers: formatMatchers(r.matchers), startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString(), state: "recorded", createdBy: r.createdBy, comment: "", covered: coveredAlerts(r.matchers, alerts) });
    }
    for (const w of running(windows)) {
      const covered = coveredAlerts(w.matchers, alerts);
      if (covered > 0) entries.push({ silenceId: w.silenceId, kind: "maintenance", rowId: null, matchers: formatMatchers(w.matchers), startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString(), state: "recorded", createdBy: w.createdBy, comment: w.reason, covered });
    }
  }
  return entries.sort((a, b) => a.endsAt.localeCompare(b.endsAt));
}
