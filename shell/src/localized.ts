import { getLocale, onLocaleChange, type Locale } from "@orbis/ui/i18n";

/**
 * Calls `update` with the current locale now and on every change; stops listening once the element, after having
 * been in the document, has left it (the login page after sign-in, a panel replaced by another).
 */
export function localized<T extends Element>(element: T, update: (element: T, locale: Locale) => void): T {
  update(element, getLocale());
  let wasConnected = false;
  const stop = onLocaleChange((locale) => {
    if (element.isConnected) wasConnected = true;
    else if (wasConnected) return stop();
    update(element, locale);
  });
  return element;
}
