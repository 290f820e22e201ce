import type { LaRevision, Signature } from "@orbis/contracts/outgoing";
import { Badge, DataTable, type DataTableColumn } from "@orbis/ui/react";
import { useText } from "../i18n";

type Component = { code: string | null; title: string; semester: string; credits: number; change?: { status: "inserted" | "deleted"; reasonCode?: string | undefined } | undefined };

const TONE = { draft: "neutral", submitted: "info", approved: "success", rejected: "danger" } as const;

/** One revision read-only: its tables, credits and signatures. */
export function RevisionView({ revision }: { revision: LaRevision }) {
  const t = useText();
  const columns: DataTableColumn<Component>[] = [
    { key: "code", header: t("la.code"), render: (c) => c.code ?? "—" },
    { key: "title", header: t("la.courseTitle"), rowHeader: true, render: (c) => c.title },
    { key: "semester", header: t("la.semester"), render: (c) => t(`la.semester.${c.semester as "S1"}`) },
    { key: "credits", header: t("la.credits"), align: "end", render: (c) => String(c.credits) },
    ...(revision.kind === "changes" ? [{ key: "change", header: t("la.change"), render: (c: Component) => (c.change ? `${t(`la.changeStatus.${c.change.status}`)} ${c.change.reasonCode ?? ""}` : "—") }] : []),
  ];
  const signature = (label: string, s: Signature | null) => (
    <>
      <dt>{label}</dt>
      <dd>{s ? t("la.signedBy", { name: s.name, position: s.position, email: s.email, at: s.signedAt.slice(0, 16).replace("T", " ") }) : t("la.unsigned")}</dd>
    </>
  );
  return (
    <div className="outgoing-la-revision">
      <h3>
        {t("la.revisionTitle", { revision: revision.revision, kind: t(`la.kind.${revision.kind}`) })}{" "}
        <Badge tone={TONE[revision.status]}>{t(`laStatus.${revision.status}`)}</Badge>
      </h3>
      <DataTable caption={t("la.tableA")} columns={columns} rows={revision.tableA} rowKey={(c) => `${c.code ?? ""}-${c.title}`} />
      <DataTable caption={t("la.tableB")} columns={columns} rows={revision.tableB} rowKey={(c) => `${c.code ?? ""}-${c.title}`} />
      <p>{`${t("la.language")} : ${revision.language.language} (${revision.language.cefr})`}</p>
      <h4>{t("la.signatures")}</h4>
      <dl className="outgoing-facts">
        {signature(t("la.signature.student"), revision.studentSignature)}
        {signature(t("la.signature.sending"), revision.sendingSignature)}
        {signature(t("la.signature.receiving"), revision.receivingSignature)}
      </dl>
    </div>
  );
}
