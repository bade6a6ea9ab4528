import { expect, it } from "vitest";
import { openApiDocument } from "./openapi";

it("documents every API route with schemas generated from the validators", () => {
  const doc = openApiDocument("https://vigie.example.org");
  expect(Object.keys(doc.paths).sort()).toEqual(["/api/alertmanager", "/api/events", "/api/health", "/api/tickets", "/api/tickets/bulk", "/api/tickets/{id}", "/api/tickets/{id}/transitions"]);
  const transition = JSON.stringify(doc.components.schemas.Transition);
  for (const action of ["classify", "assign", "recordSolution", "requestValidation", "approve", "refuse", "close", "reopen"]) expect(transition).toContain(`"${action}"`);
  expect(JSON.stringify(doc.components.schemas.ReportIncident)).toContain('"title"');
  expect(doc.paths["/api/tickets"].get.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["step", "signal", "text", "page", "scope", "ack", "group", "groupValue"]));
  const bulk = JSON.stringify(doc.components.schemas.BulkAction);
  for (const action of ["acknowledge", "classify", "assign", "linkRisk", "merge", "closeAsDuplicate"]) expect(bulk).toContain(`"${action}"`);
});
