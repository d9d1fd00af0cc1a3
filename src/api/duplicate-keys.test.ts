import { describe, expect, it } from "vitest";
import { firstDuplicateKey } from "./duplicate-keys.ts";

describe("firstDuplicateKey", () => {
  it("names a key repeated within one object by its path", () => {
    expect(firstDuplicateKey('{"q":"盗窃","q":"抢劫"}')).toBe("q");
    expect(firstDuplicateKey('{"q":"x","filters":{"charges":["a"],"courts":[],"charges":["b"]}}')).toBe(
      "filters.charges",
    );
    expect(firstDuplicateKey('{"items":[{"a":1},{"a":1,"b":{"c":1, "c" :2}}]}')).toBe("items.1.b.c");
    // The same key written with an escape is the same key.
    expect(firstDuplicateKey('{"q":1,"\\u0071":2}')).toBe("q");
  });

  it("takes keys of different objects, strings that look like keys, and escapes in strings for no repeat", () => {
    expect(firstDuplicateKey('{"a":{"x":1},"b":{"x":1},"c":[{"x":1},{"x":2}]}')).toBeUndefined();
    expect(firstDuplicateKey('{"q":"a\\":1,\\"q","r":["q","q"]}')).toBeUndefined();
    expect(firstDuplicateKey('{"facts":"被告人{甲}与[乙]，“q”:1"}')).toBeUndefined();
    expect(firstDuplicateKey("{not json")).toBeUndefined();
    expect(firstDuplicateKey('"unterminated')).toBeUndefined();
  });
});
