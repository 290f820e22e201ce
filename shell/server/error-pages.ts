/** Self-contained pages (no module, no import map) for when the shell itself cannot be served. */

const STYLE = `
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; background: #f4f6f9;
    margin: 0; line-height: 1.5; }
  main { max-width: 40rem; margin: 10vh auto; padding: 2rem; background: #fff; border: 1px solid #d5dbe3;
    border-radius: 0.75rem; }
  h1 { font-size: 1.5rem; margin: 0 0 0.5rem; color: #1d4f91; }
  h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; color: #1d4f91; }
  p { margin: 0 0 1rem; }
  a { color: #1d4f91; font-weight: 600; }
  a:focus-visible { outline: 3px solid #0b1f3a; outline-offset: 2px; }
  code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.875rem; }`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

interface Bilingual {
  title: { fr: string; en: string };
  message: { fr: string; en: string };
  action: { fr: string; en: string };
  requestId: string;
}

function bilingualPage(page: Bilingual, nonce: string): string {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(page.title.fr)} — Orbis</title>
    <style nonce="${escapeHtml(nonce)}">${STYLE}</style>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(page.title.fr)}</h1>
      <p>${escapeHtml(page.message.fr)}</p>
      <p><a href="">${escapeHtml(page.action.fr)}</a></p>
      <div lang="en">
        <h2>${escapeHtml(page.title.en)}</h2>
        <p>${escapeHtml(page.message.en)}</p>
        <p><a href="">${escapeHtml(page.action.en)}</a></p>
      </div>
      <p><small>Référence / Reference: <code>${escapeHtml(page.requestId)}</code></small></p>
    </main>
  </body>
</html>
`;
}

/** 503: the module registry did not answer, so no import map can be given. */
export const registryUnavailablePage = (nonce: string, requestId: string) =>
  bilingualPage(
    {
      title: { fr: "Orbis est momentanément indisponible", en: "Orbis is temporarily unavailable" },
      message: {
        fr: "Le registre des modules ne répond pas. Réessayez dans quelques instants ; si le problème persiste, contactez le support informatique.",
        en: "The module registry is not answering. Try again in a moment; if the problem persists, contact IT support.",
      },
      action: { fr: "Réessayer", en: "Try again" },
      requestId,
    },
    nonce,
  );

/** 500: shell/dist is missing (the shell was not built). */
export const shellNotBuiltPage = (nonce: string, requestId: string) =>
  bilingualPage(
    {
      title: { fr: "Orbis n'est pas installé correctement", en: "Orbis is not installed correctly" },
      message: {
        fr: "Les fichiers de l'interface sont absents : lancez « pnpm --filter @orbis/shell build » (ou « pnpm start »).",
        en: "The interface files are missing: run “pnpm --filter @orbis/shell build” (or “pnpm start”).",
      },
      action: { fr: "Réessayer", en: "Try again" },
      requestId,
    },
    nonce,
  );
