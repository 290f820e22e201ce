import { classNames } from "../core/class-names";
import { paginationItems } from "../core/pagination";
import { useUiText } from "./locale";

export interface PaginationProps {
  /** Current page, 1-based. */
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  /** Names the navigation landmark (default "Pagination"). */
  label?: string;
  className?: string;
}

export function Pagination({ page, pageCount, onPageChange, label, className }: PaginationProps) {
  const text = useUiText();
  if (pageCount <= 1) return null;
  return (
    <nav className={classNames("o-pagination", className)} aria-label={label ?? text("pagination")}>
      <p className="o-pagination__status" aria-live="polite">
        {text("pageOf", { page, count: pageCount })}
      </p>
      <ul className="o-pagination__list">
        <li>
          <button type="button" className="o-pagination__link" disabled={page <= 1} onClick={() => onPageChange(page - 1)} aria-label={text("previousPage")}>
            <span aria-hidden="true">‹</span>
          </button>
        </li>
        {paginationItems(page, pageCount).map((item, index) =>
          item === "ellipsis" ? (
            <li key={`ellipsis-${index}`} className="o-pagination__ellipsis" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <button
                type="button"
                className="o-pagination__link"
                aria-current={item === page ? "page" : undefined}
                aria-label={text("pageN", { page: item })}
                onClick={() => onPageChange(item)}
              >
                {item}
              </button>
            </li>
          ),
        )}
        <li>
          <button type="button" className="o-pagination__link" disabled={page >= pageCount} onClick={() => onPageChange(page + 1)} aria-label={text("nextPage")}>
            <span aria-hidden="true">›</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
