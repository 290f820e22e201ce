import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { goodModule, writeFile } from "./fake-modules";
import { PASSWORD } from "./fake-platform";
import { startStack, type Stack } from "./stack";

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cspViolations: string[];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ locale: "fr-FR" });
  page = await context.newPage();
  cspViolations = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
});
afterEach(async () => {
  expect(cspViolations).toEqual([]);
  await context.close();
});

async function signIn(email = "admin@orbis.test", password = PASSWORD) {
  await page.goto(`${stack.url}/`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("navigation").waitFor();
}

const heading = () => page.getByRole("heading", { level: 1 });
const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? null);

describe("sign-in", () => {
  it("shows an accessible login page in French, with no navigation", async () => {
    await page.goto(`${stack.url}/`);
    await expect.poll(() => heading().textContent()).toBe("Connexion à Orbis");
    expect(await page.getByRole("navigation").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("login-email");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await page.title()).toBe("Connexion à Orbis — Orbis");
  });

  it("explains empty fields next to them", async () => {
    await page.goto(`${stack.url}/`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    const email = page.getByLabel("Adresse e-mail");
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("true");
    const describedBy = await email.getAttribute("aria-describedby");
    expect(await page.locator(`#${describedBy}`).textContent()).toBe("Saisissez votre adresse e-mail.");
    expect(await page.getByLabel("Mot de passe").getAttribute("aria-invalid")).toBe("true");
    expect(await focusedText()).toBe("");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("login-email");
  });

  it("says wrong credentials clearly, in the chosen language", async () => {
    await page.goto(`${stack.url}/`);
    await page.getByLabel("Adresse e-mail").fill("admin@orbis.test");
    await page.getByLabel("Mot de passe").fill("wrong password");
    await page.getByRole("button", { name: "Se connecter" }).click();
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("Adresse e-mail ou mot de passe incorrect.");
    await page.getByRole("button", { name: "English", exact: true }).click();
    await expect.poll(() => alert.textContent()).toContain("Incorrect email address or password.");
    expect(await heading().textContent()).toBe("Sign in to Orbis");
    expect(await page.getByLabel("Email address").inputValue()).toBe("admin@orbis.test");
  });

  it("opens the shell after signing in, with the user's name, roles and the modules they may open", async () => {
    await signIn("erasmus@orbis.test");
    expect(await page.locator(".shell-user__name").textContent()).toBe("Eva Erasmus");
    expect(await page.locator(".shell-user__roles").textContent()).toBe("Rôles\u00a0: Erasmus+");
    const links = await page.getByRole("navigation").getByRole("link").allTextContents();
    expect(links).toEqual(["Accueil", "Module sain"]);
    expect(await heading().textContent()).toBe("Bienvenue, Eva Erasmus");
    expect(await page.getByRole("main").getByRole("link").allTextContents()).toEqual(["Module sain"]);
    expect(await page.getByRole("link", { name: "Accueil" }).getAttribute("aria-current")).toBe("page");
    await expect.poll(focusedText).toBe("Bienvenue, Eva Erasmus");
  });

  it("signs out back to the login page", async () => {
    await signIn();
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect.poll(() => heading().textContent()).toBe("Connexion à Orbis");
    await page.reload();
    await expect.poll(() => heading().textContent()).toBe("Connexion à Orbis");
  });
});

describe("modules", () => {
  it("mounts a module on its route with props and CSS, and removes both when leaving", async () => {
    await signIn();
    await page.getByRole("navigation").getByRole("link", { name: "Module sain" }).click();
    await expect.poll(() => heading().textContent()).toBe("Module de test");
    expect(await page.locator(".orbis-good .props").textContent()).toBe("user=admin@orbis.test base=/good locale=fr name=@orbis/good");
    expect(await page.evaluate(() => location.pathname)).toBe("/good");
    expect(await page.getByRole("link", { name: "Module sain" }).getAttribute("aria-current")).toBe("page");
    expect(await page.getByRole("link", { name: "Accueil" }).getAttribute("aria-current")).toBeNull();
    expect(await page.locator('link[data-orbis-module="good"]').getAttribute("href")).toBe("/static/good/1.0.0/style.css");
    expect(await page.locator(".orbis-good h1").evaluate((el) => getComputedStyle(el).color)).toBe("rgb(1, 2, 3)");
    await expect.poll(focusedText).toBe("Module de test");
    expect(await page.title()).toBe("Module sain — Orbis");

    await page.getByRole("link", { name: "Accueil" }).click();
    await expect.poll(() => heading().textContent()).toBe("Bienvenue, Ada Admin");
    expect(await page.locator(".orbis-good").count()).toBe(0);
    expect(await page.locator('link[data-orbis-module="good"]').count()).toBe(0);
    await expect.poll(focusedText).toBe("Bienvenue, Ada Admin");
  });

  it("opens a module directly from its URL, deep paths included", async () => {
    await signIn();
    await page.goto(`${stack.url}/good/some/deep/page?x=1`);
    await expect.poll(() => page.locator(".orbis-good h1").textContent()).toBe("Module de test");
  });

  it("switches the whole page to English, modules included, and remembers it", async () => {
    await signIn();
    await page.goto(`${stack.url}/good`);
    await expect.poll(() => heading().textContent()).toBe("Module de test");
    await page.getByRole("button", { name: "English", exact: true }).click();
    await expect.poll(() => heading().textContent()).toBe("Test module");
    expect(await page.getByRole("navigation").getByRole("link").allTextContents()).toEqual([
      "Home",
      "Healthy module",
      "Missing module",
      "Fragile module",
      "Slow module",
    ]);
    expect(await page.evaluate(() => [document.documentElement.lang, localStorage.getItem("orbis.locale")])).toEqual(["en", "en"]);
    expect(await page.getByRole("button", { name: "English", exact: true }).getAttribute("aria-pressed")).toBe("true");
    await page.reload();
    await expect.poll(() => heading().textContent()).toBe("Test module");
    expect(await page.getByRole("button", { name: "Sign out" }).count()).toBe(1);
  });

  it("lets a module switch the language through onLocaleChange", async () => {
    await signIn();
    await page.goto(`${stack.url}/good`);
    await page.getByRole("button", { name: "module-to-english" }).click();
    await expect.poll(() => page.getByRole("link", { name: "Home" }).count()).toBe(1);
    expect(await heading().textContent()).toBe("Test module");
  });

  it("shows a loading state while a module loads", async () => {
    await signIn();
    await page.getByRole("navigation").getByRole("link", { name: "Module lent" }).click();
    const status = page.locator(".shell-module").getByRole("status");
    await expect.poll(() => status.textContent()).toBe("Chargement du module «\u00a0Module lent\u00a0»…");
    await expect.poll(() => heading().textContent(), { timeout: 10_000 }).toBe("Enfin chargé");
    expect(await status.count()).toBe(0);
  });

  it("shows an error panel with the detail when a module cannot load, and Retry loads it once it is there", async () => {
    await signIn();
    await page.getByRole("navigation").getByRole("link", { name: "Module absent" }).click();
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain("Le module «\u00a0Module absent\u00a0» n'a pas pu être affiché");
    expect(await page.locator(".shell-module-error__detail").textContent()).toMatch(/static\/broken\/1\.0\.0\/spa\.js/);
    // The rest keeps working.
    await page.getByRole("navigation").getByRole("link", { name: "Module sain" }).click();
    await expect.poll(() => heading().textContent()).toBe("Module de test");
    await page.getByRole("navigation").getByRole("link", { name: "Module absent" }).click();
    await expect.poll(() => alert.count()).toBe(1);

    // Now the file exists but throws while evaluating: Retry fetches it again and shows that error.
    writeFile(join(stack.store, "broken", "1.0.0", "spa.js"), 'throw new Error("Top-level boom");\n');
    await page.getByRole("button", { name: "Réessayer" }).click();
    await expect.poll(() => page.locator(".shell-module-error__detail").textContent(), { timeout: 15_000 }).toBe("Top-level boom");

    // Fixed: the browser keeps the failed evaluation of that URL, so this only works because Retry asks for a fresh copy.
    writeFile(join(stack.store, "broken", "1.0.0", "spa.js"), goodModule({ fr: "Réparé", en: "Repaired" }));
    await page.getByRole("button", { name: "Réessayer" }).click();
    await expect.poll(() => heading().textContent(), { timeout: 15_000 }).toBe("Réparé");
    expect(await page.getByRole("alert").count()).toBe(0);
    await expect.poll(focusedText).toBe("Réparé");
  });

  it("contains a module that throws in mount to its own place", async () => {
    await signIn();
    await page.goto(`${stack.url}/crashy`);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Il s'est arrêté au démarrage");
    expect(await page.locator(".shell-module-error__detail").textContent()).toBe("Boom on mount");
    expect(await page.getByText("half-mounted").count()).toBe(0);
    await page.getByRole("button", { name: "English", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("The “Fragile module” module could not be displayed");
    await page.getByRole("link", { name: "Healthy module" }).click();
    await expect.poll(() => heading().textContent()).toBe("Test module");
  });

  it("shows a 404 page for paths no module claims, and for modules the user's roles do not open", async () => {
    await signIn("erasmus@orbis.test");
    for (const path of ["/nowhere", "/crashy", "/goodness"]) {
      await page.goto(`${stack.url}${path}`);
      await expect.poll(() => heading().textContent(), { message: path }).toBe("Page introuvable");
      expect(await page.getByRole("main").textContent()).toContain(`«\u00a0${path}\u00a0»`);
    }
    await page.getByRole("link", { name: "Retour à l'accueil" }).click();
    await expect.poll(() => heading().textContent()).toBe("Bienvenue, Eva Erasmus");
  });

  it("offers a skip link to the main content", async () => {
    await signIn();
    await page.goto(`${stack.url}/good`);
    await expect.poll(() => heading().textContent()).toBe("Module de test");
    await page.keyboard.press("Tab");
    expect(await focusedText()).toBe("Aller au contenu principal");
    await page.keyboard.press("Enter");
    expect(await focusedText()).toBe("Module de test");
  });
});

describe("session", () => {
  it("returns to the login page when an API call gets 401 and the session cannot be renewed", async () => {
    await signIn();
    await page.goto(`${stack.url}/good`);
    await expect.poll(() => heading().textContent()).toBe("Module de test");
    const before = stack.platform.state.refreshCalls;
    stack.platform.expireEverything();
    await page.getByRole("button", { name: "module-load-data" }).click();
    await expect.poll(() => heading().textContent()).toBe("Connexion à Orbis");
    expect(stack.platform.state.refreshCalls).toBeGreaterThan(before);
    expect(await page.evaluate(() => location.pathname)).toBe("/good");
  });

  it("renews an expired session from the refresh cookie at boot", async () => {
    await signIn();
    await context.clearCookies({ name: "orbis_session" });
    await page.goto(`${stack.url}/good`);
    await expect.poll(() => heading().textContent()).toBe("Module de test");
  });
});

describe("import-map overrides", () => {
  it("applies a localStorage override before modules load, and shows it", async () => {
    await signIn();
    await page.evaluate(() => localStorage.setItem("import-map-override:@orbis/good", "/static/good/2.0.0/spa.js"));
    await page.goto(`${stack.url}/good`);
    await expect.poll(() => page.locator(".orbis-good h1").textContent()).toBe("Version surchargée");
    expect(await page.locator(".shell-overrides").textContent()).toContain("@orbis/good → /static/good/2.0.0/spa.js");
    await page.getByRole("button", { name: "Retirer les surcharges" }).click();
    await expect.poll(() => page.locator(".orbis-good h1").textContent()).toBe("Module de test");
    expect(await page.locator(".shell-overrides").count()).toBe(0);
  });
});
