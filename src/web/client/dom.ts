/// <reference lib="dom" />
/**
 * A few DOM helpers: elements built from data (text is always set as text, never parsed as HTML),
 * labelled form fields, highlighted text, status messages.
 */
import { isChargeName } from "../../judgment/charges.ts";

type Child = Node | string | number | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined | ((event: Event) => void);

/** `h("button", { type: "button", onclick: … }, "检索")`: an element with attributes, listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, AttrValue> = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.replace(/^on/, ""), value);
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "number" ? String(child) : child);
  }
}

let nextId = 0;
/** A unique element id with a readable prefix. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A label and its control, tied by id (screen readers announce the label; clicking it focuses). */
export function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  hint?: string,
): HTMLDivElement {
  if (!control.id) control.id = uid("f");
  const hintEl = hint ? h("small", { id: `${control.id}-hint`, class: "hint" }, hint) : null;
  if (hintEl) control.setAttribute("aria-describedby", hintEl.id);
  return h("div", { class: "field" }, h("label", { for: control.id }, label), control, hintEl);
}

export function input(attrs: Record<string, AttrValue> = {}): HTMLInputElement {
  return h("input", { type: "text", ...attrs });
}

export function textarea(attrs: Record<string, AttrValue> = {}): HTMLTextAreaElement {
  return h("textarea", attrs);
}

/** A select from value → label pairs; `empty` adds a first "any" option. */
export function select(
  options: Array<[string, string]>,
  attrs: Record<string, AttrValue> = {},
  empty?: string,
): HTMLSelectElement {
  const el = h("select", attrs);
  if (empty !== undefined) el.append(h("option", { value: "" }, empty));
  for (const [value, label] of options) el.append(h("option", { value }, label));
  return el;
}

/** A group of checkboxes in a fieldset with a legend; returns the fieldset and a reader of the checked values. */
export function checkboxes(
  legend: string,
  options: Array<[string, string]>,
  checked: readonly string[] = [],
): { el: HTMLFieldSetElement; values: () => string[] } {
  const boxes = options.map(([value, label]) => {
    const box = h("input", { type: "checkbox", value, checked: checked.includes(value) });
    return { box, el: h("label", { class: "check" }, box, label) };
  });
  return {
    el: h("fieldset", { class: "checks" }, h("legend", {}, legend), ...boxes.map((b) => b.el)),
    values: () => boxes.filter((b) => b.box.checked).map((b) => b.box.value),
  };
}

/** Whether a legal name is a charge (罪名) rather than a cause (案由): the server's own rule. */
export const isCharge = isChargeName;

/** Typed charges and causes, told apart ({@link isCharge}). */
export function chargesAndCauses(names: readonly string[]): { charges: string[]; causes: string[] } {
  return { charges: names.filter(isCharge), causes: names.filter((n) => !isCharge(n)) };
}

/**
 * Comma, 、, ；, or newline separated words → trimmed, non-empty list: courts, provinces, parties.
 * Charges, causes and statutes, whose names hold 、 themselves, are read by ./lists.ts.
 */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function lines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * The engine's highlight fragments (escaped text with `<em>` around hits) as nodes: parsed in an
 * inert document and rebuilt from its text and `<em>` only, so nothing else can get through.
 */
export function highlighted(fragment: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${fragment}</p>`, "text/html");
  const out: Node[] = [];
  for (const node of Array.from(doc.body.firstChild?.childNodes ?? [])) {
    if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent ?? ""));
    else if (node.nodeName === "EM") out.push(h("mark", {}, node.textContent ?? ""));
    else out.push(document.createTextNode(node.textContent ?? ""));
  }
  return out;
}

/** `text` with every occurrence of `terms` (longest first) wrapped in `<mark>`. */
export function markTerms(text: string, terms: readonly string[]): Node[] {
  const wanted = [...new Set(terms.filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [document.createTextNode(text)];
  const escaped = wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const parts = text.split(new RegExp(`(${escaped.join("|")})`, "g"));
  return parts
    .filter((p) => p !== "")
    .map((p) => (wanted.includes(p) ? h("mark", {}, p) : document.createTextNode(p)));
}

/** Announces a message to screen readers and shows it in the status bar. */
export function status(message: string, kind: "info" | "error" = "info"): void {
  const el = document.getElementById("status");
  if (!el) return;
  el.textContent = message;
  el.className = `status ${kind}`;
}

/** An error box for a form: the message and each field problem, focused so keyboard users land on it. */
export function errorBox(
  message: string,
  problems: Array<{ path: string; message: string }> = [],
): HTMLElement {
  const box = h(
    "div",
    { class: "error", role: "alert", tabindex: "-1" },
    h("p", {}, message),
    problems.length > 0 ? h("ul", {}, ...problems.map((p) => h("li", {}, `${p.path}：${p.message}`))) : null,
  );
  return box;
}

/**
 * An API field path in the words of the form that sent it: `statutes.0` → 适用法条（第1项）,
 * `submittedCases.1.citation` → 提交案例：案例（案号或名称）（第2项）. `labels` is keyed by paths
 * without their array indices; the longest key that is the path or a prefix of it wins, and the
 * path's indices follow the label, so that the judge knows which line to fix. A path no key covers is
 * shown as it came.
 */
export function fieldPathLabel(path: string, labels: Record<string, string>): string {
  const parts = path.split(".");
  const names = parts.filter((p) => !/^\d+$/.test(p));
  for (let n = names.length; n > 0; n--) {
    const label = labels[names.slice(0, n).join(".")];
    if (label === undefined) continue;
    const items = parts.filter((p) => /^\d+$/.test(p)).map((i) => `（第${Number(i) + 1}项）`);
    return label + items.join("");
  }
  return path;
}

/** "2021-05-12" → "2021年5月12日". */
export function formatDate(value: string | undefined): string {
  if (!value) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
}

/** An ISO instant shown in the browser's local time, e.g. 2025年3月1日 14:05. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
