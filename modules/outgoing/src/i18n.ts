import { createI18n, type MessageKey } from "@orbis/ui/i18n";
import { useLocale } from "@orbis/ui/react";
import { commonEn, commonFr } from "./i18n/common";
import { followupEn, followupFr } from "./i18n/followup";
import { fundingEn, fundingFr } from "./i18n/funding";
import { mobilitiesEn, mobilitiesFr } from "./i18n/mobilities";
import { recognitionEn, recognitionFr } from "./i18n/recognition";
import { selectionEn, selectionFr } from "./i18n/selection";

/** Every text of the outgoing module, French first; each area of the module keeps its texts in src/i18n/<area>.ts. */
export const outgoingMessages = createI18n({
  fr: { ...commonFr, ...mobilitiesFr, ...selectionFr, ...followupFr, ...recognitionFr, ...fundingFr },
  en: { ...commonEn, ...mobilitiesEn, ...selectionEn, ...followupEn, ...recognitionEn, ...fundingEn },
});

export type OutgoingMessageKey = MessageKey<(typeof outgoingMessages)["messages"]["fr"]>;
export type Translate = (key: OutgoingMessageKey, params?: Record<string, string | number>) => string;

/** The outgoing texts in the current locale (set by the module's LocaleProvider). */
export function useText(): Translate {
  return outgoingMessages.bind(useLocale());
}

/** True when `key` is one of the outgoing texts (for keys built from data, e.g. `status.${mobility.status}`). */
export function hasMessage(key: string): key is OutgoingMessageKey {
  return key in outgoingMessages.messages.fr;
}
