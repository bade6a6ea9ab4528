import { describe, expect, it } from "vitest";
import { errorSummary, isDatabaseUnavailable } from "./errors";

const err = (props: Record<string, unknown>) => Object.assign(new Error(String(props.message ?? "")), props);

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", err({ code: "ECONNREFUSED" }), true],
    ["a pool that could not connect in time (hung server)", err({ message: "timeout exceeded when trying to connect" }), true],
    ["a connection timeout", err({ message: "Connection terminated due to connection timeout" }), true],
    ["a transaction that could not start in time (P2028)", err({ code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." }), true],
    ["a transaction past its timeout (P2028)", err({ code: "P2028", message: "Transaction API error: Transaction already closed: A query cannot be executed on an expired transaction." }), true],
    ["the cause of a wrapper", err({ message: "wrapped", cause: err({ code: "57P01" }) }), true],
    ["a unique violation", err({ code: "P2002", message: "Unique constraint failed" }), false],
    ["a bug", new TypeError("x is undefined"), false],
  ])("%s → %s", (_name, error, unavailable) => {
    expect(isDatabaseUnavailable(error)).toBe(unavailable);
  });
});

describe("errorSummary", () => {
  it.each([
    ["code and first line", err({ code: "P2028", message: "\nTransaction API error: Unable to start.\n  at x (y.js:1)" }), "P2028 Transaction API error: Unable to start."],
    ["a message only", new Error("Connection terminated"), "Connection terminated"],
    ["not an error", "boom", "boom"],
  ])("%s", (_name, error, line) => {
    expect(errorSummary(error)).toBe(line);
  });
});
