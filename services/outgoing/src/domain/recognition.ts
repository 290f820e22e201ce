import type { Recognition, RecognitionComponent, RecognitionComponentInput } from "@orbis/contracts/outgoing";
import { HttpProblem, type FieldError } from "@orbis/service-kit";
import type { recognitions } from "../db/schema/index";
import { convertGrade, normaliseGrade } from "./grade-conversion";
import type { ResolvedScale } from "./grade-tables";

export type RecognitionRow = typeof recognitions.$inferSelect;

/**
 * Converts each component's host grade with the scale; a grade outside the scale is a 400 on its field. A failing
 * grade converts to nothing and can only be "not recognised".
 */
export function convertComponents(scale: ResolvedScale, components: readonly RecognitionComponentInput[]): RecognitionComponent[] {
  const errors: FieldError[] = [];
  const failing = new Set(scale.failing.map(normaliseGrade));
  const result = components.map((component, i): RecognitionComponent => {
    const conversion = convertGrade(scale.hostRows, scale.homeRows, component.grade);
    const isFailing = !conversion && failing.has(normaliseGrade(component.grade));
    if (!conversion && !isFailing) {
      errors.push({ path: `body.components.${i}.grade`, message: `Grade ${component.grade} is not in the scale used (${scale.label}): ${scale.grades.join(", ")}` });
    }
    if (isFailing && component.decision !== "not-recognised") {
      errors.push({ path: `body.components.${i}.decision`, message: `Grade ${component.grade} is a failing grade: the component cannot be recognised` });
    }
    const override = component.gradeOverride;
    return {
      ...component,
      converted: {
        computed: conversion?.grade ?? null,
        range: conversion?.range ?? null,
        grade: override ? override.grade : (conversion?.grade ?? null),
        overridden: override !== null,
        passing: !isFailing,
      },
    };
  });
  if (errors.length) throw new HttpProblem("validation", "Some components are invalid.", { errors });
  return result;
}

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

export function toRecognition(row: RecognitionRow): Recognition {
  return {
    id: row.id,
    mobilityId: row.mobilityId,
    version: row.version,
    scale: row.scale,
    components: row.components,
    totals: { hostCredits: sum(row.components.map((c) => c.hostCredits)), recognisedCredits: sum(row.components.map((c) => c.recognisedCredits)) },
    decidedBy: row.decidedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
