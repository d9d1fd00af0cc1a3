import { describe, expect, it } from "vitest";
import {
  barChart,
  formatNumber,
  formatShare,
  frequencies,
  linearScale,
  NO_DATA,
  niceStep,
  STRIP,
  stripDomain,
  stripPlot,
  ticks,
} from "./charts.ts";

function isNice(step: number): boolean {
  const m = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 5].some((n) => Math.abs(m - n) < 1e-9);
}

describe("ticks", () => {
  it("are evenly spaced nice numbers covering the domain", () => {
    for (const [lo, hi] of [
      [0, 7],
      [0, 36],
      [1, 187],
      [0.3, 0.92],
      [0, 1234],
      [-5, 17],
      [2, 300],
    ] as const) {
      const t = ticks(lo, hi, 6);
      expect(t.length).toBeGreaterThanOrEqual(3);
      expect(t.length).toBeLessThanOrEqual(13);
      expect(t[0]).toBeLessThanOrEqual(lo);
      expect(t[t.length - 1]).toBeGreaterThanOrEqual(hi);
      const step = (t[1] as number) - (t[0] as number);
      expect(isNice(step)).toBe(true);
      for (let i = 1; i < t.length; i++) {
        expect((t[i] as number) - (t[i - 1] as number)).toBeCloseTo(step, 9);
        expect(Math.abs((t[i] as number) / step - Math.round((t[i] as number) / step))).toBeLessThan(1e-9);
      }
    }
  });

  it("gives exact decimals and an axis for a single value", () => {
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(0, 36, 6)).toEqual([0, 10, 20, 30, 40]);
    expect(ticks(4, 4).length).toBeGreaterThanOrEqual(2);
    expect(ticks(0, 0)).toContain(0);
    expect(ticks(Number.NaN, 3)).toEqual([]);
  });

  it("niceStep picks 1, 2 or 5 × 10^k", () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(36, 6)).toBe(10);
    expect(niceStep(0.9, 5)).toBe(0.2);
    expect(niceStep(0)).toBe(1);
  });
});

describe("numbers", () => {
  it("formats without locale or trailing zeros", () => {
    expect(formatNumber(8)).toBe("8");
    expect(formatNumber(6.125)).toBe("6.13");
    expect(formatNumber(-0.001)).toBe("0");
    expect(formatNumber(12345.5)).toBe("12345.5");
    expect(formatShare(0.8333)).toBe("83.3%");
    expect(formatShare(1)).toBe("100%");
  });

  it("linearScale maps the domain onto the range", () => {
    const s = linearScale([0, 10], [100, 200]);
    expect(s(0)).toBe(100);
    expect(s(5)).toBe(150);
    expect(s(10)).toBe(200);
    expect(linearScale([3, 3], [0, 10])(3)).toBe(5);
  });

  it("frequencies count equal values in ascending order", () => {
    expect(frequencies([3, 1, 3, 2, Number.NaN])).toEqual([
      { value: 1, count: 1 },
      { value: 2, count: 1 },
      { value: 3, count: 2 },
    ]);
  });
});

describe("stripPlot", () => {
  const spec = {
    id: "c1-months",
    title: "刑期分布",
    desc: "类案组刑期分布",
    values: [1, 2, 2, 3, 3, 3, 4, 36],
    median: 3,
    p10: 1,
    p90: 4,
    marks: [{ value: 36, label: "（2021）浙0102刑初88号", kind: "flagged" as const }],
    axisLabel: "刑期（月）",
    width: 640,
  };
  const svg = stripPlot(spec);

  it("is an accessible SVG with a Chinese title and description", () => {
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="c1-months-title c1-months-desc"');
    expect(svg).toContain('<title id="c1-months-title">刑期分布</title>');
    expect(svg).toContain('<desc id="c1-months-desc">类案组刑期分布</desc>');
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("draws one dot per value, the band and the median", () => {
    expect(svg.match(/<circle class="dot"/g)).toHaveLength(spec.values.length);
    expect(svg).toContain('<rect class="band"');
    expect(svg).toContain('<line class="median"');
  });

  it("draws a flagged value in the highlight class at the right x, labelled with its 案号", () => {
    const { domain } = stripDomain(spec);
    const x = linearScale(domain, [STRIP.marginLeft, spec.width - STRIP.marginRight]);
    const expected = String(Math.round(x(36) * 10) / 10);
    const m = /<circle class="flagged" cx="([\d.]+)"/.exec(svg);
    expect(m?.[1]).toBe(expected);
    // The median line sits at the median's x.
    expect(svg).toContain(`<line class="median" x1="${Math.round(x(3) * 10) / 10}"`);
    expect(svg).toContain("（2021）浙0102刑初88号</text>");
    // The flagged dot is to the right of every other dot.
    const dotXs = [...svg.matchAll(/<circle class="dot" cx="([\d.]+)"/g)].map((d) => Number(d[1]));
    expect(Math.max(...dotXs)).toBeLessThanOrEqual(Number(expected));
  });

  it("stacks equal values instead of overdrawing them", () => {
    const threes = [...svg.matchAll(/<circle class="dot" cx="([\d.]+)" cy="([\d.]+)"/g)]
      .filter((d) => d[1] === svg.match(/<line class="median" x1="([\d.]+)"/)?.[1])
      .map((d) => d[2]);
    expect(threes).toHaveLength(3);
    expect(new Set(threes).size).toBe(3);
  });

  it("staggers overlapping mark labels onto different lanes", () => {
    const two = stripPlot({
      ...spec,
      marks: [
        { value: 35, label: "（2021）浙0102刑初88号", kind: "flagged" },
        { value: 36, label: "（2022）浙0103刑初9号", kind: "flagged" },
      ],
    });
    const ys = [...two.matchAll(/<text class="mark-label" x="[\d.]+" y="([\d.]+)"/g)].map((m) => m[1]);
    expect(ys).toHaveLength(2);
    expect(ys[0]).not.toBe(ys[1]);
  });

  it("draws a proposed outcome in its own class", () => {
    const s = stripPlot({ ...spec, marks: [{ value: 10, label: "拟判 10 个月", kind: "proposed" }] });
    expect(s).toContain('<circle class="proposed"');
    expect(s).toContain('class="proposed-shape"');
  });

  it("escapes labels", () => {
    const s = stripPlot({ ...spec, title: "a<b&c", marks: [{ value: 5, label: "<x>&", kind: "flagged" }] });
    expect(s).toContain("a&lt;b&amp;c");
    expect(s).toContain("&lt;x&gt;&amp;");
    expect(s).not.toContain("<x>");
  });

  it("renders a Chinese 无数据 note instead of an empty chart", () => {
    const empty = stripPlot({ ...spec, values: [], marks: [] });
    expect(empty).not.toContain("<svg");
    expect(empty).toContain(NO_DATA);
    expect(empty).toContain("刑期分布");
  });

  it("is deterministic", () => {
    expect(stripPlot(spec)).toBe(svg);
  });
});

describe("barChart", () => {
  const spec = {
    id: "c3-disp",
    title: "裁判结果分布",
    desc: "类案组裁判结果占比",
    bars: [
      { label: "支持", share: 0.85 },
      { label: "部分支持", share: 0.1 },
      { label: "驳回", share: 0.05, highlight: "flagged" as const, note: "← 本案" },
    ],
  };
  const svg = barChart(spec);

  it("draws one bar per category with its share, the flagged one highlighted", () => {
    expect(svg.match(/<rect class="bar/g)).toHaveLength(3);
    expect(svg.match(/<rect class="bar flagged"/g)).toHaveLength(1);
    expect(svg).toContain(">85%</text>");
    expect(svg).toContain(">5%</text>");
    expect(svg).toContain("← 本案</text>");
    expect(svg).toContain('<title id="c3-disp-title">裁判结果分布</title>');
  });

  it("bar widths are proportional to shares", () => {
    const widths = [...svg.matchAll(/<rect class="bar[^"]*" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map(
      (m) => Number(m[1]),
    );
    const [a = 0, b = 1, c = 1] = widths;
    expect(a / b).toBeCloseTo(8.5, 1);
    expect(b / c).toBeCloseTo(2, 1);
  });

  it("renders 无数据 without bars", () => {
    const empty = barChart({ ...spec, bars: [] });
    expect(empty).not.toContain("<svg");
    expect(empty).toContain(`裁判结果分布：${NO_DATA}`);
  });
});
