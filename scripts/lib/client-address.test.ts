import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.mjs";

describe("clientAddress", () => {
  it.each([
    ["no proxy: the socket, a forged header ignored", { socket: "203.0.113.9", forwardedFor: "198.51.100.1", trustProxy: false }, "203.0.113.9"],
    ["no proxy, IPv4-mapped socket", { socket: "::ffff:203.0.113.9", forwardedFor: undefined, trustProxy: false }, "203.0.113.9"],
    ["no proxy, IPv6 socket", { socket: "2001:db8::1", forwardedFor: undefined, trustProxy: false }, "2001:db8::1"],
    ["trusted proxy: the hop it added", { socket: "10.0.0.2", forwardedFor: "203.0.113.9", trustProxy: true }, "203.0.113.9"],
    ["trusted proxy: a client's forged entries before it are ignored", { socket: "10.0.0.2", forwardedFor: "198.51.100.1, 198.51.100.2, 203.0.113.9", trustProxy: true }, "203.0.113.9"],
    ["trusted proxy, header sent twice", { socket: "10.0.0.2", forwardedFor: ["198.51.100.1", "203.0.113.9"], trustProxy: true }, "203.0.113.9"],
    ["trusted proxy, no header: the socket", { socket: "10.0.0.2", forwardedFor: undefined, trustProxy: true }, "10.0.0.2"],
    ["trusted proxy, garbage hop: the socket", { socket: "10.0.0.2", forwardedFor: "<script>", trustProxy: true }, "10.0.0.2"],
    ["no socket", { socket: undefined, forwardedFor: "198.51.100.1", trustProxy: false }, "unknown"],
  ] as const)("%s", (_, input, expected) => {
    expect(clientAddress(input)).toBe(expected);
  });
});
