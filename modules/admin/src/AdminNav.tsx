import { useText } from "./i18n";
import { Link } from "./router/Link";
import { SECTIONS, sectionOf, type AdminRoute } from "./router/routes";
import { useHref } from "./shared/admin-context";

/** The module's sub-navigation; the current section is marked (aria-current) for sighted and screen-reader users. */
export function AdminNav({ route }: { route: AdminRoute }) {
  const t = useText();
  const href = useHref();
  const current = sectionOf(route);
  return (
    <nav aria-label={t("nav.label")} className="admin-nav">
      <ul className="admin-nav__list">
        {SECTIONS.map((section) => {
          // "page" on the section's own list, "true" on a page inside it (a user, a module).
          const ariaCurrent = section === current ? (route.name === section ? "page" : "true") : undefined;
          return (
            <li key={section}>
              <Link href={href({ name: section })} className="admin-nav__link" aria-current={ariaCurrent}>
                {t(`nav.${section}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
