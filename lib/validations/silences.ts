import { z } from "zod";
import { silenceDurations, type SilenceDuration } from "@/lib/domain/silences/requests";

// Shared by the silence forms (ticket page, Incident plan page) and the server actions.
const durations = Object.keys(silenceDurations) as [SilenceDuration, ...SilenceDuration[]];
const duration = z.enum(durations, { error: "Choose a duration." });

export const silenceTicketSchema = z.object({ ticketId: z.uuid(), duration });
export const extendSilenceSchema = z.object({ ticketSilenceId: z.uuid(), duration });
export const expireSilenceSchema = z.object({ ticketSilenceId: z.uuid() });
export const expireMaintenanceSchema = z.object({ windowId: z.uuid() });

// A browser's datetime-local value ("2026-12-05T22:00") is the person's wall-clock time; the form sends the
// browser's offset from UTC (Date.getTimezoneOffset, minutes) so the server reads the same instant.
const localTime = (message: string) => z.string({ error: message }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, message);

export const maintenanceWindowSchema = z
  .object({
    matchers: z.string({ error: "Write the matchers." }).trim().min(1, "Write the matchers, such as job=\"postgres\".").max(2_000),
    reason: z.string({ error: "Write the reason." }).trim().min(1, "Write the reason: what is done, by whom.").max(500),
    startsAt: localTime("Choose the start."),
    endsAt: localTime("Choose the end."),
    timezoneOffset: z.coerce.number().int().min(-840).max(840).default(0),
  })
  .transform(({ startsAt, endsAt, timezoneOffset, ...rest }) => {
    const instant = (local: string) => new Date(Date.parse(`${local}:00Z`) + timezoneOffset * 60_000);
    return { ...rest, startsAt: instant(startsAt), endsAt: instant(endsAt) };
  });
