/** Debian's Chromium driven by Playwright (Playwright cannot download its own browser here). */
export { launchChromium } from "@orbis/test-kit/browser";
