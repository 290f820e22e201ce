import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { classNames } from "../core/class-names";
import { tabIndexForKey } from "../core/keyboard";
import type { TabItem } from "../core/types";

export interface ReactTabItem extends TabItem {
  panel: ReactNode;
}

export interface TabsProps {
  /** Names the tab list (aria-label). */
  label: string;
  tabs: ReactTabItem[];
  /** Controlled selection; omit for uncontrolled use with defaultSelectedId. */
  selectedId?: string;
  defaultSelectedId?: string;
  onSelect?: (id: string) => void;
  className?: string;
}

/** WAI-ARIA tabs with automatic activation: arrows, Home and End move and select; only the selected tab is in the Tab order. */
export function Tabs({ label, tabs, selectedId, defaultSelectedId, onSelect, className }: TabsProps) {
  const baseId = useId();
  const enabled = tabs.filter((tab) => !tab.disabled);
  const [ownSelection, setOwnSelection] = useState(defaultSelectedId ?? enabled[0]?.id);
  const current = selectedId ?? ownSelection;
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const select = (id: string) => {
    if (selectedId === undefined) setOwnSelection(id);
    onSelect?.(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, id: string) => {
    const index = enabled.findIndex((tab) => tab.id === id);
    const target = tabIndexForKey(event.key, index, enabled.length);
    if (target === null) return;
    event.preventDefault();
    const next = enabled[target]!;
    select(next.id);
    tabRefs.current.get(next.id)?.focus();
  };

  return (
    <div className={classNames("o-tabs", className)}>
      <div className="o-tabs__list" role="tablist" aria-label={label}>
        {tabs.map((tab) => {
          const selected = tab.id === current;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.id, element);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              className="o-tabs__tab"
              aria-selected={selected}
              aria-controls={`${baseId}-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              disabled={tab.disabled}
              onClick={() => select(tab.id)}
              onKeyDown={(event) => onKeyDown(event, tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          className="o-tabs__panel"
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          tabIndex={0}
          hidden={tab.id !== current}
        >
          {tab.id === current && tab.panel}
        </div>
      ))}
    </div>
  );
}
