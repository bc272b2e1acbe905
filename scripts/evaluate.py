#!/usr/bin/env python3
"""`make eval`: the figures of ../shared/eval/score.py for farsi_press, hazm and parsivar, side by side.

score.py imports `farsi_press` and calls `farsi_press.normalize` (and `.sentences`). For a baseline
each check runs in a subprocess whose PYTHONPATH starts with a shim package directory holding a
module named `farsi_press` whose `normalize()` is hazm's (or parsivar's) normalizer and whose
`sentences()` is its sentence tokenizer. Every check is one subprocess with `--json`; a check that
fails or times out prints "n/a" and the run goes on.

    python scripts/evaluate.py --shared ../shared [--quick] [--out eval-results.json]

Output: a table on stdout and a JSON file with every figure, the command that produced it and
any error.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ("farsi_press", "hazm", "parsivar")

# The shim modules standing in for farsi_press when a baseline is scored.
_SHIM_COMMON = '''
"""Stand-in `farsi_press` for scoring a baseline with ../shared/eval/score.py."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _spans(text, pieces):
    """Character spans of the sentence strings a tokenizer returned, found in order in text."""
    out, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        i = text.find(piece, pos)
        if i < 0:  # the tokenizer changed the text: fall back on the length
            i = pos
        out.append(Span(i, min(len(text), i + len(piece))))
        pos = i + len(piece)
    return out
'''

SHIMS = {
    "hazm": _SHIM_COMMON + '''
from hazm import Normalizer as _Normalizer, SentenceTokenizer as _SentenceTokenizer

_normalizer = _Normalizer()
_sentencer = _SentenceTokenizer()


def normalize(text, **options):
    return _normalizer.normalize(text)


def sentences(text):
    return _spans(text, _sentencer.tokenize(text))
''',
    "parsivar": _SHIM_COMMON + '''
from parsivar import Normalizer as _Normalizer, Tokenizer as _Tokenizer

_normalizer = _Normalizer()
_tokenizer = _Tokenizer()


def normalize(text, **options):
    return _normalizer.normalize(text)


def sentences(text):
    return _spans(text, _tokenizer.tokenize_sentences(text))
''',
}


@dataclass
class Figure:
    """One number of the table: which check, how to read it from score.py's JSON, its target."""

    group: str
    label: str
    check: str                      # key of the score.py run (shared between figures)
    path: tuple[str, ...]           # where in the JSON report
    tools: tuple[str, ...] = TOOLS
    target: str = ""                # e.g. ">= 0.97"
    values: dict[str, float | None] = field(default_factory=dict)


@dataclass
class Check:
    """One run of score.py (or of the CLI and score.py) for one tool."""

    key: str
    args: list[str]
    tools: tuple[str, ...] = TOOLS
    timeout: float = 1800.0
    needs_analyze: str | None = None  # gold folder to run `farsi-press analyze` on first
    script: str | None = None         # a script of ours to run instead of score.py (same protocol)


def build_checks(shared: Path, quick: bool) -> tuple[list[Check], list[Figure]]:
    data = shared / "data"
    zwnj = data / "zwnj"
    ud = {"perdt": zwnj / "ud-perdt-dev.txt", "seraji": zwnj / "ud-seraji.txt"}
    limit = ["--limit", "300"] if quick else []
    checks = [Check("normalize", ["normalize", "--cases", str(data / "normalize" / "cases-dev.tsv")])]
    figures = [Figure("normalize", "cases-dev accuracy", "normalize", ("accuracy",), target=">= 0.97")]
    for name, path in ud.items():
        checks.append(Check(f"zwnj.{name}", ["zwnj", "--text", str(path), *limit]))
        checks.append(Check(f"splits.{name}", ["splits", "--text", str(path), *limit]))
        figures += [
            Figure("zwnj", f"{name}: ZWNJ F1 (space)", f"zwnj.{name}", ("space", "zwnj", "f1"), target=">= 0.98"),
            Figure("zwnj", f"{name}: line exact (space)", f"zwnj.{name}", ("space", "line_exact"), target=">= 0.90"),
            Figure("zwnj", f"{name}: ZWNJ F1 (glued)", f"zwnj.{name}", ("glued", "zwnj", "f1"), target=">= 0.90"),
            Figure("splits", f"{name}: repair rate", f"splits.{name}", ("repair_rate",), target=">= 0.80"),
        ]
    checks += [
        Check("reflow.wrapped", ["reflow", "--gold", str(data / "dev"), "--wrapped", str(data / "dev-wrapped"),
                                 "--details"]),
        Check("reflow.clean", ["reflow", "--gold", str(data / "dev"), "--wrapped", str(data / "dev"), "--details"]),
    ]
    figures += [
        Figure("reflow", "dev-wrapped: break F1", "reflow.wrapped", ("breaks", "f1"), target=">= 0.97"),
        Figure("reflow", "dev-wrapped: documents exact", "reflow.wrapped", ("documents_exact",), target=">= 0.80"),
        Figure("reflow", "dev (clean): break F1", "reflow.clean", ("breaks", "f1"), target="= 1.0"),
        Figure("reflow", "dev (clean): documents exact", "reflow.clean", ("documents_exact",), target="= 1.0"),
    ]
    synth_limit = "60" if quick else "200"
    checks.append(Check("reflow.synthetic", ["--shared", str(shared), "--limit", synth_limit],
                        script=str(ROOT / "scripts" / "reflow_synthetic.py")))
    figures.append(Figure("reflow", f"corpus wrapped ({synth_limit} articles): clean F1", "reflow.synthetic",
                          ("clean", "breaks", "f1")))
    for style in ("blank", "single", "mixed", "proportional"):
        figures += [
            Figure("reflow", f"corpus wrapped, {style}: break F1", "reflow.synthetic", (style, "breaks", "f1")),
            Figure("reflow", f"corpus wrapped, {style}: documents exact", "reflow.synthetic",
                   (style, "documents_exact")),
        ]
    for name, path in ud.items():
        checks.append(Check(f"sentences.{name}", ["sentences", "--text", str(path), "--group", "5"]))
        figures.append(Figure("sentences", f"{name}: boundary F1 (group 5)", f"sentences.{name}",
                              ("boundaries", "f1")))
    fp = ("farsi_press",)
    for name in ("dev", "dev-wrapped"):
        key = f"analysis.{name}"
        checks.append(Check(key, ["analysis", "--gold", str(data / name)], tools=fp, needs_analyze=str(data / name)))
        figures += [
            Figure("analysis", f"{name}: entities micro F1", key, ("entities_micro", "f1"), tools=fp),
            Figure("analysis", f"{name}: quotes F1", key, ("quotes", "f1"), tools=fp),
            Figure("analysis", f"{name}: speaker accuracy", key, ("speaker_accuracy",), tools=fp),
            Figure("analysis", f"{name}: quote+speaker F1", key, ("quote_and_speaker", "f1"), tools=fp),
            Figure("analysis", f"{name}: quote kind accuracy", key, ("kind_accuracy",), tools=fp),
            Figure("analysis", f"{name}: official linking F1", key, ("official_linking", "f1"), tools=fp),
            Figure("analysis", f"{name}: source accuracy", key, ("source_accuracy",), tools=fp),
        ]
    conll_limit = ["--limit", "200"] if quick else []
    for name in ("peyma-dev", "arman-fold1", "parstwiner-dev"):
        key = f"conll.{name}"
        checks.append(Check(key, ["conll", "--gold", str(data / "ner" / f"{name}.tsv"), *conll_limit], tools=fp,
                            timeout=3600.0))
        figures += [Figure("conll", f"{name}: {lab} F1", key, (lab, "f1"), tools=fp)
                    for lab in ("PER", "ORG", "LOC", "micro")]
    return checks, figures


def _env(tool: str, shim_root: Path) -> dict[str, str]:
    env = dict(os.environ)
    first = str(ROOT / "src") if tool == "farsi_press" else str(shim_root / tool)
    env["PYTHONPATH"] = os.pathsep.join([first] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("farsi-press")
    return [str(script)] if script.exists() else [sys.executable, "-m", "farsi_press"]


def run_check(check: Check, tool: str, score: Path, shim_root: Path, tmp: Path) -> dict:
    """Run one check for one tool; returns {"report": ..., "seconds": ...} or {"error": ...}."""
    env = _env(tool, shim_root)
    args = list(check.args)
    t0 = time.perf_counter()
    try:
        if check.needs_analyze:
            pred = tmp / f"{check.key}.{tool}.jsonl"
            gold_files = sorted(str(p) for p in Path(check.needs_analyze).glob("*.json"))
            cmd = [*_cli(), "analyze", *gold_files, "--format", "jsonl", "--output", str(pred)]
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=check.timeout, cwd=ROOT)
            if not pred.exists() or pred.stat().st_size == 0:
                tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
                return {"error": f"farsi-press analyze failed (exit {proc.returncode}): {' | '.join(tail)}"}
            args += ["--pred", str(pred)]
        cmd = [sys.executable, check.script or str(score), *args, "--json"]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=check.timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {check.timeout:.0f} s"}
    except OSError as exc:
        return {"error": f"could not run: {exc}"}
    seconds = round(time.perf_counter() - t0, 1)
    out_lines = proc.stdout.strip().splitlines()
    lines = [ln for ln in out_lines if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        return {"error": f"exit {proc.returncode}: {' | '.join(tail)}", "seconds": seconds}
    details = [ln for ln in out_lines if not ln.startswith("{")] if "--details" in args else []
    try:
        return {"report": json.loads(lines[-1]), "seconds": seconds, **({"details": details} if details else {})}
    except json.JSONDecodeError as exc:
        return {"error": f"bad JSON from score.py: {exc}", "seconds": seconds}


def _dig(report: dict | None, path: tuple[str, ...]) -> float | None:
    cur: object = report
    for p in path:
        if not isinstance(cur, dict) or p not in cur:
            return None
        cur = cur[p]
    return float(cur) if isinstance(cur, (int, float)) else None


def _fmt(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.4f}"


def _meets(target: str, v: float | None) -> str:
    if not target or v is None:
        return ""
    op, num = target.split()
    ok = v >= float(num) if op == ">=" else abs(v - float(num)) < 1e-9
    return "ok" if ok else "MISS"


def table(figures: list[Figure], tools: tuple[str, ...]) -> str:
    head = ["figure", *tools, "target", "vs target", "vs hazm"]
    rows = []
    for f in figures:
        fp, hz = f.values.get("farsi_press"), f.values.get("hazm")
        below = "" if fp is None or hz is None else ("BELOW" if fp < hz - 1e-9 else "ok")
        rows.append([f"{f.group}: {f.label}", *(_fmt(f.values.get(t)) if t in f.tools else "" for t in tools),
                     f.target, _meets(f.target, fp), below])
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([line(head), line(["-" * w for w in widths]), *map(line, rows)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT / ".." / "shared"), help="the shared folder (data/, eval/)")
    ap.add_argument("--out", default=str(ROOT / "eval-results.json"), help="where to write the JSON results")
    ap.add_argument("--quick", action="store_true", help="first 300 lines of zwnj/splits, 200 CoNLL sentences")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of " + ",".join(TOOLS))
    ap.add_argument("--only", default="", help="comma-separated check groups (normalize,zwnj,splits,reflow,"
                    "sentences,analysis,conll)")
    ap.add_argument("--jobs", type=int, default=max(1, min(6, (os.cpu_count() or 2))), help="parallel subprocesses")
    args = ap.parse_args(argv)

    shared = Path(args.shared).resolve()
    score = shared / "eval" / "score.py"
    if not score.exists():
        print(f"score.py not found under {shared}/eval: give --shared", file=sys.stderr)
        return 2
    tools = tuple(t for t in args.tools.split(",") if t in TOOLS)
    checks, figures = build_checks(shared, args.quick)
    if args.only:
        groups = set(args.only.split(","))
        checks = [c for c in checks if c.key.split(".")[0] in groups]
        figures = [f for f in figures if f.group in groups]

    work_root = Path(tempfile.mkdtemp(prefix="farsi-press-eval-"))
    shim_root = work_root / "shims"
    for name, source in SHIMS.items():
        pkg = shim_root / name / "farsi_press"
        pkg.mkdir(parents=True)
        (pkg / "__init__.py").write_text(source, encoding="utf-8")

    jobs = [(c, t) for c in checks for t in c.tools if t in tools]
    results: dict[tuple[str, str], dict] = {}
    t0 = time.perf_counter()
    try:
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = {pool.submit(run_check, c, t, score, shim_root, work_root): (c.key, t) for c, t in jobs}
            for fut, key in futures.items():
                try:
                    results[key] = fut.result()
                except Exception as exc:  # one failing figure never stops the rest
                    results[key] = {"error": f"{type(exc).__name__}: {exc}"}
                res = results[key]
                status = f"error: {res['error']}" if "error" in res else f"{res.get('seconds', 0)} s"
                print(f"  {key[0]:<24} {key[1]:<12} {status}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work_root, ignore_errors=True)

    for f in figures:
        for t in f.tools:
            if t in tools:
                f.values[t] = _dig(results.get((f.check, t), {}).get("report"), f.path)

    print()
    print(table(figures, tools))
    for key in (("reflow.wrapped", "farsi_press"), ("reflow.clean", "farsi_press")):
        details = results.get(key, {}).get("details")
        if details:
            print(f"\n{key[0]} misses of farsi_press (score.py --details):")
            for line in details[:20]:
                print(f"  {line}")
    errors = {f"{k[0]} / {k[1]}": r["error"] for k, r in results.items() if "error" in r}
    if errors:
        print("\nn/a because:")
        for k, e in errors.items():
            print(f"  {k}: {e}")
    out = {
        "shared": str(shared),
        "quick": args.quick,
        "seconds": round(time.perf_counter() - t0, 1),
        "figures": [{"group": f.group, "figure": f.label, "target": f.target or None,
                     **{t: f.values.get(t) for t in f.tools if t in tools}} for f in figures],
        "runs": {f"{k[0]}/{k[1]}": r for k, r in sorted(results.items())},
    }
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nwrote {args.out} ({out['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
