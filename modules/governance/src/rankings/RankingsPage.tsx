import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RankingExercise } from "@orbis/contracts/governance";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Badge, Button, DataTable, FormAlert, PageHeader, SelectField, TextField, useAnnounce } from "@orbis/ui/react";
import { useState } from "react";
import { rankingsApi } from "../api/rankings";
import { useText, type GovernanceMessageKey } from "../i18n";
import { Link } from "../router/Link";
import { navigate } from "../router/location";
import { useCanWrite, useHref } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import "./rankings.css";

export function RankingsPage() {
  const t = useText();
  const href = useHref();
  const canWrite = useCanWrite();
  const announce = useAnnounce();
  const client = useQueryClient();
  const list = useQuery({ queryKey: ["governance", "rankings"], queryFn: ({ signal }) => rankingsApi.list(signal) });
  const [scheme, setScheme] = useState("QS");
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const create = useMutation({
    mutationFn: () => rankingsApi.create({ scheme, referenceYear: Number(year) }),
    onSuccess: (ex) => {
      announce(t("rankings.created"));
      void client.invalidateQueries({ queryKey: ["governance", "rankings"] });
      navigate(href("ranking", { id: ex.id }));
    },
  });
  const errors = fieldErrorsOf(create.error);
  return (
    <>
      <PageHeader title={t("rankings.title")} description={t("rankings.intro")} />
      {canWrite && (
        <form
          className="gov-rankings-new"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <FormAlert invalid={false} error={create.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
          <SelectField label={t("rankings.scheme")} value={scheme} placeholder={null} options={["QS", "THE"].map((s) => ({ value: s, label: s }))} onChange={setScheme} error={errors.scheme} />
          <TextField label={t("rankings.referenceYear")} value={year} onChange={setYear} inputMode="numeric" error={errors.referenceYear} />
          <Button type="submit" loading={create.isPending}>
            {t("rankings.open")}
          </Button>
        </form>
      )}
      <QueryView query={list}>
        {(rows) => (
          <DataTable<RankingExercise>
            caption={t("rankings.list")}
            rows={rows}
            rowKey={(r) => r.id}
            empty={t("rankings.empty")}
            columns={[
              { key: "name", header: t("rankings.scheme"), rowHeader: true, render: (r) => <Link href={href("ranking", { id: r.id })}>{`${r.scheme} ${r.referenceYear}`}</Link> },
              { key: "filled", header: t("rankings.figures"), render: (r) => `${r.figures.filter((f) => f.value !== null).length} / ${r.figures.length}` },
              { key: "status", header: t("common.status"), render: (r) => <Badge tone={r.status === "locked" ? "success" : "neutral"}>{t(`rankings.status.${r.status}` as GovernanceMessageKey)}</Badge> },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
