import { describe, expect, it } from "vitest";
import { circumstanceDenials, extractCircumstances } from "./circumstances.ts";
import { deniedGrounds } from "./grounds.ts";

// Write-ups comment on the law in general sentences that name no party: no finding and no denial.
describe("general statements: an offender by role in a rule, a condition or an example", () => {
  it("grants nothing", () => {
    expect(
      extractCircumstances("例如，行为人作案后主动投案并如实供述罪行的，应当认定为自首。", grounds),
    ).toEqual([]);
    expect(
      extractCircumstances("行为人在押期间检举同监人员的犯罪，经核实的，应当认定有立功表现。", grounds),
    ).toEqual([]);
    // A rule quoted after 规定： is the law's.
    expect(
      extractCircumstances(
        "该条规定：“在押的犯罪嫌疑人如实供述办案机关不知道的别的罪行的，以自首论。”",
        grounds,
      ),
    ).toEqual([]);
  });

  it("denies nothing", () => {
    expect(
      circumstanceDenials("如果犯罪嫌疑人只是口头表示愿意投案而从未去投案，就不能认定为自首。", grounds),
    ).toEqual([]);
    const text =
      "被告人张某甲作案后主动到派出所投案，如实供述了犯罪事实。在共同犯罪中，被告人仅供述本人的行为而隐瞒同伙的，不能认定为自首。";
    expect(deniedGrounds(text, ["张某甲"]).get("张某甲")).toEqual([]);
  });

  it("still reads the defendant's own sentences", () => {
    // 被告人 with a sentence's consequence, not what it is: this defendant.
    expect(extractCircumstances("被告人到案后如实供述犯罪事实的，可以从轻处罚。", grounds)).toEqual(["坦白"]);
    // A hypothetical in a party's submission is the party's, read as before.
    expect(extractCircumstances("辩护人提出，如果被告人张某甲构成犯罪，其有自首情节。", grounds)).toEqual([
      "自首",
    ]);
    const text =
      "被告人张某甲作案后主动投案。如果犯罪嫌疑人投案后又逃跑的，不能认定为自首。因此，本案被告人不能认定为自首。";
    expect(deniedGrounds(text, ["张某甲"]).get("张某甲")).toEqual(["自首"]);
  });
});

describe("general statements opening after a clause of their sentence", () => {
  it("grant nothing (…，如果行为人…; …；只要行为人…)", () => {
    expect(
      extractCircumstances(
        "这类情形在实践中较常见，如果行为人在被盘问时即主动交代罪行的，也应当认定为自首。",
        grounds,
      ),
    ).toEqual([]);
    expect(
      extractCircumstances(
        "两种观点各有道理；只要行为人在到案后能如实交代主要罪行，就应当认定为坦白。",
        grounds,
      ),
    ).toEqual([]);
  });

  it("keep a concession of the case (…，即使按被告人的供述…) and the case's own words", () => {
    expect(
      extractCircumstances("双方已协商解决，即使按被告人的供述计算，被害人亦表示谅解。", new Set(["谅解"])),
    ).toEqual(["谅解"]);
    expect(
      extractCircumstances("被告人张某甲到案后，在侦查人员讯问时如实供述了犯罪事实，可以从轻处罚。", grounds),
    ).toEqual(["坦白"]);
  });
});

const grounds = new Set(["自首", "坦白", "立功"]);
