import { describe, expect, it } from "vitest";
import { isPublicPath } from "./public-paths";

describe("pages open without signing in", () => {
  it.each([
    ["/status", true],
    ["/status/", true],
    ["/status/report", true],
    ["/status/feed.xml", true],
    ["/status/anything-else", false],
    ["/statusx", false],
    ["/tickets", false],
    ["/admin/status", false],
    ["/", false],
  ])("%s: %s", (path, open) => {
    expect(isPublicPath(path)).toBe(open);
  });
});
