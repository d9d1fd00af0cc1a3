/// <reference lib="dom" />
/** What every page receives: who is signed in and the shared labels. */
import type { WorkbenchLabels } from "../labels.ts";

export type Role = "judge" | "research" | "admin";

export interface Session {
  user: string;
  court: string;
  role: Role;
  /** Signed in with a token typed here, or vouched for by the court's proxy. */
  via: "token" | "proxy";
}

export interface Context {
  session: Session;
  labels: WorkbenchLabels;
}

export type Page = (ctx: Context, main: HTMLElement, params: string[]) => void | Promise<void>;
