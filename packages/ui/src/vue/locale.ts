import { computed, inject, isRef, provide, ref, type ComputedRef, type InjectionKey, type Ref } from "vue";
import { DEFAULT_LOCALE, type Locale } from "../i18n";
import { uiMessages } from "../core/messages";

export const UI_LOCALE_KEY: InjectionKey<Ref<Locale>> = Symbol("orbis-ui-locale");

/** Gives the components of this subtree their locale; pass a ref to follow changes (the module lifecycles do). */
export function provideLocale(locale: Locale | Ref<Locale>): void {
  provide(UI_LOCALE_KEY, isRef(locale) ? locale : ref(locale));
}

export function useLocale(): Ref<Locale> {
  return inject(UI_LOCALE_KEY, ref(DEFAULT_LOCALE));
}

/** The components' built-in texts in the current locale. */
export function useUiText(): ComputedRef<ReturnType<typeof uiMessages.bind>> {
  const locale = useLocale();
  return computed(() => uiMessages.bind(locale.value));
}
