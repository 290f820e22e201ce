import type { Key, ReactNode } from "react";
import { classNames } from "../core/class-names";
import { ariaSortOf, nextSort, type SortState } from "../core/sort";
import type { ColumnAlign } from "../core/types";
import { useUiText } from "./locale";

export interface DataTableColumn<Row> {
  key: string;
  header: string;
  /** Cell content; defaults to String(row[key]). */
  render?: (row: Row) => ReactNode;
  sortable?: boolean;
  align?: ColumnAlign;
  /** The column whose cells name their row: rendered as <th scope="row">. */
  rowHeader?: boolean;
}

export interface DataTableProps<Row> {
  /** Names the table for assistive technologies; visible unless captionHidden. */
  caption: string;
  captionHidden?: boolean;
  columns: DataTableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => Key;
  /** Controlled sort: the table only reports header clicks; the caller sorts (often on the server). */
  sort?: SortState | null;
  onSortChange?: (sort: SortState) => void;
  /** Shown in one full-width cell when rows is empty (default "Aucun résultat"). */
  empty?: ReactNode;
  /** Marks the table aria-busy while new rows load. */
  busy?: boolean;
  className?: string;
}

function cellText<Row>(row: Row, column: DataTableColumn<Row>): ReactNode {
  if (column.render) return column.render(row);
  const value = (row as Record<string, unknown>)[column.key];
  return value === null || value === undefined ? "" : String(value);
}

export function DataTable<Row>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  empty,
  busy,
  className,
}: DataTableProps<Row>) {
  const text = useUiText();
  const alignClass = (align: ColumnAlign | undefined) => align && align !== "start" && `o-table__cell--${align}`;
  return (
    <div className={classNames("o-table-wrapper", className)}>
      <table className="o-table" aria-busy={busy || undefined}>
        <caption className={captionHidden ? "o-visually-hidden" : "o-table__caption"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sortable = column.sortable && onSortChange;
              const ariaSort = sortable ? ariaSortOf(sort, column.key) : undefined;
              return (
                <th key={column.key} scope="col" aria-sort={ariaSort} className={alignClass(column.align) || undefined}>
                  {sortable ? (
                    <button
                      type="button"
                      className="o-table__sort"
                      onClick={() => onSortChange(nextSort(sort, column.key))}
                      aria-label={`${column.header}. ${text("sortBy", { column: column.header })}`}
                    >
                      {column.header}
                      <span className="o-table__sort-icon" aria-hidden="true">
                        {ariaSort === "ascending" ? "▲" : ariaSort === "descending" ? "▼" : "↕"}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td className="o-table__empty" colSpan={columns.length}>
                {empty ?? text("empty")}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={alignClass(column.align) || undefined}>
                      {cellText(row, column)}
                    </th>
                  ) : (
                    <td key={column.key} className={alignClass(column.align) || undefined}>
                      {cellText(row, column)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
