import { execFileSync } from "node:child_process";
import type { Browser, Page } from "@playwright/test";

/** Debian's chromium: Playwright cannot download its own browser on these machines. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim();
  } catch {
    return "/usr/bin/chromium";
  }
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

export const DEMO_PASSWORD = "orbis-demo";

/** Signs in through the login page like a person would. */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/");
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/mot de passe|password/i).fill(password);
  await page.getByRole("button", { name: /se connecter|sign in/i }).click();
  await page.getByRole("navigation").first().waitFor();
}

/** Debian's Chromium driven by Playwright, for browser tests outside the e2e suite. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("@playwright/test");
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}
