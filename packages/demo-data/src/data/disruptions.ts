/**
 * Events that shaped mobility in the universe's years. Dates are ISO; academic years by their first year.
 * Values are probabilities used by the status rules in build/outcomes.ts.
 */

/** Outgoing mobility stopped on travel advice from this academic year on (students and staff). */
export const OUTGOING_TRAVEL_BANS: Record<string, number> = { UA: 2022, IL: 2023, LB: 2023 };

export const COVID = {
  /** Mobilities in progress on this day were often interrupted (return home, courses online). */
  lockdown: "2020-03-15",
  interruptionShare: 0.35,
  /** Latest actual end of an interrupted stay. */
  lastReturn: "2020-04-20",
  /** Stays starting in this window were mostly cancelled. */
  cancelledStarts: { from: "2020-01-20", to: "2020-08-31", share: 0.7, chinaShare: 0.95 },
  /** Cancellation shares by academic year, in Europe and elsewhere; closed borders in East Asia until 2022. */
  yearCancellation: {
    2020: { europe: 0.25, world: 0.55, closedBorders: 0.8 },
    2021: { europe: 0.05, world: 0.15, closedBorders: 0.6 },
  } as Record<number, { europe: number; world: number; closedBorders: number }>,
  closedBorders: ["CN", "HK", "TW", "JP"],
} as const;

/** Outgoing stays in Russia and Ukraine on 24 February 2022. */
export const WAR_IN_UKRAINE = { date: "2022-02-24", countries: ["RU", "UA"], interruptionShare: 0.85, lastReturn: "2022-03-15" } as const;
