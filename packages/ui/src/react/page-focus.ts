import { useEffect, useRef, type RefObject } from "react";
import { useClearAnnouncement } from "./announcer";

/**
 * After an in-module navigation (not the first render), starts screen-reader and keyboard users at the new page's
 * heading (WCAG 2.4.3) and clears the previous page's success message. Returns the ref to put on the page container.
 */
export function usePageFocus(pathname: string): RefObject<HTMLDivElement | null> {
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
