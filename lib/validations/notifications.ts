import { z } from "zod";
import { notificationEvents, notificationModes, type NotificationModes } from "@/lib/domain/notifications/digest";

/** My account's notification form: one select per event, named "mode.<event>". */
export const notificationModesFormSchema = z
  .record(z.string(), z.unknown())
  .transform((flat): unknown => Object.fromEntries(notificationEvents.map((e) => [e, flat[`mode.${e}`]])))
  .pipe(z.object(Object.fromEntries(notificationEvents.map((e) => [e, z.enum(notificationModes, { error: "Choose at once, digest or off." })])))) as unknown as z.ZodType<NotificationModes>;
