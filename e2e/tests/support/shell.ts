import type { Page } from "@playwright/test";

/** The shell's main navigation (the home page lists the same modules as links too). */
export const mainNav = (page: Page) => page.getByRole("navigation", { name: "Navigation principale" });
