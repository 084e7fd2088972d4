#!/usr/bin/env python3
"""Summarises a JFR recording of one JMH benchmark fork: where the CPU samples and the sampled
allocations of the benchmark thread go, by read stage, by method and by class.

JDK 17's `jfr` tool has `print`, `summary` and `metadata` but no `view`, so this reads
`jfr print --json`. Only the JMH worker thread's events are counted, and only those of the last
WINDOW seconds (the measurement iterations; the warm-up's interpreted code is left out).

    python3 benchmarks/profiling/jfr_summary.py RECORDING.jfr WINDOW_SECONDS [ROWS] [GENERATED]

GENERATED is a file of the simple names of the Immutables-generated model types, one a line
(`ls core/target/generated-sources/annotations/dev/entente/model | sed 's/.java$//'`): a sample
under `X.Builder.build()` or `X.<init>` of one of them is "builders to values".

The stage of a sample (innermost frame first):
- validation: a frame of dev.entente.validation or StatementValidation on the stack;
- builders to values: a generated type's Builder.build(), constructor, validate() or list copy;
- tokens: the innermost frame is Jackson's parser (tools.jackson.core), decoding included;
- tokens to builders: any other sample under Entente's codecs or model (member lookup, scalar
  parsing, references, builder creation and setters);
- the rest: Jackson databind (the plain records), EntenteJson's own code, JMH and the JVM.
"""
import json
import subprocess
import sys
from collections import Counter
from datetime import datetime

GENERATED = set()


def events(path, kind):
    out = subprocess.run(["jfr", "print", "--json", "--events", kind, path],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def when(ev):
    t = ev["values"]["startTime"].rstrip("Z")
    whole, _, frac = t.partition(".")
    return datetime.fromisoformat(whole).timestamp() + float("0." + (frac or "0"))


def worker(ev):
    t = ev["values"].get("sampledThread") or ev["values"].get("eventThread") or {}
    return "jmh-worker" in (t.get("javaName") or "")


def in_window(evs, window):
    if not evs:
        return evs
    end = max(when(e) for e in evs)
    return [e for e in evs if when(e) >= end - window]


def frames(ev):
    st = ev["values"].get("stackTrace") or {}
    return [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
            for f in st.get("frames", [])]


def stage(fs):
    if any(".validation." in f or "StatementValidation" in f for f in fs):
        return "validation"
    for f in fs:
        if f.startswith("dev.entente.model."):
            cls, _, meth = f[len("dev.entente.model."):].rpartition(".")
            if (cls.endswith("$Builder") and cls[:-len("$Builder")] in GENERATED
                    and meth == "build") or (cls in GENERATED and meth in (
                        "<init>", "validate", "createUnmodifiableList", "createSafeList")):
                return "builders to values"
    if fs and fs[0].startswith("tools.jackson.core."):
        return "tokens (Jackson's parser or generator)"
    if any(f.startswith("dev.entente.serialization.internal.") or f.startswith("dev.entente.model.")
           or f.startswith("dev.entente.time.") for f in fs):
        return "tokens to builders (codecs)"
    if any(f.startswith("dev.entente.serialization.") for f in fs):
        return "EntenteJson's own code"
    if any(f.startswith("tools.jackson.databind.") for f in fs):
        return "Jackson databind"
    return "other (stack not walked to a library frame, JMH, JVM)"


def innermost_library_frame(fs):
    return next((f for f in fs if f.startswith("dev.entente.") or f.startswith("tools.jackson.")),
                "(none)")


def table(title, counter, total, rows):
    print(f"\n{title}")
    for key, value in counter.most_common(rows):
        print(f"  {100.0 * value / total:5.1f}%  {key}")


def main(path, window, rows):
    samples = in_window([e for e in events(path, "jdk.ExecutionSample") if worker(e)], window)
    stacks = [frames(e) for e in samples]
    print(f"{path}: {len(stacks)} CPU samples of the benchmark thread in the last {window} s")
    if stacks:
        total = len(stacks)
        table("CPU by stage", Counter(stage(f) for f in stacks), total, rows)
        table("CPU, self, by innermost Entente or Jackson method (JDK frames charged to it)",
              Counter(innermost_library_frame(f) for f in stacks), total, rows)
        table("CPU, self, top frame", Counter(f[0] for f in stacks if f), total, rows)
        inclusive = Counter()
        for f in stacks:
            for method in set(f):
                if method.startswith("dev.entente.") and ".benchmarks." not in method:
                    inclusive[method] += 1
        table("CPU, inclusive, Entente methods", inclusive, total, rows)
    allocations = in_window(
        [e for e in events(path, "jdk.ObjectAllocationSample") if worker(e)], window)
    weight = sum(e["values"]["weight"] for e in allocations) or 1
    print(f"\n{len(allocations)} allocation samples of the benchmark thread,"
          f" weight {weight / 1e6:.1f} MB")
    by_stage, by_class, by_site = Counter(), Counter(), Counter()
    for e in allocations:
        fs = frames(e)
        w = e["values"]["weight"]
        cls = e["values"]["objectClass"]["name"].replace("/", ".")
        by_stage[stage(fs)] += w
        by_class[cls] += w
        by_site[innermost_library_frame(fs) + " [" + cls + "]"] += w
    table("Allocation by stage", by_stage, weight, rows)
    table("Allocation by class", by_class, weight, rows)
    table("Allocation by innermost Entente or Jackson method [class]", by_site, weight, rows)


if __name__ == "__main__":
    if len(sys.argv) > 4:
        GENERATED.update(open(sys.argv[4]).read().split())
    main(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 20)
