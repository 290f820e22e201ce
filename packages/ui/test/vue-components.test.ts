import { defineComponent, h, ref } from "vue";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  Alert,
  Button,
  CheckboxGroup,
  DataTable,
  ConfirmDialog,
  Dialog,
  ErrorPanel,
  Pagination,
  Tabs,
  TextField,
  provideLocale,
  type SortState,
} from "../src/vue/index";
import { click, mount, press, unmountAll } from "./vue-render";

afterEach(unmountAll);

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T & Element>(selector)!;
const $$ = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

describe("Tabs (Vue)", () => {
  const tabs = [
    { id: "general", label: "Général" },
    { id: "documents", label: "Documents" },
    { id: "history", label: "Historique" },
  ];

  it("moves focus and selection with the keyboard and renders the slot of the selected tab", async () => {
    const selected = ref("general");
    const root = await mount(
      defineComponent(() => () =>
        h(
          Tabs,
          { label: "Dossier", tabs, modelValue: selected.value, "onUpdate:modelValue": (id: string) => (selected.value = id) },
          { general: () => "Panneau général", documents: () => "Panneau documents", history: () => "Panneau historique" },
        ),
      ),
    );
    const tabElements = $$(root, "[role=tab]");
    expect(tabElements.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    tabElements[0]!.focus();
    await press(tabElements[0]!, "ArrowRight");
    expect(selected.value).toBe("documents");
    expect(document.activeElement).toBe(tabElements[1]);
    expect(tabElements[1]!.getAttribute("aria-selected")).toBe("true");
    expect($(root, "[role=tabpanel]:not([hidden])").textContent).toBe("Panneau documents");
    await press(tabElements[1]!, "ArrowLeft");
    await press(tabElements[0]!, "ArrowLeft");
    expect(document.activeElement).toBe(tabElements[2]);
    await press(tabElements[2]!, "Home");
    expect(selected.value).toBe("general");
    const panel = document.getElementById(tabElements[0]!.getAttribute("aria-controls")!)!;
    expect(panel.getAttribute("aria-labelledby")).toBe(tabElements[0]!.id);
  });

  it("works uncontrolled", async () => {
    const root = await mount(defineComponent(() => () => h(Tabs, { label: "Dossier", tabs }, { general: () => "A", documents: () => "B" })));
    await click($$(root, "[role=tab]")[1]!);
    expect($(root, "[role=tabpanel]:not([hidden])").textContent).toBe("B");
  });
});

describe("Dialog (Vue)", () => {
  it("takes focus, traps Tab, closes on Escape and returns focus to the opener", async () => {
    const open = ref(false);
    const root = await mount(
      defineComponent(() => () => [
        h("button", { id: "opener", onClick: () => (open.value = true) }, "Ouvrir"),
        h(
          Dialog,
          { open: open.value, title: "Supprimer", onClose: () => (open.value = false) },
          { default: () => h("input", { id: "reason", "data-autofocus": "" }), footer: () => h("button", { id: "confirm" }, "Confirmer") },
        ),
      ]),
    );
    const opener = $(root, "#opener");
    opener.focus();
    await click(opener);
    const dialog = $(root, "[role=dialog]");
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(document.getElementById(dialog.getAttribute("aria-labelledby")!)!.textContent).toBe("Supprimer");
    expect(document.activeElement).toBe($(dialog, "#reason")); // data-autofocus wins
    const close = $(dialog, ".o-dialog__close");
    const confirm = $(dialog, "#confirm");
    confirm.focus();
    await press(confirm, "Tab");
    expect(document.activeElement).toBe(close);
    await press(close, "Tab", { shiftKey: true });
    expect(document.activeElement).toBe(confirm);
    await press(confirm, "Escape");
    expect(open.value).toBe(false);
    expect(root.querySelector("[role=dialog]")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe("ConfirmDialog (Vue)", () => {
  it("starts on Cancel, emits cancel on Escape and confirm on the confirm button", async () => {
    const events: string[] = [];
    const root = await mount(
      defineComponent(() => () =>
        h(ConfirmDialog, { open: true, title: "Retirer la demande ?", message: "Elle quitte la liste d'attente.", confirmLabel: "Retirer", onConfirm: () => events.push("confirm"), onCancel: () => events.push("cancel") }),
      ),
    );
    const dialog = $(root, "[role=dialog]");
    expect(document.getElementById(dialog.getAttribute("aria-describedby")!)!.textContent).toBe("Elle quitte la liste d'attente.");
    const [cancel, confirm] = $$(dialog, ".o-dialog__footer button");
    expect(document.activeElement).toBe(cancel);
    expect(cancel!.textContent).toBe("Annuler");
    await press(cancel!, "Escape");
    await click(confirm!);
    expect(events).toEqual(["cancel", "confirm"]);
  });
});

describe("DataTable (Vue)", () => {
  const rows = [
    { id: 1, name: "Ana", city: "Lisboa" },
    { id: 2, name: "Ben", city: "Berlin" },
  ];
  const columns = [
    { key: "name", header: "Nom", sortable: true, rowHeader: true },
    { key: "city", header: "Ville", sortable: true },
    { key: "id", header: "N°", align: "end" as const },
  ];

  it("renders caption, scoped headers, slots for cells, and v-model:sort with aria-sort", async () => {
    const sort = ref<SortState | null>(null);
    const root = await mount(
      defineComponent(() => () =>
        h(
          DataTable,
          { caption: "Étudiants", columns, rows, rowKey: (row: { id: number }) => row.id, sort: sort.value, "onUpdate:sort": (next: SortState) => (sort.value = next) },
          { "cell-city": ({ row }: { row: { city: string } }) => row.city.toUpperCase() },
        ),
      ),
    );
    expect($(root, "caption").textContent).toBe("Étudiants");
    expect($$(root, "thead th").map((th) => th.getAttribute("scope"))).toEqual(["col", "col", "col"]);
    expect($$(root, "tbody th[scope=row]").map((th) => th.textContent)).toEqual(["Ana", "Ben"]);
    expect($$(root, "tbody td").map((td) => td.textContent)).toEqual(["LISBOA", "1", "BERLIN", "2"]);
    expect($$(root, "thead th").map((th) => th.getAttribute("aria-sort"))).toEqual(["none", "none", null]);
    await click($(root, "thead th:nth-child(2) button"));
    expect(sort.value).toEqual({ key: "city", direction: "ascending" });
    expect($(root, "thead th:nth-child(2)").getAttribute("aria-sort")).toBe("ascending");
    await click($(root, "thead th:nth-child(2) button"));
    expect($(root, "thead th:nth-child(2)").getAttribute("aria-sort")).toBe("descending");
  });

  it("shows the empty state in the provided locale", async () => {
    const root = await mount(
      defineComponent({
        setup() {
          provideLocale("en");
          return () => h(DataTable, { caption: "Students", columns, rows: [], rowKey: () => 0 });
        },
      }),
    );
    expect($(root, "tbody td").textContent).toBe("No results");
    expect($(root, "tbody td").getAttribute("colspan")).toBe("3");
  });
});

describe("feedback and forms (Vue)", () => {
  it("announces errors assertively, others politely, and shows dismiss only with a listener", async () => {
    const onDismiss = vi.fn();
    const root = await mount(
      defineComponent(() => () => [
        h(Alert, { tone: "error", title: "Échec", onDismiss }, () => "Le serveur ne répond pas."),
        h(Alert, { tone: "info" }, () => "Info"),
      ]),
    );
    const [error, info] = $$(root, ".o-alert");
    expect([error!.getAttribute("role"), error!.getAttribute("aria-live")]).toEqual(["alert", "assertive"]);
    expect([info!.getAttribute("role"), info!.getAttribute("aria-live")]).toEqual(["status", "polite"]);
    expect(info!.querySelector(".o-alert__dismiss")).toBeNull();
    await click($(error!, ".o-alert__dismiss"));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it("ErrorPanel retries through @retry", async () => {
    const onRetry = vi.fn();
    const root = await mount(defineComponent(() => () => h(ErrorPanel, { message: "Réseau indisponible", onRetry })));
    expect($(root, "[role=alert]").textContent).toContain("Réseau indisponible");
    await click($(root, "button"));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("a loading Button is busy and disabled", async () => {
    const root = await mount(defineComponent(() => () => h(Button, { loading: true }, () => "Enregistrer")));
    const button = $<HTMLButtonElement>(root, "button");
    expect(button.getAttribute("aria-busy")).toBe("true");
    expect(button.disabled).toBe(true);
    expect(button.className).toBe("o-btn o-btn--primary is-loading");
  });

  it("TextField supports v-model and links hint and error", async () => {
    const value = ref("");
    const root = await mount(
      defineComponent(() => () =>
        h(TextField, { label: "Courriel", modelValue: value.value, "onUpdate:modelValue": (v: string) => (value.value = v), hint: "Indice", error: "Erreur", name: "email" }),
      ),
    );
    const input = $<HTMLInputElement>(root, "input");
    expect($(root, "label").getAttribute("for")).toBe(input.id);
    expect(input.name).toBe("email");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe(`${input.id}-hint ${input.id}-error`);
    input.value = "ada@univ.fr";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    expect(value.value).toBe("ada@univ.fr");
  });

  it("CheckboxGroup keeps option order", async () => {
    const value = ref(["en"]);
    const options = [
      { value: "fr", label: "Français" },
      { value: "en", label: "Anglais" },
    ];
    const root = await mount(
      defineComponent(() => () => h(CheckboxGroup, { legend: "Langues", options, modelValue: value.value, "onUpdate:modelValue": (v: string[]) => (value.value = v) })),
    );
    expect($(root, "fieldset legend").textContent).toBe("Langues");
    const first = $<HTMLInputElement>(root, "input[type=checkbox]");
    first.checked = true;
    first.dispatchEvent(new Event("change", { bubbles: true }));
    expect(value.value).toEqual(["fr", "en"]);
  });

  it("Pagination marks the current page and emits update:page", async () => {
    const page = ref(2);
    const root = await mount(defineComponent(() => () => h(Pagination, { page: page.value, pageCount: 5, "onUpdate:page": (p: number) => (page.value = p) })));
    expect($(root, "[aria-current=page]").textContent).toBe("2");
    await click($(root, "[aria-label='Page suivante']"));
    expect(page.value).toBe(3);
    expect($(root, "[aria-current=page]").textContent).toBe("3");
  });
});
