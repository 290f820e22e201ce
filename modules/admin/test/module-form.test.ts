import { describe, expect, it } from "vitest";
import { UpdateModule, type ModuleEntry } from "@orbis/contracts/registry";
import { moduleFieldOf, moduleFormOf, sameSettings, toModulePatch, validateModuleForm } from "../src/modules/module-form";

const erasmus: ModuleEntry = {
  name: "erasmus",
  route: "/erasmus",
  framework: "react",
  roles: ["erasmus", "coordinator"],
  label: { fr: "Erasmus+", en: "Erasmus+" },
  order: 10,
  enabled: true,
  currentVersion: "1.2.0",
  current: null,
  version: 7,
  updatedAt: "2026-02-01T09:00:00.000Z",
};

describe("module settings form", () => {
  it("validates labels, order and roles", () => {
    expect(validateModuleForm(moduleFormOf(erasmus))).toEqual({});
    expect(validateModuleForm({ labelFr: " ", labelEn: "", order: "1001", roles: [], enabled: true })).toEqual({
      labelFr: "validation.required",
      labelEn: "validation.required",
      order: "validation.order",
      roles: "validation.rolesRequired",
    });
    expect(validateModuleForm({ ...moduleFormOf(erasmus), order: "2.5" }).order).toBe("validation.order");
    expect(validateModuleForm({ ...moduleFormOf(erasmus), order: "-1" }).order).toBe("validation.order");
  });

  it("patches only what changed, the label as a whole, with the record's version", () => {
    expect(toModulePatch(erasmus, moduleFormOf(erasmus))).toBeNull();
    const patch = toModulePatch(erasmus, { ...moduleFormOf(erasmus), labelEn: "Erasmus+ office", order: "20", enabled: false });
    expect(patch).toEqual({ version: 7, label: { fr: "Erasmus+", en: "Erasmus+ office" }, order: 20, enabled: false });
    expect(UpdateModule.parse(patch)).toEqual(patch);
    expect(toModulePatch(erasmus, { ...moduleFormOf(erasmus), roles: ["coordinator", "erasmus"] })).toBeNull();
    expect(toModulePatch(erasmus, { ...moduleFormOf(erasmus), roles: ["erasmus"] })).toEqual({ version: 7, roles: ["erasmus"] });
  });

  it("tells a rollback (same settings) from a settings change", () => {
    expect(sameSettings(erasmus, { ...erasmus, version: 8, currentVersion: "1.1.0" })).toBe(true);
    expect(sameSettings(erasmus, { ...erasmus, version: 8, order: 11 })).toBe(false);
  });

  it("maps the server's error paths to fields", () => {
    expect(moduleFieldOf("label.fr")).toBe("labelFr");
    expect(moduleFieldOf("order")).toBe("order");
    expect(moduleFieldOf("")).toBeUndefined();
  });
});
