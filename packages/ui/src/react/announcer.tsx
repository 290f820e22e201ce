import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useUiText } from "./locale";

interface Announcement {
  text: string;
  /** Changes on every announce, so that the same sentence twice is read twice. */
  id: number;
}

const AnnounceContext = createContext<(text: string) => void>(() => {});
const CurrentContext = createContext<{ current: Announcement; clear: () => void }>({
  current: { text: "", id: 0 },
  clear: () => {},
});

/** Success messages: pages call announce(); StatusRegion shows and speaks the latest one. */
export function AnnouncerProvider({ children }: { children?: ReactNode }) {
  const [current, setCurrent] = useState<Announcement>({ text: "", id: 0 });
  const announce = useCallback((text: string) => setCurrent((previous) => ({ text, id: previous.id + 1 })), []);
  const clear = useCallback(() => setCurrent((previous) => (previous.text ? { text: "", id: previous.id + 1 } : previous)), []);
  const state = useMemo(() => ({ current, clear }), [current, clear]);
  return (
    <AnnounceContext.Provider value={announce}>
      <CurrentContext.Provider value={state}>{children}</CurrentContext.Provider>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (text: string) => void {
  return useContext(AnnounceContext);
}

export function useClearAnnouncement(): () => void {
  return useContext(CurrentContext).clear;
}

/**
 * A polite live region that exists from the first render (regions inserted together with their text are often not
 * read), showing the latest success message with a button to hide it.
 */
export function StatusRegion() {
  const ui = useUiText();
  const { current, clear } = useContext(CurrentContext);
  return (
    <div className={current.text ? "o-status o-status--visible" : "o-status"}>
      <p className="o-status__text" role="status" aria-live="polite" aria-atomic="true">
        {current.text && <span key={current.id}>{current.text}</span>}
      </p>
      {current.text && (
        <button type="button" className="o-status__dismiss" onClick={clear} aria-label={ui("dismiss")}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
