import { computed } from "vue";
import { useQuery } from "@tanstack/vue-query";
import { requestJson } from "@orbis/contracts/http";
import { COUNTRY_CODES } from "@orbis/contracts/countries";
import { INCOMING_KINDS, INCOMING_STATUSES } from "@orbis/contracts/incoming";
import { DepartmentPage } from "@orbis/contracts/identity";
import { useLocale, type SelectOption } from "@orbis/ui/vue";
import { countryName, label, useText, yearLabel } from "../i18n";
import { academicYearOf } from "../students/list-filters";

/** Select options of the contracts' enumerations, departments, countries and years, in the current locale. */
export function useOptions() {
  const t = useText();
  const locale = useLocale();
  const departments = useQuery({
    queryKey: ["identity", "departments"],
    queryFn: ({ signal }) => requestJson(DepartmentPage, "/api/identity/departments", { query: { limit: 200 }, signal }),
    staleTime: 300_000,
  });
  const current = academicYearOf(new Date());
  return {
    statuses: computed<SelectOption[]>(() => INCOMING_STATUSES.map((value) => ({ value, label: label(t.value, "status", value) }))),
    kinds: computed<SelectOption[]>(() => INCOMING_KINDS.map((value) => ({ value, label: label(t.value, "kind", value) }))),
    /** Next year (nominations come early) and the ten before. */
    years: computed<SelectOption[]>(() => Array.from({ length: 11 }, (_, i) => current + 1 - i).map((y) => ({ value: String(y), label: yearLabel(y) }))),
    countries: computed<SelectOption[]>(() =>
      COUNTRY_CODES.map((code) => ({ value: code, label: countryName(locale.value, code) })).sort((a, b) => a.label.localeCompare(b.label, locale.value)),
    ),
    /** Departments from identity; empty (the filter then offers none) if that call fails. */
    departments: computed<SelectOption[]>(() =>
      (departments.data.value?.items ?? []).map((d) => ({ value: d.code, label: locale.value === "fr" ? d.nameFr : d.nameEn })),
    ),
  };
}
