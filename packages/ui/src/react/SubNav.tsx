import { Link } from "./Link";

export interface SubNavItem {
  key: string;
  href: string;
  label: string;
  /** "page" on the section's own page, "true" on a page inside the section, undefined elsewhere. */
  current?: "page" | "true";
}

/** A module's sub-navigation; the current section is marked (aria-current) for sighted and screen-reader users. */
export function SubNav({ label, items }: { label: string; items: SubNavItem[] }) {
  return (
    <nav aria-label={label} className="o-subnav">
      <ul className="o-subnav__list">
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} className="o-subnav__link" aria-current={item.current}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
