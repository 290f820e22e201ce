import { afterEach, describe, expect, it, vi } from "vitest";
import { bootstrap, mount, unmount } from "../src/spa";
import { fakeApi } from "./fake-api";
import { page, reader } from "./fixtures";
import { textOf, waitFor } from "./mount";

afterEach(() => vi.unstubAllGlobals());

describe("single-spa lifecycles", () => {
  it("mounts the module in its scoped container with its own query client and leaves nothing behind", async () => {
    fakeApi({
      "GET /api/agreements/agreements": () => ({ body: page([], 0) }),
      "GET /api/agreements/agreements/expiring": () => ({ body: page([]) }),
      "GET /api/agreements/stats/countries": () => ({ body: [] }),
    });
    window.history.replaceState(null, "", "/agreements");
    const domElement = document.createElement("div");
    document.body.append(domElement);
    const props = { domElement, basePath: "/agreements", locale: "en" as const, user: reader, onLocaleChange: () => {} };
    await bootstrap(props);
    await mount(props);
    expect(domElement.querySelector(".orbis-agreements")).not.toBeNull();
    expect(textOf(domElement.querySelector("h1"))).toBe("Agreements");
    await waitFor(() => expect(domElement.querySelector("caption")?.textContent).toBe("Number of agreements by status"));
    await unmount(props);
    expect(domElement.innerHTML).toBe("");
    domElement.remove();
  });
});
