import type { Principal } from "@orbis/contracts/identity";

export const vicePresident: Principal = { sub: "u-vp", kind: "user", email: "vp@orbis.test", name: "Vice-présidente", roles: ["leadership"], departments: [] };
export const analyst: Principal = { sub: "u-analyst", kind: "user", email: "analyst@orbis.test", name: "Analyst", roles: ["analyst"], departments: [] };
export const coordinator: Principal = { sub: "u-coord", kind: "user", email: "rri.chinese@orbis.test", name: "Coordinator", roles: ["coordinator"], departments: ["CHINESE"] };

export const page = <T,>(items: T[]) => ({ items, total: items.length });
