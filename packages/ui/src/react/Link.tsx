import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { classNames } from "../core/class-names";
import { navigate } from "./location";

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
}

/** A real link (open in a new tab works) whose plain left click navigates in place through the History API. */
export function Link({ href, className, onClick, ...rest }: LinkProps) {
  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || rest.target) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a {...rest} href={href} className={classNames("o-link", className)} onClick={onLinkClick} />;
}
