import { defineComponent, h, type PropType, type VNodeChild } from "vue";
import { classNames } from "../core/class-names";
import { ariaSortOf, nextSort, type SortState } from "../core/sort";
import type { ColumnAlign } from "../core/types";
import { useUiText } from "./locale";

export interface DataTableColumn<Row = Record<string, unknown>> {
  key: string;
  header: string;
  /** Cell content; a scoped slot named `cell-<key>` (receiving { row }) wins over it; default String(row[key]). */
  render?: (row: Row) => VNodeChild;
  sortable?: boolean;
  align?: ColumnAlign;
  /** The column whose cells name their row: rendered as <th scope="row">. */
  rowHeader?: boolean;
}

type AnyRow = Record<string, unknown>;

/**
 * Props: caption, captionHidden, columns, rows, rowKey, sort, busy. Sorting is controlled: header clicks emit
 * `update:sort` with the next SortState (use v-model:sort). Slots: `cell-<key>` ({ row }), `empty`.
 */
export const DataTable = defineComponent({
  name: "ODataTable",
  props: {
    caption: { type: String, required: true },
    captionHidden: { type: Boolean, default: false },
    columns: { type: Array as PropType<DataTableColumn<any>[]>, required: true }, // eslint-disable-line @typescript-eslint/no-explicit-any
    rows: { type: Array as PropType<unknown[]>, required: true },
    rowKey: { type: Function as PropType<(row: any) => string | number>, required: true }, // eslint-disable-line @typescript-eslint/no-explicit-any
    sort: { type: Object as PropType<SortState | null>, default: null },
    /** Render sort buttons (set when you listen to update:sort). */
    sortable: { type: Boolean, default: true },
    busy: { type: Boolean, default: false },
    emptyText: { type: String, default: undefined },
  },
  emits: { "update:sort": (sort: SortState) => typeof sort.key === "string" },
  setup(props, { emit, slots }) {
    const text = useUiText();
    const alignClass = (align: ColumnAlign | undefined) => (align && align !== "start" ? `o-table__cell--${align}` : undefined);
    const cell = (row: unknown, column: DataTableColumn<unknown>): VNodeChild => {
      const slot = slots[`cell-${column.key}`];
      if (slot) return slot({ row });
      if (column.render) return column.render(row);
      const value = (row as AnyRow)[column.key];
      return value === null || value === undefined ? "" : String(value);
    };
    const header = (column: DataTableColumn<unknown>) => {
      const sortable = column.sortable && props.sortable;
      const ariaSort = sortable ? ariaSortOf(props.sort, column.key) : undefined;
      const icon = ariaSort === "ascending" ? "▲" : ariaSort === "descending" ? "▼" : "↕";
      return h("th", { key: column.key, scope: "col", "aria-sort": ariaSort, class: alignClass(column.align) }, [
        sortable
          ? h(
              "button",
              {
                type: "button",
                class: "o-table__sort",
                "aria-label": `${column.header}. ${text.value("sortBy", { column: column.header })}`,
                onClick: () => emit("update:sort", nextSort(props.sort, column.key)),
              },
              [column.header, h("span", { class: "o-table__sort-icon", "aria-hidden": "true" }, icon)],
            )
          : column.header,
      ]);
    };
    const body = () =>
      props.rows.length === 0
        ? [h("tr", [h("td", { class: "o-table__empty", colspan: props.columns.length }, slots.empty?.() ?? props.emptyText ?? text.value("empty"))])]
        : props.rows.map((row) =>
            h(
              "tr",
              { key: props.rowKey(row) },
              props.columns.map((column) =>
                h(column.rowHeader ? "th" : "td", { key: column.key, scope: column.rowHeader ? "row" : undefined, class: alignClass(column.align) }, [
                  cell(row, column),
                ]),
              ),
            ),
          );
    return () =>
      h("div", { class: "o-table-wrapper" }, [
        h("table", { class: "o-table", "aria-busy": props.busy ? "true" : undefined }, [
          h("caption", { class: classNames(props.captionHidden ? "o-visually-hidden" : "o-table__caption") }, props.caption),
          h("thead", [h("tr", props.columns.map(header))]),
          h("tbody", body()),
        ]),
      ]);
  },
});
