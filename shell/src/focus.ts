/** How long to wait for a freshly mounted module to render its heading before focusing the main region instead. */
const HEADING_WAIT_MS = 2_000;

/** Focuses any element, making it focusable by script (not by Tab) when it is not already. */
export function focusElement(element: HTMLElement) {
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus();
}

/** The first rendered `h1` inside `region` (hidden sections and panels skipped). */
export const visibleHeadingIn = (region: HTMLElement): HTMLElement | undefined =>
  [...region.querySelectorAll<HTMLElement>("h1")].find((heading) => heading.getClientRects().length > 0);

/**
 * Moves focus to the first visible `h1` inside `region` (so screen readers announce the new page), waiting briefly
 * for one to appear when the page renders asynchronously; falls back to `fallback` (the main region).
 */
export function focusMainHeading(region: HTMLElement, fallback: HTMLElement): () => void {
  const find = () => visibleHeadingIn(region);
  const found = find();
  if (found) {
    focusElement(found);
    return () => {};
  }
  const doc = region.ownerDocument;
  const activeAtStart = doc.activeElement;
  let done = false;
  const finish = (target: HTMLElement) => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    // Someone (the user, the module) moved focus meanwhile: leave it there.
    const active = doc.activeElement;
    if (active && active !== activeAtStart && active !== doc.body) return;
    focusElement(target);
  };
  const observer = new MutationObserver(() => {
    const heading = find();
    if (heading) finish(heading);
  });
  observer.observe(region, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden", "class", "style"] });
  const timer = setTimeout(() => finish(fallback), HEADING_WAIT_MS);
  return () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
}
