import { describe, expect, it } from "vitest";
import { parseRoleMap, roleFromGroups, type RoleMapping } from "./directory-roles";

const mapping: RoleMapping = { groups: parseRoleMap("ADMIN:vigie-admins,TECHNICIAN:vigie-techs|ops,OBSERVER:soc"), defaultRole: null };

describe("roleFromGroups", () => {
  it.each([
    ["an admin group", ["vigie-admins"], null, "ADMIN"],
    ["the strongest wins", ["soc", "vigie-techs", "vigie-admins"], null, "ADMIN"],
    ["a second group for a role", ["ops"], null, "TECHNICIAN"],
    ["case does not matter", ["SOC"], null, "OBSERVER"],
    ["an LDAP DN, by its CN", ["cn=vigie-techs,ou=groups,dc=example,dc=org"], null, "TECHNICIAN"],
    ["no mapped group, no default: refused", ["marketing"], null, null],
    ["no mapped group, a default", ["marketing"], "OBSERVER", "OBSERVER"],
    ["no group at all, a default", [], "OBSERVER", "OBSERVER"],
  ] as const)("%s", (_, groups, defaultRole, expected) => {
    expect(roleFromGroups(groups, { ...mapping, defaultRole })).toBe(expected);
  });
});

describe("parseRoleMap", () => {
  it("reads ROLE:group|group lists", () => {
    expect(parseRoleMap(" admin:a|b , OBSERVER:c")).toEqual({ ADMIN: ["a", "b"], TECHNICIAN: [], OBSERVER: ["c"] });
  });
  it.each(["vigie-admins", "BOSS:x"])("refuses %j", (text) => {
    expect(() => parseRoleMap(text)).toThrow(/ROLE:group/);
  });
});
