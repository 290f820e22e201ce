import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, problem } from "./fake-api";
import { AGREEMENT_ID, agreement, page, writer } from "./fixtures";
import { button, cleanup, control, renderApp, textOf, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function choose(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("documents", () => {
  it("refuses a non-PDF before sending, then uploads a PDF with its kind and shows the server's refusal", async () => {
    let answer: { status?: number; body: unknown } = { status: 415, body: problem(415, "unsupported_media_type") };
    const api = fakeApi({
      [`GET /api/agreements/agreements/${AGREEMENT_ID}`]: () => ({ body: agreement }),
      [`GET /api/agreements/agreements/${AGREEMENT_ID}/availability`]: () => ({ body: [] }),
      [`GET /api/agreements/agreements/${AGREEMENT_ID}/documents`]: () => ({ body: [] }),
      [`GET /api/agreements/agreements/${AGREEMENT_ID}/history`]: () => ({ body: page([]) }),
      [`POST /api/agreements/agreements/${AGREEMENT_ID}/documents`]: () => answer,
    });
    renderApp(`/agreements/agreements/${AGREEMENT_ID}`, writer);
    const input = (await waitFor(() => control("Fichier PDF"))) as HTMLInputElement;

    choose(input, new File(["hello"], "notes.txt", { type: "text/plain" }));
    button("Téléverser le document").click();
    await waitFor(() => expect(document.getElementById("agr-document-file-error")?.textContent).toBe("Choisissez un fichier PDF."));
    expect(api.calls.some((c) => c.method === "POST")).toBe(false);

    await waitFor(() => control("Type de document"));
    const kind = control("Type de document");
    kind.value = "amendment";
    kind.dispatchEvent(new Event("change", { bubbles: true }));
    choose(input, new File(["%PDF-1.7"], "avenant.pdf", { type: "application/pdf" }));
    button("Téléverser le document").click();
    await waitFor(() => expect(document.querySelector("[role=alert]")?.textContent).toContain("Type de fichier refusé."));
    const post = api.calls.find((c) => c.method === "POST")!;
    expect(post.query.get("kind")).toBe("amendment");
    expect((post.body as FormData).get("file")).toBeInstanceOf(File);

    answer = {
      body: { id: "3f0c6b9e-1d2a-4b3c-8d4e-5f6a7b8c9d0e", agreementId: AGREEMENT_ID, kind: "amendment", filename: "avenant.pdf", sizeBytes: 8, sha256: "x", documentVersion: 2, uploadedBy: "Agnès", uploadedAt: agreement.updatedAt },
    };
    button("Téléverser le document").click();
    await waitFor(() => expect(textOf(document.querySelector(".agr-status__text"))).toBe("Document « avenant.pdf » téléversé."));
  });
});

describe("EWP import", () => {
  it("posts the XML and reports what was created, updated and ignored", async () => {
    const api = fakeApi({
      "POST /api/agreements/ewp/import": () => ({
        body: { partnersCreated: 1, partnersUpdated: 0, agreementsCreated: 1, agreementsUpdated: 0, ignored: ["cooperation-condition 2: unknown mobility type"] },
      }),
    });
    renderApp("/agreements/ewp-import", writer);
    expect(textOf(document.querySelector("h1"))).toBe("Importer un IIA EWP");
    button("Importer le document").click();
    await waitFor(() => expect(document.body.textContent).toContain("Choisissez un fichier XML."));
    choose(control("Fichier XML") as HTMLInputElement, new File(["<iias-get-response/>"], "iia.xml", { type: "application/xml" }));
    button("Importer le document").click();
    await waitFor(() => expect(document.querySelector("caption")?.textContent).toBe("Rapport d'import"));
    expect(document.body.textContent).toContain("cooperation-condition 2: unknown mobility type");
    expect(api.calls[0]!.body).toBe("<iias-get-response/>");
    expect(textOf(document.querySelector(".agr-status__text"))).toBe("Import EWP terminé.");
  });
});
