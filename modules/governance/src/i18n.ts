import { createI18n, type MessageKey } from "@orbis/ui/i18n";
import { useLocale } from "@orbis/ui/react";
import { commissionEn, commissionFr } from "./i18n/commission";
import { commonEn, commonFr } from "./i18n/common";
import { delegationsEn, delegationsFr } from "./i18n/delegations";
import { labelsEn, labelsFr } from "./i18n/labels";
import { networkEn, networkFr } from "./i18n/network";
import { objectivesEn, objectivesFr } from "./i18n/objectives";

import { missionsEn, missionsFr } from "./i18n/missions";
import { rankingsEn, rankingsFr } from "./i18n/rankings";
import { areasBEn, areasBFr } from "./i18n/areas-b";

/** Every text of the governance module, French first; each area keeps its texts in src/i18n/<area>.ts (one line each). */
export const governanceMessages = createI18n({
  fr: {
    ...commonFr,
    ...objectivesFr,
    ...commissionFr,
    ...networkFr,
    ...labelsFr,
    ...delegationsFr,
    ...missionsFr,
    ...rankingsFr,
    ...areasBFr,
  },
  en: {
    ...commonEn,
    ...objectivesEn,
    ...commissionEn,
    ...networkEn,
    ...labelsEn,
    ...delegationsEn,
    ...missionsEn,
    ...rankingsEn,
    ...areasBEn,
  },
});

export type GovernanceMessageKey = MessageKey<(typeof governanceMessages)["messages"]["fr"]>;
export type Translate = (key: GovernanceMessageKey, params?: Record<string, string | number>) => string;

/** The governance texts in the current locale (set by the module's LocaleProvider). */
export function useText(): Translate {
  return governanceMessages.bind(useLocale());
}

/** True when `key` is one of the governance texts (for keys built from data, e.g. `status.${item.status}`). */
export function hasMessage(key: string): key is GovernanceMessageKey {
  return key in governanceMessages.messages.fr;
}
