import type { allocations, housingRequests, residences, rooms } from "../db/schema/index";
import { peakOccupancy } from "../domain/housing";
import { came, cameOrComing, firstDayOf, lastDayOf, type StudentInsert } from "./data";
import { addDays, at, earliest, pick, seedId, unit } from "./ids";

export type ResidenceInsert = typeof residences.$inferInsert & { id: string };
export type RoomInsert = typeof rooms.$inferInsert & { id: string; residenceId: string; capacity: number; rentCents: number };
export type RequestInsert = typeof housingRequests.$inferInsert & { id: string; studentId: string; status: string };
export type AllocationInsert = typeof allocations.$inferInsert & { id: string; roomId: string; from: string; to: string };

const RESIDENCES = [
  { name: "Maison internationale des Grands Moulins", address: "12 rue des Grands Moulins, 75013 Paris", rent: 52_000 },
  { name: "Résidence Pajol", address: "20 rue Pajol, 75018 Paris", rent: 44_000 },
  { name: "Résidence Jean-Zay", address: "1 avenue Jean-Zay, 92160 Antony", rent: 36_000 },
  { name: "Résidence du Parc de Bercy", address: "48 rue Gabriel-Lamé, 75012 Paris", rent: 58_000 },
];
const OPEN = { from: "2017-07-01", to: "2031-07-31" };
/** Share of the students who ask the office for a room. */
const REQUEST_SHARE = 0.4;

/** Four residences; their rooms (single, some double) grow with the scale so a share of the demand finds a bed. */
export function residenceRows(scale: number): { residences: ResidenceInsert[]; rooms: RoomInsert[] } {
  const perResidence = Math.max(3, Math.round(4 * scale));
  const created = at("2017-06-01");
  const residenceList = RESIDENCES.map((r): ResidenceInsert => ({ id: seedId("residence", r.name), name: r.name, address: r.address, createdAt: created, updatedAt: created }));
  const roomList = RESIDENCES.flatMap((r, ri) =>
    Array.from({ length: perResidence }, (_, i): RoomInsert => {
      const number = `${Math.floor(i / 20) + 1}${String((i % 20) + 1).padStart(2, "0")}`;
      const double = unit("double", r.name, number) < 0.3;
      return { id: seedId("room", r.name, number), residenceId: residenceList[ri]!.id, number, capacity: double ? 2 : 1, rentCents: r.rent + (double ? 8_000 : 0) + Math.floor(unit("rent", r.name, number) * 8) * 500, availableFrom: OPEN.from, availableTo: OPEN.to, createdAt: created, updatedAt: created };
    }),
  );
  return { residences: residenceList, rooms: roomList };
}

/**
 * Housing requests of a share of the students who came or are coming, served in arrival order: a room of the
 * preferred residence (within the rent asked) when one has a free bed for the whole stay, otherwise any; beds are
 * never let beyond a room's capacity. Past requests nobody could serve were withdrawn (the student found housing
 * elsewhere); this year's students not arrived yet, and those not served, form the waiting list.
 */
export function housingRows(list: readonly StudentInsert[], roomList: readonly RoomInsert[], currentYear: number, today: string): { requests: RequestInsert[]; allocations: AllocationInsert[] } {
  const asking = list.filter((s) => cameOrComing(s) && unit("housing", s.id) < REQUEST_SHARE).sort((a, b) => (firstDayOf(a) === firstDayOf(b) ? (a.id < b.id ? -1 : 1) : firstDayOf(a) < firstDayOf(b) ? -1 : 1));
  const residenceIds = [...new Set(roomList.map((r) => r.residenceId))];
  const taken = new Map<string, Array<{ from: string; to: string }>>(roomList.map((r) => [r.id, []]));
  const requests: RequestInsert[] = [];
  const allocationList: AllocationInsert[] = [];
  for (const s of asking) {
    const period = { from: firstDayOf(s), to: lastDayOf(s) };
    const requestedOn = earliest(addDays(period.from, -60 - Math.floor(unit("housing-day", s.id) * 60)), addDays(today, -1));
    const residenceId = unit("prefers", s.id) < 0.5 ? pick(residenceIds, "residence", s.id) : null;
    const maxRentCents = unit("max-rent", s.id) < 0.4 ? 45_000 + Math.floor(unit("rent-cap", s.id) * 4) * 5_000 : null;
    const request: RequestInsert = { id: seedId("housing-request", s.id), studentId: s.id, residenceId, maxRentCents, from: period.from, to: period.to, status: "waiting", requestedAt: at(requestedOn, Math.floor(unit("housing-minute", s.id) * 480)) };
    requests.push(request);
    if (s.academicYear === currentYear && !came(s)) continue;
    const affordable = roomList.filter((r) => maxRentCents === null || r.rentCents <= maxRentCents);
    const ordered = [...affordable.filter((r) => r.residenceId === residenceId), ...affordable.filter((r) => r.residenceId !== residenceId)];
    const room = ordered.find((r) => peakOccupancy(period, taken.get(r.id)!) < r.capacity);
    if (!room) {
      if (s.academicYear !== currentYear) request.status = "withdrawn";
      continue;
    }
    taken.get(room.id)!.push(period);
    request.status = "allocated";
    const allocated = at(addDays(requestedOn, 7));
    allocationList.push({ id: seedId("allocation", s.id), requestId: request.id, roomId: room.id, studentId: s.id, from: period.from, to: period.to, status: "active", createdAt: allocated, updatedAt: allocated });
  }
  return { requests, allocations: allocationList };
}
