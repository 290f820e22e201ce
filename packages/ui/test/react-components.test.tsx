import { act, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  Alert,
  Button,
  CheckboxGroup,
  DataTable,
  Dialog,
  ErrorPanel,
  LocaleProvider,
  Pagination,
  Tabs,
  TextField,
  type SortState,
} from "../src/react/index";
import { cleanup, click, press, render } from "./react-render";

afterEach(cleanup);

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T & Element>(selector)!;
const $$ = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

describe("Tabs", () => {
  const tabs = [
    { id: "general", label: "Général", panel: <p>Panneau général</p> },
    { id: "documents", label: "Documents", panel: <p>Panneau documents</p> },
    { id: "history", label: "Historique", panel: <p>Panneau historique</p> },
  ];

  it("wires tab and tabpanel roles with a roving tabindex", () => {
    const root = render(<Tabs label="Dossier" tabs={tabs} />);
    expect($(root, "[role=tablist]").getAttribute("aria-label")).toBe("Dossier");
    const [first, second] = $$(root, "[role=tab]");
    expect(first!.getAttribute("aria-selected")).toBe("true");
    expect(first!.tabIndex).toBe(0);
    expect(second!.tabIndex).toBe(-1);
    const panel = document.getElementById(first!.getAttribute("aria-controls")!)!;
    expect(panel.getAttribute("role")).toBe("tabpanel");
    expect(panel.getAttribute("aria-labelledby")).toBe(first!.id);
    expect(panel.textContent).toBe("Panneau général");
  });

  it("moves focus and selection with arrows (wrapping), Home and End", () => {
    const onSelect = vi.fn();
    const root = render(<Tabs label="Dossier" tabs={tabs} onSelect={onSelect} />);
    const tabElements = $$(root, "[role=tab]");
    tabElements[0]!.focus();
    press(tabElements[0]!, "ArrowRight");
    expect(document.activeElement).toBe(tabElements[1]);
    expect(tabElements[1]!.getAttribute("aria-selected")).toBe("true");
    expect($(root, "[role=tabpanel]:not([hidden])").textContent).toBe("Panneau documents");
    press(tabElements[1]!, "End");
    expect(document.activeElement).toBe(tabElements[2]);
    press(tabElements[2]!, "ArrowRight");
    expect(document.activeElement).toBe(tabElements[0]);
    press(tabElements[0]!, "ArrowLeft");
    expect(document.activeElement).toBe(tabElements[2]);
    press(tabElements[2]!, "Home");
    expect(document.activeElement).toBe(tabElements[0]);
    expect(onSelect.mock.calls.map(([id]) => id)).toEqual(["documents", "history", "general", "history", "general"]);
  });
});

describe("Dialog", () => {
  function Harness() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button id="opener" onClick={() => setOpen(true)}>
          Ouvrir
        </button>
        <Dialog open={open} onClose={() => setOpen(false)} title="Supprimer l'accord" footer={<button id="confirm">Confirmer</button>}>
          <input id="reason" aria-label="Motif" />
        </Dialog>
      </>
    );
  }

  it("is a labelled modal that takes focus, traps Tab, closes on Escape and returns focus", () => {
    const root = render(<Harness />);
    const opener = $(root, "#opener");
    opener.focus();
    click(opener);
    const dialog = $(root, "[role=dialog]");
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(document.getElementById(dialog.getAttribute("aria-labelledby")!)!.textContent).toBe("Supprimer l'accord");

    const close = $(dialog, ".o-dialog__close");
    const confirm = $(dialog, "#confirm");
    expect(document.activeElement).toBe(close); // first focusable element
    confirm.focus();
    press(confirm, "Tab");
    expect(document.activeElement).toBe(close); // wraps forward
    press(close, "Tab", { shiftKey: true });
    expect(document.activeElement).toBe(confirm); // wraps backward

    press(confirm, "Escape");
    expect(root.querySelector("[role=dialog]")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it("closes from the close button and the backdrop", () => {
    const onClose = vi.fn();
    const root = render(
      <Dialog open onClose={onClose} title="Titre">
        Contenu
      </Dialog>,
    );
    click($(root, ".o-dialog__close"));
    act(() => {
      $(root, ".o-dialog-backdrop").dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
    });
    act(() => {
      $(root, ".o-dialog__body").dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe("DataTable", () => {
  type Row = { id: number; name: string; city: string };
  const rows: Row[] = [
    { id: 1, name: "Ana", city: "Lisboa" },
    { id: 2, name: "Ben", city: "Berlin" },
  ];
  const columns = [
    { key: "name", header: "Nom", sortable: true, rowHeader: true },
    { key: "city", header: "Ville", sortable: true },
    { key: "id", header: "N°", align: "end" as const, render: (row: Row) => `#${row.id}` },
  ];

  it("has a caption, column headers with scope, row headers and rendered cells", () => {
    const root = render(<DataTable caption="Étudiants" columns={columns} rows={rows} rowKey={(row) => row.id} />);
    expect($(root, "caption").textContent).toBe("Étudiants");
    expect($$(root, "thead th").map((th) => th.getAttribute("scope"))).toEqual(["col", "col", "col"]);
    expect($$(root, "tbody th[scope=row]").map((th) => th.textContent)).toEqual(["Ana", "Ben"]);
    expect($(root, "tbody td.o-table__cell--end").textContent).toBe("#1");
    expect(root.querySelector(".o-table__sort")).toBeNull(); // no sort handler, no sort buttons
  });

  it("reports sort changes and exposes aria-sort", () => {
    function Sorted() {
      const [sort, setSort] = useState<SortState | null>({ key: "name", direction: "ascending" });
      return <DataTable caption="Étudiants" columns={columns} rows={rows} rowKey={(row) => row.id} sort={sort} onSortChange={setSort} />;
    }
    const root = render(<Sorted />);
    const headers = () => $$(root, "thead th");
    expect(headers().map((th) => th.getAttribute("aria-sort"))).toEqual(["ascending", "none", null]);
    click($(headers()[0]!, "button"));
    expect(headers()[0]!.getAttribute("aria-sort")).toBe("descending");
    click($(headers()[1]!, "button"));
    expect(headers().map((th) => th.getAttribute("aria-sort"))).toEqual(["none", "ascending", null]);
  });

  it("shows the empty state across all columns, in the current locale", () => {
    const root = render(
      <LocaleProvider locale="en">
        <DataTable caption="Students" columns={columns} rows={[]} rowKey={(row) => row.id} />
      </LocaleProvider>,
    );
    const cell = $(root, "tbody td");
    expect(cell.textContent).toBe("No results");
    expect(cell.getAttribute("colspan")).toBe("3");
  });
});

describe("feedback and forms", () => {
  it("announces errors assertively and other tones politely", () => {
    const root = render(
      <>
        <Alert tone="error" title="Échec">
          Le serveur ne répond pas.
        </Alert>
        <Alert tone="success">Enregistré</Alert>
      </>,
    );
    const [error, success] = $$(root, ".o-alert");
    expect([error!.getAttribute("role"), error!.getAttribute("aria-live")]).toEqual(["alert", "assertive"]);
    expect([success!.getAttribute("role"), success!.getAttribute("aria-live")]).toEqual(["status", "polite"]);
  });

  it("ErrorPanel shows the message and calls onRetry", () => {
    const onRetry = vi.fn();
    const root = render(<ErrorPanel message="Réseau indisponible" onRetry={onRetry} />);
    expect($(root, "[role=alert]").textContent).toContain("Réseau indisponible");
    click($(root, "button"));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("a loading Button is busy, disabled and labelled for screen readers", () => {
    const root = render(<Button loading>Enregistrer</Button>);
    const button = $<HTMLButtonElement>(root, "button");
    expect(button.getAttribute("aria-busy")).toBe("true");
    expect(button.disabled).toBe(true);
    expect($(button, ".o-visually-hidden").textContent).toBe("Chargement…");
    expect(button.type).toBe("button");
  });

  it("TextField links its label, hint and error to the control", () => {
    const onChange = vi.fn();
    const root = render(<TextField label="Courriel" value="" onChange={onChange} hint="Adresse de l'université" error="Obligatoire" required />);
    const input = $<HTMLInputElement>(root, "input");
    expect($(root, "label").getAttribute("for")).toBe(input.id);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const described = input.getAttribute("aria-describedby")!.split(" ").map((id) => document.getElementById(id)!.textContent);
    expect(described).toEqual(["Adresse de l'université", "Obligatoire"]);
    expect(input.required).toBe(true);
  });

  it("CheckboxGroup is a fieldset whose value keeps option order", () => {
    const onChange = vi.fn();
    const options = [
      { value: "fr", label: "Français" },
      { value: "en", label: "Anglais" },
    ];
    const root = render(<CheckboxGroup legend="Langues" options={options} value={["en"]} onChange={onChange} />);
    expect($(root, "fieldset legend").textContent).toBe("Langues");
    click($$(root, "input[type=checkbox]")[0]!);
    expect(onChange).toHaveBeenCalledWith(["fr", "en"]);
  });

  it("Pagination marks the current page and moves", () => {
    const onPageChange = vi.fn();
    const root = render(<Pagination page={2} pageCount={5} onPageChange={onPageChange} />);
    expect($(root, "nav").getAttribute("aria-label")).toBe("Pagination");
    expect($(root, "[aria-current=page]").textContent).toBe("2");
    click($(root, "[aria-label='Page suivante']"));
    click($(root, "[aria-label='Page 5']"));
    expect(onPageChange.mock.calls).toEqual([[3], [5]]);
  });
});
