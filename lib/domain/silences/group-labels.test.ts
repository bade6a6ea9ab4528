import { describe, expect, it } from "vitest";
import { groupLabelsFromKey } from "./group-labels";

// groupKeys as Alertmanager 0.25 builds them (dispatch.go GroupKey), the alert's labels as stored.
const labels = { alertname: "PostgresDown", job: "postgres", instance: "db-1:9187", severity: "critical" };

describe("groupLabelsFromKey", () => {
  it.each([
    ["root route, two group labels", '{}:{alertname="PostgresDown", job="postgres"}', labels, { alertname: "PostgresDown", job: "postgres" }],
    ["a sub-route's key", '{}/{severity="critical"}:{alertname="PostgresDown"}', labels, { alertname: "PostgresDown" }],
    ["group_by: [] gives no label", "{}:{}", labels, {}],
    ["group_by ['...'] gives them all", '{}:{alertname="PostgresDown", instance="db-1:9187", job="postgres", severity="critical"}', labels, labels],
    ["a route matcher holding ':{'", '{}/{msg=":{x"}:{job="postgres"}', labels, { job: "postgres" }],
    ["a value Go-quotes", '{}:{msg="say \\"hi\\"\\n"}', { msg: 'say "hi"\n', job: "x" }, { msg: 'say "hi"\n' }],
    ["a value holding ', name='", '{}:{alertname="a, job=b"}', { alertname: "a, job=b", job: "b" }, { alertname: "a, job=b" }],
  ])("%s", (_, key, alertLabels, expected) => expect(groupLabelsFromKey(key, alertLabels)).toEqual(expected));

  it.each([
    ["a key shortened for storage", `{}:{alertname="${"x".repeat(20)}…sha256:abc`],
    ["labels the alert does not have", '{}:{alertname="Other"}'],
    ["not a groupKey", "nonsense"],
  ])("null for %s", (_, key) => expect(groupLabelsFromKey(key, labels)).toBeNull());
});
