import { computed } from "vue";
import { useQuery } from "@tanstack/vue-query";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, DOCUMENT_KINDS, MOBILITY_TYPES } from "@orbis/contracts/agreements";
import { COUNTRY_CODES } from "@orbis/contracts/countries";
import type { Locale } from "@orbis/ui/i18n";
import { useLocale, type SelectOption } from "@orbis/ui/vue";
import { agreementsApi } from "../api/agreements-api";
import { countryName, useText } from "../i18n";

/** Select options of the contracts' enumerations and of countries, in the current locale. */
export function useOptions() {
  const t = useText();
  const locale = useLocale();
  const departments = useQuery({ queryKey: ["identity", "departments"], queryFn: agreementsApi.listDepartments, staleTime: 300_000 });
  return {
    countries: computed(() => countryOptions(locale.value)),
    statuses: computed<SelectOption[]>(() => AGREEMENT_STATUSES.map((value) => ({ value, label: t.value(`status.${value}`) }))),
    types: computed<SelectOption[]>(() => AGREEMENT_TYPES.map((value) => ({ value, label: t.value(`type.${value}`) }))),
    mobilityTypes: computed<SelectOption[]>(() => MOBILITY_TYPES.map((value) => ({ value, label: t.value(`mobility.${value}`) }))),
    directions: computed<SelectOption[]>(() => (["sending", "receiving"] as const).map((value) => ({ value, label: t.value(`direction.${value}`) }))),
    documentKinds: computed<SelectOption[]>(() => DOCUMENT_KINDS.map((value) => ({ value, label: t.value(`doc.${value}`) }))),
    /** Departments from identity; empty (the filter then shows none) if that call fails. */
    departments: computed<SelectOption[]>(() =>
      (departments.data.value?.items ?? []).map((d) => ({ value: d.code, label: locale.value === "fr" ? d.nameFr : d.nameEn })),
    ),
  };
}

export function countryOptions(locale: Locale): SelectOption[] {
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(locale, code) })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}

export function yearsLabel(start: number, end: number): string {
  return `${start}-${end + 1}`;
}
