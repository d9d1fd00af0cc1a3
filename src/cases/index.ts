/** Authoritative cases (指导性案例, 公报案例, 刑事审判参考, 人民司法, 检察指导性案例). */
export { parseAuthoritativeCase } from "./parse.ts";
