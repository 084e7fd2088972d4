#!/usr/bin/env python3
"""Turns one JMH run's JSON results (`-rf json -rff FILE`) into the targets table of issue 18:
each Entente benchmark's score as a ratio of the mean of its contender's in the same run, with
the ratio's error propagated from the two 99.9% confidence half-widths JMH reports
(r * sqrt((ea/a)^2 + (eb/b)^2), the first-order error of a quotient), and bytes per operation
(`gc.alloc.rate.norm`, from `-prof gc`) the same way.

    python3 benchmarks/profiling/jmh_ratios.py RESULTS.json

It prints Markdown: the raw scores, then the ratios. A ratio is only called met when the target
is met by the mean; the error column says whether the run could tell.
"""
import json
import math
import sys

# (what, numerator benchmark, denominator benchmark, metric, target, at least?)
TARGETS = [
    ("read and validate / plain records (ops/s)", "ReadBenchmark.entente",
     "ReadBenchmark.plainRecords", "ops", 1.0, True),
    ("read and validate / token scan (ops/s)", "ReadBenchmark.entente",
     "ReadBenchmark.tokenScan", "ops", 0.35, True),
    ("write / plain records (ops/s)", "WriteBenchmark.entente",
     "WriteBenchmark.plainRecords", "ops", 1.0, True),
    ("bytes per read / plain records", "ReadBenchmark.entente",
     "ReadBenchmark.plainRecords", "bytes", 1.0, False),
    ("bytes per write / plain records", "WriteBenchmark.entente",
     "WriteBenchmark.plainRecords", "bytes", None, False),
]


def short(name):
    return ".".join(name.split(".")[-2:])


def load(path):
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    scores = {}
    for run in runs:
        key = (short(run["benchmark"]), run.get("params", {}).get("size", ""))
        primary = run["primaryMetric"]
        ops = (primary["score"], primary["scoreError"], run["forks"])
        norm = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        bytes_ = (norm["score"], norm["scoreError"]) if norm else None
        scores[key] = {"ops": ops, "bytes": bytes_, "unit": primary["scoreUnit"]}
    return scores


def error(value):
    """JMH writes "NaN" (a string) for the error of a single iteration: no error known."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return 0.0
    return value if value == value and not math.isinf(value) else 0.0


def ratio(a, ea, b, eb):
    r = a / b
    return r, r * math.sqrt((error(ea) / a) ** 2 + (error(eb) / b) ** 2)


def main(path):
    scores = load(path)
    sizes = sorted({size for _, size in scores}, key=lambda s: float(s.rstrip("KB") or 0))
    print("| benchmark | size | forks | ops/s | ± (99.9%) | bytes/op | ± (99.9%) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for (name, size), s in sorted(scores.items()):
        score, err, forks = s["ops"]
        b = s["bytes"]
        print(f"| `{name}` | {size} | {forks} | {score:,.0f} | {error(err):,.0f} | "
              + (f"{b[0]:,.0f} | {error(b[1]):,.0f} |" if b else "- | - |"))
    print()
    print("| target | size | ratio | ± | target | met? |")
    print("|---|---|---:|---:|---:|---|")
    for what, num, den, metric, target, at_least in TARGETS:
        for size in sizes:
            a, b = scores.get((num, size)), scores.get((den, size))
            if not a or not b or not a[metric] or not b[metric]:
                continue
            (va, ea), (vb, eb) = a[metric][:2], b[metric][:2]
            r, e = ratio(va, ea, vb, eb)
            if target is None:
                verdict, shown = "(no target)", "-"
            else:
                met = r >= target if at_least else r <= target
                shown = ("≥ " if at_least else "≤ ") + f"{target:.2f}"
                verdict = "yes" if met else "**no**"
            print(f"| {what} | {size} | {r:.2f} | {e:.2f} | {shown} | {verdict} |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: jmh_ratios.py RESULTS.json")
    main(sys.argv[1])
