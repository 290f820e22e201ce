import { api } from "../api/governance";
import { useText, type GovernanceMessageKey } from "../i18n";
import { eventFields, feeFields, membershipFields } from "../labels/label-fields";
import { RecordSection } from "../records/RecordSection";
import { DocumentsPanel } from "../shared/DocumentsPanel";
import { useHref } from "../shared/governance-context";
import { RecordHeader } from "../shared/RecordHeader";
import "./memberships.css";

const euros = (cents: number, locale: string) => (cents / 100).toLocaleString(locale, { style: "currency", currency: "EUR" });

/** One membership: fees per year (with their total), events attended, documents. */
export function MembershipPage({ id }: { id: string }) {
  const t = useText();
  const href = useHref();
  const parent = { membershipId: id };
  return (
    <RecordHeader
      api={api.memberships}
      id={id}
      fields={membershipFields}
      title={(m) => String(m.name)}
      description={(m) =>
        `${t(`memberships.kind.${String(m.kind)}` as GovernanceMessageKey)} · ${t("memberships.field.representatives")} : ${(m.representatives as string[]).join(", ") || "—"}`
      }
      back={{ href: href("memberships"), label: "memberships.back" }}
    >
      {() => (
        <div className="gov-stack">
          <RecordSection
            title="memberships.fees"
            api={api.membershipFees}
            query={parent}
            parent={parent}
            fields={feeFields}
            columns={[
              { key: "year", header: t("memberships.field.year"), rowHeader: true },
              { key: "amountCents", header: t("memberships.field.amount"), align: "end", render: (f) => euros(f.amountCents as number, "fr-FR") },
              { key: "paidOn", header: t("memberships.field.paidOn") },
              { key: "invoiceRef", header: t("memberships.field.invoiceRef") },
            ]}
            footer={(rows) => <p className="gov-total">{t("memberships.feesTotal", { amount: euros(rows.reduce((s, f) => s + (f.amountCents as number), 0), "fr-FR") })}</p>}
          />
          <RecordSection
            title="memberships.events"
            api={api.membershipEvents}
            query={parent}
            parent={parent}
            fields={eventFields}
            columns={[
              { key: "title", header: t("memberships.field.title"), rowHeader: true },
              { key: "startsOn", header: t("memberships.field.startsOn") },
              { key: "location", header: t("memberships.field.location") },
              { key: "attendees", header: t("memberships.field.attendees"), render: (e) => (e.attendees as string[]).join(", ") },
            ]}
          />
          <DocumentsPanel ownerType="membership" ownerId={id} />
        </div>
      )}
    </RecordHeader>
  );
}
