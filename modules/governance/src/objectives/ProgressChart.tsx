import type { ObjectiveYearProgress } from "@orbis/contracts/governance";
import { useText } from "../i18n";

/**
 * One bar per year: the figure's share of the target (the target line at 100 %), "not computed yet" where there is no
 * figure. A table with the same figures follows the chart for screen readers and for reading exact values.
 */
export function ProgressChart({ years }: { years: ObjectiveYearProgress[] }) {
  const t = useText();
  const max = Math.max(120, ...years.map((y) => Math.min(y.progressPercent ?? 0, 200)));
  return (
    <figure className="gov-progress">
      <figcaption className="gov-progress-caption">{t("objectives.progressChart")}</figcaption>
      <div className="gov-progress-bars" aria-hidden="true">
        {years.map((y) => {
          const percent = y.progressPercent === null ? 0 : Math.min(y.progressPercent, 200);
          return (
            <div key={y.year} className="gov-progress-col">
              <div className="gov-progress-track">
                <div className="gov-progress-target" style={{ bottom: `${(100 / max) * 100}%` }} />
                <div className={`gov-progress-bar${y.met ? " gov-progress-bar--met" : ""}`} style={{ height: `${(percent / max) * 100}%` }} />
              </div>
              <span className="gov-progress-year">{y.year}</span>
            </div>
          );
        })}
      </div>
      <table className="gov-progress-table">
        <thead>
          <tr>
            <th scope="col">{t("objectives.field.year")}</th>
            <th scope="col">{t("objectives.field.target")}</th>
            <th scope="col">{t("objectives.field.value")}</th>
            <th scope="col">{t("objectives.progress")}</th>
            <th scope="col">{t("objectives.field.source")}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td>{y.target ?? t("objectives.noTarget")}</td>
              <td>{y.value ?? t("objectives.notComputed")}</td>
              <td>{y.progressPercent === null ? "—" : t("objectives.percent", { percent: y.progressPercent })}</td>
              <td>{y.origin === "manual" ? `${t("objectives.origin.manual")} : ${y.source ?? ""}` : t(`objectives.origin.${y.origin}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
