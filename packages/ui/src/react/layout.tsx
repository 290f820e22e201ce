import type { ReactNode } from "react";
import { classNames } from "../core/class-names";

type HeadingLevel = 2 | 3 | 4;

export interface CardProps {
  title?: string;
  /** Heading level of the title (default 2). */
  headingLevel?: HeadingLevel;
  /** Rendered at the end of the header, e.g. buttons. */
  actions?: ReactNode;
  footer?: ReactNode;
  children?: ReactNode;
  className?: string;
}

export function Card({ title, headingLevel = 2, actions, footer, children, className }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={classNames("o-card", className)}>
      {(title || actions) && (
        <div className="o-card__header">
          {title && <Heading className="o-card__title">{title}</Heading>}
          {actions}
        </div>
      )}
      <div className="o-card__body">{children}</div>
      {footer && <div className="o-card__footer">{footer}</div>}
    </section>
  );
}

export interface PageHeaderProps {
  /** The page's h1. */
  title: string;
  description?: string;
  actions?: ReactNode;
  className?: string;
}

export function PageHeader({ title, description, actions, className }: PageHeaderProps) {
  return (
    <header className={classNames("o-page-header", className)}>
      <div>
        <h1 className="o-page-header__title">{title}</h1>
        {description && <p className="o-page-header__description">{description}</p>}
      </div>
      {actions && <div className="o-page-header__actions">{actions}</div>}
    </header>
  );
}
