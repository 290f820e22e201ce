import { SubNav } from "@orbis/ui/react";
import { useText, type GovernanceMessageKey } from "./i18n";
import { SECTIONS, sectionOf, type GovernanceRoute } from "./router/routes";
import { useHref } from "./shared/governance-context";

/** The module's sub-navigation: "page" on a section's own page, "true" on a page inside it. */
export function GovernanceNav({ route }: { route: GovernanceRoute }) {
  const t = useText();
  const href = useHref();
  const current = sectionOf(route);
  const items = SECTIONS.map((section) => ({
    key: section.name,
    href: href(section.name),
    label: t(`nav.${section.name}` as GovernanceMessageKey),
    current: section.name === current ? (route.name === section.name ? ("page" as const) : ("true" as const)) : undefined,
  }));
  return <SubNav label={t("nav.label")} items={items} />;
}
