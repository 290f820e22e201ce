import { SubNav } from "@orbis/ui/react";
import { useText } from "./i18n";
import { SECTIONS, sectionOf, type AdminRoute } from "./router/routes";
import { useHref } from "./shared/admin-context";

/** The module's sub-navigation: "page" on a section's own list, "true" on a page inside it (a user, a module). */
export function AdminNav({ route }: { route: AdminRoute }) {
  const t = useText();
  const href = useHref();
  const current = sectionOf(route);
  const items = SECTIONS.map((section) => ({
    key: section,
    href: href({ name: section }),
    label: t(`nav.${section}`),
    current: section === current ? (route.name === section ? ("page" as const) : ("true" as const)) : undefined,
  }));
  return <SubNav label={t("nav.label")} items={items} />;
}
