/**
 * The workbench end to end in a real browser (Debian's Chromium through playwright-core) against
 * the real service and Elasticsearch: what a judge and the research office would check on screen,
 * and in the files they download. Screenshots go to test-results/browser/.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed, startApi, type TestApi, TOKENS } from "../integration/api-fixtures.ts";
import { cleanup, esUrl, testClient, uniquePrefix } from "../integration/helpers.ts";
import {
  APPEAL,
  FIRST_INSTANCE,
  GUIDING,
  HAIDIAN,
  OUTLIER,
  PENDING,
  PENDING_FACTS,
  THEFT,
  workbenchCorpus,
} from "./corpus.ts";
import { contrast, launchChromium, screenshot } from "./harness.ts";

const VIEWPORT = { width: 1366, height: 768 };
/** Waits for what the page shows next; generous, the machine is shared (no timing is asserted). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
const IDENTITY_HEADER = "X-Remote-User";

describe("the workbench in Chromium", () => {
  const client = testClient();
  const prefix = uniquePrefix("browser");
  const alias = `${prefix}judgments`;
  const downloads = mkdtempSync(path.join(os.tmpdir(), "leian-downloads-"));
  let api: TestApi;
  let browser: Browser;
  /** Every URL any page requested: the workbench must not reach beyond its own origin. */
  const requested: string[] = [];
  const pageErrors: string[] = [];

  async function open(
    token: string | null,
    headers: Record<string, string> = {},
    signedIn = true,
  ): Promise<{
    context: BrowserContext;
    page: Page;
  }> {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      acceptDownloads: true,
      extraHTTPHeaders: headers,
      locale: "zh-CN",
    });
    const page = await context.newPage();
    page.on("request", (r) => requested.push(r.url()));
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${api.url}/`);
    if (token !== null) {
      await page.getByLabel("访问令牌").fill(token);
      await page.getByRole("button", { name: "登录" }).click();
    }
    if (signedIn) await page.locator("#user").waitFor();
    return { context, page };
  }

  const card = (page: Page, caseNumber: string) =>
    page.locator(`article.case[data-case-number="${caseNumber}"]`);

  async function noHorizontalScroll(page: Page): Promise<void> {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "page wider than a 1366 px screen").toBeLessThanOrEqual(VIEWPORT.width);
  }

  /** Every visible form control has a label a screen reader announces. */
  async function everyControlLabelled(page: Page): Promise<void> {
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll("input, select, textarea"))
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => {
          const control = el as HTMLInputElement;
          return (control.labels?.length ?? 0) === 0 && !control.getAttribute("aria-label");
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
  }

  beforeAll(async () => {
    await seed(client, prefix, alias, workbenchCorpus());
    api = await startApi(esUrl(), client, alias, {
      aliases: { reports: `${prefix}reports`, audits: `${prefix}audits` },
      http: { identityHeader: IDENTITY_HEADER },
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await cleanup(client, prefix);
    await client.close();
  });

  it("judge: pending case → similar cases by tier with reasons → case record → choices → report filed, previewed, downloaded, listed", async () => {
    const { context, page } = await open(TOKENS.judge);
    await expect(page.locator("#user").textContent()).resolves.toContain("张法官");
    await page.getByRole("heading", { name: "类案检索", exact: true }).waitFor();

    // Load a case by number: the first-instance judgment in the index fills the form.
    await page.getByLabel("案号").fill(FIRST_INSTANCE);
    await page.getByRole("button", { name: "按案号载入" }).click();
    await poll(() => page.getByLabel("基本事实").inputValue()).toContain("20号某饮酒后驾驶");
    expect(await page.getByLabel("罪名 / 案由").inputValue()).toBe("危险驾驶罪");

    // The pending case itself.
    await page.getByLabel("案号").fill(PENDING);
    await page.getByLabel("审理法院").fill(HAIDIAN);
    await page.getByLabel("基本事实").fill(PENDING_FACTS);
    await page.getByLabel("适用法条").fill("刑法#133");
    await page.getByLabel("当事人", { exact: true }).fill("");
    await page.getByLabel("争议焦点").fill("血液酒精含量刚过标准且如实供述的，能否从轻处罚");
    await page.getByRole("button", { name: "检索类案" }).click();
    await page.locator("section.tier").first().waitFor();

    // Tiers in the SPC order, the right cases in each.
    const tiers = await page
      .locator("section.tier")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-tier")));
    expect(tiers).toEqual(["guiding", "typical", "ordinary"].filter((t) => tiers.includes(t)));
    expect(tiers[0]).toBe("guiding");
    await expect(
      page.locator('section.tier[data-tier="guiding"] article.case').getAttribute("data-case-number"),
    ).resolves.toBe(GUIDING);
    const ordinary = await page
      .locator('section.tier[data-tier="ordinary"] article.case')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-case-number")));
    expect(ordinary).toEqual(expect.arrayContaining([FIRST_INSTANCE, APPEAL, OUTLIER]));
    // A theft is no 类案 of a drunk drive: if listed at all, it comes after every 危险驾驶 judgment.
    if (ordinary.includes(THEFT)) expect(ordinary.indexOf(THEFT)).toBe(ordinary.length - 1);
    // Why it matched, and highlights of the shared terms.
    const guiding = card(page, GUIDING);
    await expect(guiding.locator("dl.why").textContent()).resolves.toContain("危险驾驶罪");
    expect(await guiding.locator("mark").count()).toBeGreaterThan(0);
    await expect(guiding.textContent()).resolves.toContain("裁判要点");
    // Its reasoning excerpt is headed as a write-up's (裁判理由 or commentary), a judgment's as 本院认为.
    const excerptLabels = (caseNumber: string) =>
      card(page, caseNumber).locator("p.excerpt strong").allTextContents();
    expect(await excerptLabels(GUIDING)).toEqual(["裁判要点：", "裁判理由 / 评析：", "裁判结果："]);
    expect(await excerptLabels(APPEAL)).toContain("本院认为：");
    await screenshot(page, "judge-1-similar-cases", page.locator("#results-title"));

    // Facets narrow the list: 中级人民法院 leaves the appeal and the typical case.
    const facets = page.locator("aside.facets");
    await facets.getByLabel(/中级人民法院（2）/).check();
    const middle = await page
      .locator("article.case")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-case-number")));
    expect(middle).toHaveLength(2);
    expect(middle).toContain(APPEAL);
    await facets.getByLabel(/中级人民法院（2）/).uncheck();
    expect(await page.locator("article.case").count()).toBeGreaterThan(10);

    // The appeal's record: sections, and the instance chain back to the first instance.
    const openButton = card(page, APPEAL).getByRole("button", { name: "查看全文与关联案件" });
    await openButton.click();
    const dialog = page.locator("dialog#case-dialog");
    await dialog.locator("ol.chain").waitFor();
    await expect(dialog.locator("dl.facts").textContent()).resolves.toContain("北京市第一中级人民法院");
    await expect(dialog.textContent()).resolves.toContain("经审理查明");
    await expect(dialog.locator("ol.chain").textContent()).resolves.toMatch(
      /前审.*（2023）京0108刑初120号[\s\S]*本案.*（2023）京01刑终50号/,
    );
    await screenshot(page, "judge-2-case-record");
    await dialog.getByRole("button", { name: FIRST_INSTANCE }).click();
    await poll(() => dialog.locator("h2").textContent()).toContain("20号某");
    await expect
      .poll(() => dialog.locator("ol.chain").textContent())
      .toMatch(/本案.*刑初120号[\s\S]*后审.*刑终50号/);
    await page.keyboard.press("Escape");
    await poll(() => dialog.count()).toBe(0);
    // A write-up's reasoning is its 裁判理由 or commentary, never a court's 本院认为.
    await card(page, GUIDING).getByRole("button", { name: "查看全文与关联案件" }).click();
    await dialog.locator("section.doc-section").first().waitFor();
    const headings = await dialog.locator("section.doc-section h3").allTextContents();
    expect(headings).toContain("裁判理由 / 评析");
    expect(headings).not.toContain("本院认为");
    await page.keyboard.press("Escape");
    await poll(() => dialog.count()).toBe(0);

    // Choices: the guiding case defaults to 参照; one considered, one not followed, each with reasons.
    const choose = async (caseNumber: string, use: string | null, reason: string) => {
      const c = card(page, caseNumber);
      await c.getByLabel("选入报告").check();
      if (use) await c.getByLabel("适用方式").selectOption({ label: use });
      await c.getByLabel("理由").fill(reason);
    };
    await choose(GUIDING, null, "指导性案例，基本案情与本案一致，应当参照");
    expect(await card(page, GUIDING).getByLabel("适用方式").inputValue()).toBe("follow");
    await choose(FIRST_INSTANCE, "参考", "同院同类案件，情节相近，量刑可资参考");
    await choose(OUTLIER, "不予参照", "量刑明显重于同类案件，不具代表性");
    await expect(page.locator("#selection-count").textContent()).resolves.toBe("已选 3 件案例");

    // A case the defence submitted, and the court's response.
    await page.getByRole("button", { name: "添加提交案例" }).click();
    await page.getByLabel("提交人").fill("辩护人");
    await page.getByLabel("案例（案号或名称）").fill(GUIDING);
    await page.getByLabel("案件 id（已收录时）").fill("guiding-drunk");
    await page.getByLabel("回应").fill("已在裁判理由中回应：本案参照该指导性案例从轻处罚");

    // A report without a court is refused with the field named in Chinese.
    await page.getByLabel("审理法院").fill("");
    await page.getByLabel("检索触发情形").selectOption("judges_meeting");
    await page.getByRole("button", { name: "生成检索报告" }).click();
    const refused = page.locator("#report-output .error");
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain("审理法院");
    await page.getByLabel("审理法院").fill(HAIDIAN);
    // The judge's own keyword search and the statute-linked search are run and recorded too.
    await page.getByLabel("补充关键词检索（记入报告）").fill("民警 查获");
    await expect(page.getByLabel("按所列法条检索适用该法条的案件，并记入报告").isChecked()).resolves.toBe(
      true,
    );

    await page.getByRole("button", { name: "生成检索报告" }).click();
    const panel = page.locator("#report-output .report-panel");
    await panel.waitFor();
    const reportId = (await panel.getAttribute("data-report-id")) ?? "";
    expect(reportId).toMatch(/\.v1$/);

    // Preview: the report's own HTML, in a frame.
    await panel.getByRole("button", { name: "预览报告" }).click();
    const preview = page.frameLocator("iframe.preview-frame");
    await preview.locator("h1").waitFor();
    const previewText = (await preview.locator("body").textContent()) ?? "";
    for (const text of [
      PENDING,
      GUIDING,
      FIRST_INSTANCE,
      OUTLIER,
      "同院同类案件，情节相近，量刑可资参考",
      "辩护人",
      "类案检索",
      "关键词检索",
      "民警 查获",
      "法条关联检索",
      "《刑法》第一百三十三条",
    ])
      expect(previewText, text).toContain(text);
    await screenshot(page, "judge-3-report-preview", panel);

    // Downloads contain the selections and reasons.
    const save = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        panel.getByRole("button", { name: button }).click(),
      ]);
      const file = path.join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      return file;
    };
    const docx = await save("下载 DOCX");
    expect(docx.endsWith(".docx")).toBe(true);
    const docxText = (await mammoth.extractRawText({ path: docx })).value;
    for (const text of [
      PENDING,
      GUIDING,
      FIRST_INSTANCE,
      OUTLIER,
      "参照",
      "不予参照",
      "指导性案例，基本案情与本案一致，应当参照",
      "量刑明显重于同类案件，不具代表性",
      "已在裁判理由中回应：本案参照该指导性案例从轻处罚",
    ])
      expect(docxText, text).toContain(text);
    const html = await save("下载 HTML");
    const { readFile } = await import("node:fs/promises");
    const htmlText = await readFile(html, "utf8");
    expect(htmlText).toContain("同院同类案件，情节相近，量刑可资参考");
    expect(htmlText).toContain(OUTLIER);

    await panel.getByRole("button", { name: "校验报告" }).click();
    await poll(() => panel.locator(".verify").textContent()).toContain("校验通过");

    // Earlier reports of this case number, each verified; a second filing is listed first.
    const earlier = page.locator("#earlier-reports table.reports tbody tr");
    await poll(() => earlier.count()).toBe(1);
    const fileAgain = page.getByRole("button", { name: "生成检索报告" });
    await fileAgain.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await fileAgain.click();
    await poll(() => earlier.count()).toBe(2);
    const rows = await earlier.evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    expect(rows.every((r) => r.includes("校验通过"))).toBe(true);
    expect(rows[1]).toContain(reportId);
    await screenshot(page, "judge-4-earlier-reports", page.locator("#earlier-reports"));

    // A new tab (the token is kept per tab: sign in again) loads the pending case back by its number.
    const fresh = await context.newPage();
    await fresh.goto(`${api.url}/#/similar`);
    await fresh.getByLabel("访问令牌").fill(TOKENS.judge);
    await fresh.getByRole("button", { name: "登录" }).click();
    await fresh.getByLabel("案号").fill(PENDING);
    await fresh.getByRole("button", { name: "按案号载入" }).click();
    await poll(() => fresh.getByLabel("基本事实").inputValue()).toBe(PENDING_FACTS);
    expect(await fresh.getByLabel("争议焦点").inputValue()).toContain("能否从轻处罚");
    await context.close();
  });

  it("judge signed in by the court's proxy header, without a token", async () => {
    const { context, page } = await open(null, { [IDENTITY_HEADER]: encodeURIComponent("张法官") });
    await expect(page.locator("#user").textContent()).resolves.toContain(
      "张法官（北京市海淀区人民法院，法官）",
    );
    await expect(page.getByRole("button", { name: "退出" }).count()).resolves.toBe(0);
    await context.close();
    const { context: refused, page: signIn } = await open(null, {}, false);
    // No header and no token: the sign-in form, not an error.
    await signIn.getByLabel("访问令牌").waitFor();
    expect(await signIn.locator("#user").count()).toBe(0);
    await refused.close();
  }, 60_000);

  it("research office: audit scope → flagged cluster with chart and outlier → judgment; deviation check", async () => {
    const { context, page } = await open(TOKENS.research);
    await page.getByRole("link", { name: "类案不同判审查" }).click();
    await page.getByLabel("罪名").fill("危险驾驶罪、盗窃罪");
    // Four thefts: a cluster of 4 is assessed from a minimum of 3.
    await page.getByText("判断标准").click();
    await page.getByLabel("最小类案组规模").fill("3");
    await page.getByRole("button", { name: "运行审查" }).click();
    const audit = page.locator("section.audit");
    await audit.waitFor();
    const outlier = audit.locator(`li.finding[data-kind="outlier_months"]`).filter({ hasText: OUTLIER });
    await expect(outlier.count()).resolves.toBe(1);
    await expect(outlier.textContent()).resolves.toContain("6 个月");
    // The flagged cluster's chart: an SVG strip plot with the outlier marked.
    const cluster = audit.locator("section.cluster").first();
    const chart = cluster.locator('figure[data-chart="months"] svg.chart');
    await chart.waitFor();
    await expect(cluster.locator('figure[data-chart="months"]').textContent()).resolves.toContain(OUTLIER);
    expect(await chart.locator("circle, path, rect").count()).toBeGreaterThan(5);
    await screenshot(page, "research-1-audit", cluster);
    // Its statutes as a judge reads them, not the index's keys (刑法#133-1).
    const meta = (await cluster.locator("p.meta").first().textContent()) ?? "";
    expect(meta).toContain("法条 《刑法》第一百三十三条之一");
    expect(meta).not.toContain("#");

    // Every cluster, those found consistent too: a collapsed list, opened and used from the keyboard.
    const all = audit.locator("details.all-clusters");
    await all.locator("summary").focus();
    await page.keyboard.press("Enter");
    const rows = all.locator("tbody tr");
    await poll(() => rows.count()).toBe(2);
    await expect(rows.filter({ hasText: "危险驾驶罪" }).textContent()).resolves.toContain("有审查发现");
    const thefts = rows.filter({ hasText: "盗窃罪" });
    await expect(thefts.locator("td").allTextContents()).resolves.toEqual([
      "4",
      expect.stringMatching(/^0\.\d\d$/),
      "未发现超过阈值的裁判分歧",
      expect.stringContaining("查看"),
    ]);
    await thefts.getByRole("button").focus();
    await page.keyboard.press("Enter");
    const shown = all.locator("section.cluster");
    await shown.locator("svg.chart").first().waitFor();
    await expect(shown.locator("summary").textContent()).resolves.toBe("本组案件（4 件）");
    expect(await page.evaluate(() => document.activeElement?.matches("section.cluster") ?? false)).toBe(true);
    await screenshot(page, "research-1b-all-clusters", all);

    // Drill into the judgment behind the finding.
    await outlier.getByRole("button", { name: `查看裁判文书 ${OUTLIER}` }).click();
    const dialog = page.locator("dialog#case-dialog");
    await poll(() => dialog.locator("dl.facts").textContent()).toContain(OUTLIER);
    await expect(dialog.textContent()).resolves.toContain("判处拘役6个月");
    await page.keyboard.press("Escape");
    // The audit is stored and listed.
    const auditId = (await audit.getAttribute("data-audit-id")) ?? "";
    await poll(() => page.locator("#earlier-audits").textContent()).toContain(auditId);

    // Deviation check of a proposed outcome at the statutory maximum.
    await page.getByRole("link", { name: "偏离预警" }).click();
    await page.getByLabel("基本事实").fill(PENDING_FACTS);
    await page.getByLabel("罪名 / 案由").fill("危险驾驶罪");
    await page.getByLabel("主刑").selectOption("拘役");
    await page.getByLabel("刑期（月）").fill("6");
    // An unreadable statute is refused by the API, naming the field.
    await page.getByLabel("适用法条").fill("第90条");
    await page.getByRole("button", { name: "检查偏离" }).click();
    const refused = page.locator("form .error");
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain("适用法条（第1项）：未能识别该法条");
    // A law and a later article of it typed without its name: one entry, which the API reads as both.
    await page.getByLabel("适用法条").fill("《刑法》第一百三十三条之一、第六十七条");
    await page.getByRole("button", { name: "检查偏离" }).click();
    const verdict = page.locator("#verdict");
    await verdict.waitFor();
    expect(await verdict.getAttribute("data-level")).toBe("warning");
    await expect(verdict.textContent()).resolves.toContain("预警");
    await expect(page.locator("#verdict-reason").textContent()).resolves.toContain("与类案裁判可能冲突");
    await page.locator('figure[data-chart="months"] svg.chart').waitFor();
    await expect(page.locator('figure[data-chart="months"]').textContent()).resolves.toContain(
      "拟判：拘役 6 个月",
    );
    await screenshot(page, "research-2-deviation", page.locator("#verdict"));
    await context.close();
  });

  it("keyword search: filters, facets, highlights and deep pagination", async () => {
    const { context, page } = await open(TOKENS.judge);
    await page.getByRole("link", { name: "关键词检索" }).click();
    await page.getByLabel("关键词", { exact: true }).fill("民警 查获");
    await page.getByLabel("每页").selectOption("10");
    await page.getByRole("button", { name: "检索", exact: true }).click();
    const title = page.locator("#hits-title");
    await title.waitFor();
    const total = Number(/共 (\d+)/.exec((await title.textContent()) ?? "")?.[1]);
    expect(total).toBe(workbenchCorpus().filter((r) => r.charges.includes("危险驾驶罪")).length);
    expect(await page.locator("li.hit").count()).toBe(10);
    expect(await page.locator("li.hit mark").first().textContent()).toMatch(/民警|查获/);
    // Deep pagination: every page through the cursor, no duplicates.
    while ((await page.getByRole("button", { name: "加载更多" }).count()) > 0) {
      const before = await page.locator("li.hit").count();
      await page.getByRole("button", { name: "加载更多" }).click();
      await poll(() => page.locator("li.hit").count()).toBeGreaterThan(before);
    }
    const ids = await page
      .locator("li.hit")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-case-id")));
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    await expect(page.locator("#search-results").textContent()).resolves.toContain("已显示全部结果");
    await screenshot(page, "search-1-results");

    // A facet becomes a filter: 中级人民法院 only.
    await page
      .locator("aside.facets")
      .getByLabel(/中级人民法院/)
      .check();
    await poll(async () => Number(/共 (\d+)/.exec((await title.textContent()) ?? "")?.[1])).toBe(2);
    const numbers = await page
      .locator("li.hit")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-case-number")));
    expect(numbers).toContain(APPEAL);
    // The filter form shows it too, and an exclusion narrows further.
    await page.getByLabel("关键词", { exact: true }).fill("民警 查获 -第一中级人民法院");
    await page.getByRole("button", { name: "检索", exact: true }).click();
    await poll(async () => Number(/共 (\d+)/.exec((await title.textContent()) ?? "")?.[1])).toBe(1);
    await context.close();
  });

  it("accessible and intranet-ready: labels, keyboard, contrast, no third-party requests, 1366×768, print", async () => {
    const { context, page } = await open(TOKENS.research);
    // Keyboard: on a freshly loaded page the first Tab reaches the skip link, which leads to the content.
    await page.reload();
    await page.locator("main form").first().waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到主要内容");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    for (const route of ["similar", "search", "reports", "audit", "deviation"]) {
      await page.goto(`${api.url}/#/${route}`);
      await page.locator("main form").first().waitFor();
      await everyControlLabelled(page);
      await noHorizontalScroll(page);
    }
    // Keyboard only: fill and submit the similar-case form, open a case with Enter, close with Escape.
    await page.goto(`${api.url}/#/similar`);
    await page.getByLabel("基本事实").focus();
    await page.keyboard.type(PENDING_FACTS);
    await page.getByLabel("罪名 / 案由").focus();
    await page.keyboard.type("危险驾驶罪");
    await page.keyboard.press("Enter");
    const first = page.locator("article.case").first().getByRole("button", { name: "查看全文与关联案件" });
    await first.waitFor();
    await noHorizontalScroll(page);
    await everyControlLabelled(page);
    await first.focus();
    await page.keyboard.press("Enter");
    await page.locator("dialog#case-dialog dl.facts").waitFor();
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("查看全文与关联案件");

    // Contrast (WCAG AA, 4.5:1) of the text people read.
    const pairs = await page.evaluate(() => {
      const colours = (el: Element | null, fallback = "rgb(255, 255, 255)") => {
        if (!el) return null;
        const style = getComputedStyle(el);
        let bg = style.backgroundColor;
        let node: Element | null = el;
        while (node && (bg === "rgba(0, 0, 0, 0)" || bg === "transparent")) {
          node = node.parentElement;
          bg = node ? getComputedStyle(node).backgroundColor : fallback;
        }
        return { fg: style.color, bg };
      };
      return {
        body: colours(document.querySelector("article.case p.excerpt")),
        meta: colours(document.querySelector("article.case p.meta")),
        hint: colours(document.querySelector(".hint")),
        nav: colours(document.querySelector("header.top nav a")),
        primary: colours(document.querySelector("button.primary")),
        link: colours(document.querySelector("button.link, article.case button")),
        mark: colours(document.querySelector("mark")),
      };
    });
    for (const [name, pair] of Object.entries(pairs)) {
      expect(pair, name).not.toBeNull();
      expect(
        contrast(pair?.fg ?? "", pair?.bg ?? ""),
        `${name}: ${pair?.fg} on ${pair?.bg}`,
      ).toBeGreaterThanOrEqual(4.5);
    }

    // Printable: navigation and controls drop out, the results stay.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.top nav").isVisible()).toBe(false);
    expect(await page.locator("aside.facets").isVisible()).toBe(false);
    expect(await page.locator("article.case").first().isVisible()).toBe(true);
    await page.pdf({ path: path.join(downloads, "similar.pdf"), format: "A4" });
    await page.emulateMedia({ media: "screen" });

    // Nothing beyond the service's own origin was ever requested (no fonts, CDNs or trackers).
    const origin = new URL(api.url).origin;
    const foreign = requested.filter(
      (u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"),
    );
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The page's policy allows scripts from this origin only.
    const res = await fetch(`${api.url}/`);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    await context.close();
  });
});
