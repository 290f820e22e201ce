import { useText } from "./i18n";
import { Link } from "./router/Link";
import { SECTIONS, sectionOf, type OutgoingRoute } from "./router/routes";
import { useHref } from "./shared/outgoing-context";

/** The module's sub-navigation; the current section is marked (aria-current) for sighted and screen-reader users. */
export function OutgoingNav({ route }: { route: OutgoingRoute }) {
  const t = useText();
  const href = useHref();
  const current = sectionOf(route);
  return (
    <nav aria-label={t("nav.label")} className="outgoing-nav">
      <ul className="outgoing-nav__list">
        {SECTIONS.map((section) => {
          const ariaCurrent = section.name === current ? (route.name === section.name ? "page" : "true") : undefined;
          return (
            <li key={section.name}>
              <Link href={href(section.name)} className="outgoing-nav__link" aria-current={ariaCurrent}>
                {t(`nav.${section.name}` as "nav.home")}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
