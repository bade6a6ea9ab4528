import { describe, expect, it } from "vitest";
import { parseExposition, selectors, variableSelectors } from "./promql";

const metrics = (expr: string) => selectors(expr).map((s) => s.metric);

describe("selectors (the PromQL reading the dashboard test relies on)", () => {
  it("finds metrics, not functions, aggregations, label lists or variables", () => {
    expect(metrics('100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{instance=~"$instance", mode="idle"}[$__rate_interval])))')).toEqual(["node_cpu_seconds_total"]);
    expect(metrics("sum without (cpu, mode) (x) / on (instance) group_left (nodename) node_uname_info")).toEqual(["x", "node_uname_info"]);
    expect(metrics("count by(instance)(up) > bool 0 and ignoring(job) y offset 5m")).toEqual(["up", "y"]);
    expect(metrics('time() - vigie_backup_last_success_timestamp_seconds{database="postgresql"} > 26 * 3600')).toEqual(["vigie_backup_last_success_timestamp_seconds"]);
    expect(metrics("rate(a[5m:30s]) + b_total + 1e3 + 0x1f + Inf")).toEqual(["a", "b_total"]);
    expect(metrics('{__name__="z"} + label_replace(w, "dst", "$1", "src", "(.*)")')).toEqual(["w"]);
    expect(metrics("topk(5, sum by (name) (rate(container_cpu_usage_seconds_total{name!=\"\"}[${__rate_interval}])))")).toEqual(["container_cpu_usage_seconds_total"]);
  });

  it("lists the labels of each selector's matchers", () => {
    expect(selectors('a{instance=~"$instance", mode!="idle", x="a=b,c"} / b{ datname !~ "t.*" }')).toEqual([
      { metric: "a", labels: ["instance", "mode", "x"] },
      { metric: "b", labels: ["datname"] },
    ]);
  });

  it("reads Grafana's label_values(metric, label) variable queries", () => {
    expect(variableSelectors("label_values(node_uname_info, instance)").map((s) => s.metric)).toEqual(["node_uname_info"]);
    expect(variableSelectors('label_values(pg_up{job="postgres"}, instance)')).toEqual([{ metric: "pg_up", labels: ["job"] }]);
    expect(variableSelectors("label_values(instance)")).toEqual([]);
  });
});

describe("parseExposition", () => {
  it("gives each metric's label names", () => {
    const text = '# HELP a x\n# TYPE a counter\na{mode="idle",cpu="0"} 1\na{mode="user",esc="q\\"t"} 2\nb 3\nc{} 4 1700000000\n';
    const m = parseExposition(text);
    expect([...m.keys()]).toEqual(["a", "b", "c"]);
    expect([...(m.get("a") ?? [])].sort()).toEqual(["cpu", "esc", "mode"]);
    expect(m.get("b")?.size).toBe(0);
  });
});
