import { describe, expect, it } from "vitest";
import { SAVED_VIEWS_MAX } from "@/lib/validations/views";
import { actorWithRole } from "@/test/support/actors";
import { deleteView } from "./delete-view";
import { listSavedViews } from "./list-saved-views";
import { saveView } from "./save-view";

describe("saved views, per user", () => {
  it("each person sees, replaces and deletes only their own", async () => {
    const tech = await actorWithRole("TECHNICIAN");
    const soc = await actorWithRole("OBSERVER");
    await saveView({ actor: tech, name: "Mine, firing", query: "?assignee=me_or_none&signal=FIRING&page=3" });
    await saveView({ actor: tech, name: "By alert", query: "group=alertname" });
    await saveView({ actor: soc, name: "By alert", query: "group=instance" });

    // The page is not part of a view; the same name replaces the view.
    expect(await listSavedViews({ actor: tech })).toMatchObject([
      { name: "By alert", query: "group=alertname" },
      { name: "Mine, firing", query: "assignee=me_or_none&signal=FIRING" },
    ]);
    await saveView({ actor: tech, name: "By alert", query: "group=severity" });
    expect((await listSavedViews({ actor: tech })).find((v) => v.name === "By alert")!.query).toBe("group=severity");
    expect(await listSavedViews({ actor: soc })).toMatchObject([{ name: "By alert", query: "group=instance" }]);

    const [socView] = await listSavedViews({ actor: soc });
    await expect(deleteView({ actor: tech, viewId: socView!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteView({ actor: soc, viewId: socView!.id });
    expect(await listSavedViews({ actor: soc })).toEqual([]);
    expect(await listSavedViews({ actor: tech })).toHaveLength(2);
  });

  it("refuses a query the list would not read, a token, and more than a few views", async () => {
    const admin = await actorWithRole("ADMIN");
    await expect(saveView({ actor: admin, name: "bad", query: "step=NOPE" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(saveView({ actor: { ...admin, kind: "token" }, name: "t", query: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await listSavedViews({ actor: { ...admin, kind: "token" } })).toEqual([]);
    for (let i = 0; i < SAVED_VIEWS_MAX; i++) await saveView({ actor: admin, name: `v${i}`, query: `priority=${(i % 6) + 1}` });
    await expect(saveView({ actor: admin, name: "one more", query: "" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await saveView({ actor: admin, name: "v0", query: "scope=all" }); // replacing is still fine
  });
});
