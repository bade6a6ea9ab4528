import { describe, expect, it } from "vitest";
import { attributeValues, escapeFilterValue, fillFilter, guidText, stableId } from "./ldap-entry";

describe("escapeFilterValue (RFC 4515)", () => {
  it.each([
    ["ada", "ada"],
    ["*", "\\2a"],
    [")(uid=*", "\\29\\28uid=\\2a"],
    ["C:\\dir", "C:\\5cdir"],
    ["nul\0byte", "nul\\00byte"],
    ["Zoë O'Brien", "Zoë O'Brien"],
  ])("%j → %j", (value, escaped) => {
    expect(escapeFilterValue(value)).toBe(escaped);
  });
});

describe("fillFilter", () => {
  it.each([
    ["(uid={username})", { username: "ada" }, "(uid=ada)"],
    ["(&(objectClass=user)(sAMAccountName={username}))", { username: "*)(objectClass=*" }, "(&(objectClass=user)(sAMAccountName=\\2a\\29\\28objectClass=\\2a))"],
    ["(member={dn})", { username: "x", dn: "cn=Smith\\, John (ops),ou=people,dc=corp" }, "(member=cn=Smith\\5c, John \\28ops\\29,ou=people,dc=corp)"],
    ["(|(memberUid={username})(member={dn}))", { username: "tom", dn: "uid=tom,dc=t" }, "(|(memberUid=tom)(member=uid=tom,dc=t))"],
    ["(uid={username})", { username: "{dn}" }, "(uid={dn})"],
  ])("%s with %j", (template, values, filled) => {
    expect(fillFilter(template, values)).toBe(filled);
  });
});

describe("attributeValues", () => {
  it.each([
    [{ dn: "x", mail: "a@b" }, "mail", ["a@b"]],
    [{ dn: "x", memberOf: ["cn=a", "cn=b"] }, "memberof", ["cn=a", "cn=b"]],
    [{ dn: "x", MAIL: "" }, "mail", []],
    [{ dn: "x" }, "mail", []],
  ])("%j %s", (entry, name, values) => {
    expect(attributeValues(entry, name)).toEqual(values);
  });
});

describe("stableId", () => {
  // .NET's Guid("00112233-4455-6677-8899-aabbccddeeff").ToByteArray(), as Active Directory stores objectGUID.
  const adBytes = Buffer.from("33221100554477668899aabbccddeeff", "hex");
  it("writes objectGUID as Windows does", () => {
    expect(guidText(adBytes)).toBe("00112233-4455-6677-8899-aabbccddeeff");
  });
  it.each([
    [{ dn: "uid=a,dc=t", entryUUID: "D881FA92-81FA-1041-89EE-7BEA3CA781ED" }, "d881fa92-81fa-1041-89ee-7bea3ca781ed"],
    [{ dn: "CN=A,DC=corp", objectGUID: adBytes }, "00112233-4455-6677-8899-aabbccddeeff"],
    [{ dn: "CN=A,DC=corp", objectGUID: Buffer.from("short") }, "CN=A,DC=corp"],
    [{ dn: "uid=a,dc=t" }, "uid=a,dc=t"],
  ])("%j → %s", (entry, id) => {
    expect(stableId(entry)).toBe(id);
  });
});
