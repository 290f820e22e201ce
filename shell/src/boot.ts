import { getLocale, onLocaleChange } from "@orbis/ui/i18n";
import { fetchMe, login, refreshSession, type Me } from "./api";
import { h } from "./dom";
import { loginPage } from "./login-page";
import { shellText } from "./messages";
import { startSignedInShell } from "./signed-in-shell";

/** Who is signed in: the session cookie first, else one renewal from the refresh cookie. */
async function currentUser(): Promise<Me | null> {
  const me = await fetchMe();
  if (me) return me;
  return (await refreshSession()) ? fetchMe() : null;
}

function bootFailed(root: HTMLElement, error: unknown) {
  console.error("Orbis: boot failed", error);
  const t = shellText.bind(getLocale());
  root.replaceChildren(
    h(
      "main",
      { id: "main", class: "shell-boot" },
      h(
        "div",
        { class: "o-panel o-panel--error", role: "alert" },
        h("h1", { class: "o-panel__title" }, t("serverUnreachable")),
        h("button", { type: "button", class: "o-btn o-btn--primary", onclick: () => window.location.reload() }, t("reload")),
      ),
    ),
  );
}

/** Entry point: the login page for visitors, the signed-in shell for everyone else. */
export async function boot(root: HTMLElement): Promise<void> {
  document.documentElement.lang = getLocale();
  onLocaleChange((locale) => {
    document.documentElement.lang = locale;
  });

  let me: Me | null;
  try {
    me = await currentUser();
  } catch (error) {
    bootFailed(root, error);
    return;
  }
  if (me) {
    await startSignedInShell(root, me);
    return;
  }

  const page = loginPage({
    signIn: login,
    onSignedIn: () => {
      void (async () => {
        const signedIn = await fetchMe().catch(() => null);
        if (!signedIn) {
          window.location.reload();
          return;
        }
        await startSignedInShell(root, signedIn, { justSignedIn: true });
      })();
    },
  });
  root.replaceChildren(page.element);
  page.focus();
}
