/// <reference lib="dom" />
/**
 * Start-up: labels, who is signed in (a token from this tab, or the court's proxy), the navigation
 * for the user's role, and a hash router (#/similar, #/search, #/reports, #/audit, #/deviation).
 */
import type { WorkbenchLabels } from "../labels.ts";
import { ApiError, call, setToken, token } from "./api.ts";
import type { Context, Page, Role, Session } from "./context.ts";
import { errorBox, field, h, input } from "./dom.ts";
import { auditPage } from "./pages/audit.ts";
import { deviationPage } from "./pages/deviation.ts";
import { judgePage } from "./pages/judge.ts";
import { reportsPage } from "./pages/reports.ts";
import { searchPage } from "./pages/search.ts";

interface Route {
  path: string;
  label: string;
  roles: Role[];
  page: Page;
}

const ROUTES: Route[] = [
  { path: "similar", label: "类案检索", roles: ["judge", "research"], page: judgePage },
  { path: "search", label: "关键词检索", roles: ["judge", "research", "admin"], page: searchPage },
  { path: "reports", label: "检索报告", roles: ["judge", "research", "admin"], page: reportsPage },
  { path: "audit", label: "类案不同判审查", roles: ["research", "admin"], page: auditPage },
  { path: "deviation", label: "偏离预警", roles: ["judge", "research"], page: deviationPage },
];

const ROLE_NAMES: Record<Role, string> = { judge: "法官", research: "研究室", admin: "技术处" };

const main = document.getElementById("main") as HTMLElement;
const nav = document.getElementById("nav") as HTMLElement;
const who = document.getElementById("who") as HTMLElement;

/** The signed-in user, or why there is none (a refused token says so; no token at all says nothing). */
async function whoAmI(): Promise<{ session: Session } | { problem?: string }> {
  const hadToken = token() !== null;
  try {
    const me = await call<{ user: string; court: string; role: Role }>("/me");
    return { session: { ...me, via: hadToken ? "token" : "proxy" } };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setToken(null);
      return hadToken ? { problem: error.message } : {};
    }
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

function signInForm(labels: WorkbenchLabels, problem?: string): void {
  nav.hidden = true;
  who.replaceChildren();
  const tokenInput = input({ type: "password", name: "token", autocomplete: "off", required: true });
  const form = h(
    "form",
    { class: "card signin", "aria-labelledby": "signin-title" },
    h("h1", { id: "signin-title" }, "登录类案检索工作台"),
    h("p", {}, "请输入技术处发放的访问令牌。经法院统一身份认证进入的用户无需输入。"),
    problem ? errorBox(problem) : null,
    field("访问令牌", tokenInput),
    h("button", { type: "submit", class: "primary" }, "登录"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    setToken(tokenInput.value.trim());
    void start(labels);
  });
  main.replaceChildren(form);
  tokenInput.focus();
}

function renderNav(ctx: Context, current: string): void {
  const allowed = ROUTES.filter((r) => r.roles.includes(ctx.session.role));
  nav.replaceChildren(
    h(
      "ul",
      {},
      ...allowed.map((r) =>
        h(
          "li",
          {},
          h("a", { href: `#/${r.path}`, "aria-current": r.path === current ? "page" : null }, r.label),
        ),
      ),
    ),
  );
  nav.hidden = false;
  const signOut =
    ctx.session.via === "token"
      ? h(
          "button",
          {
            type: "button",
            class: "link",
            onclick: () => {
              setToken(null);
              location.hash = "";
              location.reload();
            },
          },
          "退出",
        )
      : null;
  who.replaceChildren(
    h("span", { id: "user" }, `${ctx.session.user}（${ctx.session.court}，${ROLE_NAMES[ctx.session.role]}）`),
    ...(signOut ? [signOut] : []),
  );
}

async function route(ctx: Context): Promise<void> {
  const [path = "", ...params] = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  const allowed = ROUTES.filter((r) => r.roles.includes(ctx.session.role));
  const target = allowed.find((r) => r.path === path) ?? allowed[0];
  if (!target) {
    main.replaceChildren(errorBox("当前角色没有可用的功能"));
    return;
  }
  renderNav(ctx, target.path);
  document.title = `${target.label} · 类案检索工作台`;
  main.replaceChildren();
  try {
    await target.page(ctx, main, target.path === path ? params : []);
  } catch (error) {
    main.append(errorBox(error instanceof Error ? error.message : String(error)));
  }
}

async function start(labels: WorkbenchLabels): Promise<void> {
  const found = await whoAmI();
  if (!("session" in found)) {
    signInForm(labels, found.problem);
    return;
  }
  const ctx: Context = { session: found.session, labels };
  window.onhashchange = () => void route(ctx);
  await route(ctx);
}

async function boot(): Promise<void> {
  const res = await fetch("/web/labels.json");
  const labels = (await res.json()) as WorkbenchLabels;
  await start(labels);
}

void boot();
