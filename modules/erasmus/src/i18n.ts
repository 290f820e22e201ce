import { createI18n, type MessageKey } from "@orbis/ui/i18n";
import { useLocale } from "@orbis/ui/react";
import { commonEn, commonFr } from "./i18n/common";
import { projectsEn, projectsFr } from "./i18n/projects";
import { grantsEn, grantsFr } from "./i18n/grants";
import { staffEn, staffFr } from "./i18n/staff";
import { cooperationEn, cooperationFr } from "./i18n/cooperation";
import { communicationEn, communicationFr } from "./i18n/communication";

/** Every text of the Erasmus+ module, French first; each area keeps its texts in src/i18n/<area>.ts (one line per area). */
export const erasmusMessages = createI18n({
  fr: { ...commonFr, ...projectsFr, ...grantsFr, ...staffFr, ...cooperationFr, ...communicationFr },
  en: { ...commonEn, ...projectsEn, ...grantsEn, ...staffEn, ...cooperationEn, ...communicationEn },
});

export type ErasmusMessageKey = MessageKey<(typeof erasmusMessages)["messages"]["fr"]>;
export type Translate = (key: ErasmusMessageKey, params?: Record<string, string | number>) => string;

/** The Erasmus+ texts in the current locale (set by the module's LocaleProvider). */
export function useText(): Translate {
  return erasmusMessages.bind(useLocale());
}

/** True when `key` is one of the Erasmus+ texts (for keys built from data). */
export function hasMessage(key: string): key is ErasmusMessageKey {
  return key in erasmusMessages.messages.fr;
}
