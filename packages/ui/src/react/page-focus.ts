import { useEffect, useRef } from "react";
import { useClearAnnouncement } from "./announcer";

/**
 * After an in-module navigation, starts screen-reader and keyboard users at the new page's heading (WCAG 2.4.3); a
 * success message belongs to the page it was given on, so it is cleared. Returns the ref of the page container.
 */
export function usePageFocus(pathname: string) {
  const pageRef = useRef<HTMLDivElement>(null);
  const clearAnnouncement = useClearAnnouncement();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    clearAnnouncement();
    const heading = pageRef.current?.querySelector<HTMLElement>("h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [pathname, clearAnnouncement]);
  return pageRef;
}
