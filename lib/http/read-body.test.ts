import { describe, expect, it } from "vitest";
import { readLimitedBody } from "./read-body";

// A body sent in small chunks, as a slow client or a proxy would: multi-byte characters split across chunks.
function chunked(bytes: Uint8Array, size: number, headers: Record<string, string> = {}) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
  return new Request("http://vigie.test/", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("readLimitedBody", () => {
  it.each([
    ["ascii", "hello", 2],
    ["multi-byte split across chunks", "é€😀 label", 1],
    ["empty", "", 3],
  ])("reads %s", async (_name, text, size) => {
    const result = await readLimitedBody(chunked(new TextEncoder().encode(text), size), 1024);
    expect(result).toEqual({ ok: true, text, bytes: new TextEncoder().encode(text).length });
  });

  it("turns invalid UTF-8 into U+FFFD instead of failing", async () => {
    const result = await readLimitedBody(chunked(new Uint8Array([0x61, 0xff, 0x62]), 1), 1024);
    expect(result).toEqual({ ok: true, text: "a\uFFFDb", bytes: 3 });
  });

  it.each([
    ["a body over the limit", {}, 2_000],
    ["a declared length over the limit", { "content-length": "5000" }, 10],
  ])("refuses %s", async (_name, headers, length) => {
    const result = await readLimitedBody(chunked(new Uint8Array(length).fill(0x61), 100, headers), 1024);
    expect(result).toEqual({ ok: false, tooLarge: true });
  });
});
