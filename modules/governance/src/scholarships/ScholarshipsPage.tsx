import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Candidate, ScholarshipCall } from "@orbis/contracts/governance";
import { Badge, Button, DataTable, PageHeader, ProblemAlert, useAnnounce, useLocale } from "@orbis/ui/react";
import { useState } from "react";
import { scholarshipsApi } from "../api/areas-b";
import { useText, type GovernanceMessageKey } from "../i18n";
import { euros } from "../missions/format";
import { useCanWrite } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import "./scholarships.css";

/** Calls with their budget, awarded and paid; a call's ranking and the award within budget. */
export function ScholarshipsPage() {
  const t = useText();
  const locale = useLocale();
  const calls = useQuery({ queryKey: ["governance", "scholarship-calls"], queryFn: ({ signal }) => scholarshipsApi.calls(signal) });
  const [selected, setSelected] = useState<ScholarshipCall | null>(null);
  return (
    <>
      <PageHeader title={t("scholarships.title")} description={t("scholarships.intro")} />
      <QueryView query={calls}>
        {(rows) => (
          <DataTable<ScholarshipCall>
            caption={t("scholarships.calls")}
            rows={rows}
            rowKey={(c) => c.id}
            columns={[
              { key: "title", header: t("scholarships.call"), rowHeader: true, render: (c) => <Button variant="secondary" size="sm" onClick={() => setSelected(c)} aria-label={t("scholarships.show", { call: c.title })}>{c.title}</Button> },
              { key: "candidates", header: t("scholarships.candidates"), align: "end", render: (c) => String(c.candidates) },
              { key: "budget", header: t("scholarships.budget"), align: "end", render: (c) => euros(c.budgetCents, locale) },
              { key: "awarded", header: t("scholarships.awarded"), align: "end", render: (c) => euros(c.awardedCents, locale) },
              { key: "paid", header: t("scholarships.paid"), align: "end", render: (c) => euros(c.paidCents, locale) },
              { key: "status", header: t("common.status"), render: (c) => <Badge>{t(`scholarships.status.${c.status}` as GovernanceMessageKey)}</Badge> },
            ]}
          />
        )}
      </QueryView>
      {selected && <CallRanking key={selected.id} call={selected} />}
    </>
  );
}

function CallRanking({ call }: { call: ScholarshipCall }) {
  const t = useText();
  const canWrite = useCanWrite();
  const announce = useAnnounce();
  const client = useQueryClient();
  const ranking = useQuery({ queryKey: ["governance", "scholarship-candidates", call.id], queryFn: ({ signal }) => scholarshipsApi.candidates(call.id, signal) });
  const award = useMutation({
    mutationFn: () => scholarshipsApi.award(call.id, call.version),
    onSuccess: (rows) => {
      client.setQueryData(["governance", "scholarship-candidates", call.id], rows);
      void client.invalidateQueries({ queryKey: ["governance", "scholarship-calls"] });
      announce(t("scholarships.awardDone"));
    },
  });
  return (
    <section className="gov-scholarships-ranking" aria-label={call.title}>
      <h2>{call.title}</h2>
      <ProblemAlert error={award.error} />
      <QueryView query={ranking}>
        {(rows) => (
          <DataTable<Candidate>
            caption={t("scholarships.candidates")}
            rows={rows}
            rowKey={(c) => c.id}
            columns={[
              { key: "rank", header: t("scholarships.rank"), align: "end", render: (c) => (c.rank === null ? "—" : String(c.rank)) },
              { key: "name", header: t("scholarships.name"), rowHeader: true, render: (c) => c.name },
              { key: "score", header: t("scholarships.score"), align: "end", render: (c) => (c.weightedScore === null ? "—" : c.weightedScore.toFixed(2)) },
              { key: "status", header: t("common.status"), render: (c) => <Badge tone={c.status === "awarded" ? "success" : "neutral"}>{t(`scholarships.candidate.${c.status}` as GovernanceMessageKey)}</Badge> },
            ]}
          />
        )}
      </QueryView>
      {canWrite && call.status === "open" && (
        <Button onClick={() => award.mutate()} loading={award.isPending}>
          {t("scholarships.award")}
        </Button>
      )}
    </section>
  );
}
