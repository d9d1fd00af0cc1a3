/**
 * Who may do what with reports. Judges and the research office make reports (检索主体 is a
 * judicial role); operators (admin) manage them: they read and list every court's reports for
 * support and audits but do not author them. Judges see only their own court's reports.
 */
import type { Role } from "../config/settings.ts";

export interface ReportUser {
  user: string;
  court: string;
  role: Role;
}

/** Roles that may create, amend and re-run reports. */
export const REPORT_AUTHOR_ROLES: readonly Role[] = ["judge", "research"];
/** Roles that may read, verify, export and list reports (within {@link canReadReport}). */
export const REPORT_READER_ROLES: readonly Role[] = ["judge", "research", "admin"];

/** Whether `user` may see a report filed by `court`. */
export function canReadReport(user: ReportUser, court: string): boolean {
  if (user.role === "research" || user.role === "admin") return true;
  return user.role === "judge" && user.court === court;
}

/** The court a listing is restricted to (judges: their own), or undefined for all courts. */
export function listingCourt(user: ReportUser): string | undefined {
  return user.role === "judge" ? user.court : undefined;
}
