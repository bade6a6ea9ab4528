"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/server/action";
import { createChannel } from "@/lib/server/channels/save-channel";
import { setChannelEnabled } from "@/lib/server/channels/set-channel-enabled";
import { addOverride } from "@/lib/server/oncall/add-override";
import { removeOverride } from "@/lib/server/oncall/remove-override";
import { updateEscalationPolicy } from "@/lib/server/oncall/update-escalation-policy";
import { updateOnCallSettings } from "@/lib/server/oncall/update-on-call-settings";
import { updateRotation } from "@/lib/server/oncall/update-rotation";
import { channelFormSchema, escalationPolicyFormSchema, onCallSettingsFormSchema, overrideFormSchema, rotationFormSchema } from "@/lib/validations/oncall";

const done = (result: { message: string }) => {
  revalidatePath("/oncall");
  return result;
};

export const updateRotationAction = formAction({ schema: rotationFormSchema, permission: "oncall.manage" }, async (rotation, actor) => {
  await updateRotation({ actor, rotation: rotation.memberIds.length ? rotation : null });
  return done(rotation.memberIds.length ? { message: "Rotation saved." } : { message: "Rotation removed: nobody is on call by rotation." });
});

export const addOverrideAction = formAction({ schema: overrideFormSchema, permission: "tickets.work" }, async (input, actor) => {
  await addOverride({ actor, input });
  return done({ message: "Override added." });
});

export const removeOverrideAction = formAction({ schema: z.object({ overrideId: z.string() }), permission: "tickets.work" }, async ({ overrideId }, actor) => {
  await removeOverride({ actor, overrideId });
  return done({ message: "Override removed." });
});

export const updateOnCallSettingsAction = formAction({ schema: onCallSettingsFormSchema, permission: "oncall.manage" }, async (input, actor) => {
  await updateOnCallSettings({ actor, ...input });
  return done({ message: "Time zone and digest window saved." });
});

export const updateEscalationPolicyAction = formAction({ schema: escalationPolicyFormSchema, permission: "oncall.manage" }, async (policy, actor) => {
  await updateEscalationPolicy({ actor, policy });
  return done({ message: "Escalation policy saved; it applies from the next check, to open tickets too." });
});

export const createChannelAction = formAction({ schema: channelFormSchema, permission: "oncall.manage" }, async (input, actor) => {
  await createChannel({ actor, input });
  return done({ message: "Channel added." });
});

export const setChannelEnabledAction = formAction({ schema: z.object({ channelId: z.string(), enabled: z.enum(["true", "false"]) }), permission: "oncall.manage" }, async (input, actor) => {
  await setChannelEnabled({ actor, channelId: input.channelId, enabled: input.enabled === "true" });
  return done(input.enabled === "true" ? { message: "Channel on." } : { message: "Channel off." });
});
