import { describe, expect, it } from "vitest";
import { eventLabel } from "@/lib/domain/timeline";
import { eventDetail, eventName } from "@/components/tickets/timeline-detail";
import { englishWords } from "@/test/support/timeline-words";

// How silence events read on a ticket's timeline.
const END = "2026-12-01T05:00:00.000Z";

describe("silence events on the timeline", () => {
  it.each([
    ["silence.created", { silenceId: "s", matchers: '{job="pg"}', endsAt: END }, "Silenced in Alertmanager", `{job="pg"} · until ${englishWords.when(END)}`],
    ["silence.extended", { silenceId: "s", previousEndsAt: "x", endsAt: END }, "Silence extended", `until ${englishWords.when(END)}`],
    ["silence.expired", { silenceId: "s", matchers: '{job="pg"}' }, "Silence expired", '{job="pg"}'],
    ["silence.expired", { silenceId: "s", matchers: '{job="pg"}', reason: "ticket closed" }, "Silence expired", 'ticket closed · {job="pg"}'],
    ["silence.created", { maintenance: true, reason: "Upgrade", matchers: '{job="pg"}', endsAt: END }, "Silenced in Alertmanager", `maintenance window: Upgrade · {job="pg"} · until ${englishWords.when(END)}`],
  ])("%s %j", (type, data, label, detail) => {
    expect(eventName(type, englishWords.t, eventLabel)).toBe(label);
    expect(eventDetail(type, data, englishWords)).toBe(detail);
  });
});
