import { describe, expect, it } from "vitest";
import { eventLabel } from "@/lib/domain/timeline";
import { formatDateTime } from "@/lib/format";
import { eventDetail } from "@/components/tickets/timeline";

// How silence events read on a ticket's timeline.
const END = "2026-12-01T05:00:00.000Z";

describe("silence events on the timeline", () => {
  it.each([
    ["silence.created", { silenceId: "s", matchers: '{job="pg"}', endsAt: END }, "Silenced in Alertmanager", `{job="pg"} · until ${formatDateTime(END)}`],
    ["silence.extended", { silenceId: "s", previousEndsAt: "x", endsAt: END }, "Silence extended", `until ${formatDateTime(END)}`],
    ["silence.expired", { silenceId: "s", matchers: '{job="pg"}' }, "Silence expired", '{job="pg"}'],
    ["silence.expired", { silenceId: "s", matchers: '{job="pg"}', reason: "ticket closed" }, "Silence expired", 'ticket closed · {job="pg"}'],
    ["silence.created", { maintenance: true, reason: "Upgrade", matchers: '{job="pg"}', endsAt: END }, "Silenced in Alertmanager", `maintenance window: Upgrade · {job="pg"} · until ${formatDateTime(END)}`],
  ])("%s %j", (type, data, label, detail) => {
    expect(eventLabel(type)).toBe(label);
    expect(eventDetail(type, data)).toBe(detail);
  });
});
