#!/usr/bin/env python3
"""`make bench`: every benchmark of farsi_press; prints tables and writes benchmarks/results.md.

    python benchmarks/run.py --shared ../shared [--repeat 3] [--profile] [--skip-analyze]

- bench_normalize: normalize throughput (chars/s) over the Fars corpus for farsi_press, hazm and
  parsivar in the same run, peak memory, cold start (see that module);
- bench_analyze (when benchmarks/bench_analyze.py exists): its `main()` is called and whatever it
  returns (a Markdown string, or a dict rendered as JSON) goes into the results file.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_normalize  # noqa: E402


def _load(name: str):
    path = HERE / f"{name}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _call_main(fn, argv: list[str]):
    """Call a benchmark's main() with our --shared: as its argv parameter when it takes one, else
    through sys.argv (for a main() that parses sys.argv itself)."""
    import inspect
    try:
        takes_arg = bool(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        takes_arg = False
    if takes_arg:
        return fn(argv)
    saved = sys.argv
    sys.argv = [fn.__module__, *argv]
    try:
        return fn()
    finally:
        sys.argv = saved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(HERE.parent / ".." / "shared"))
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the corpus per tool")
    ap.add_argument("--profile", action="store_true", help="profile farsi_press even when it meets the target")
    ap.add_argument("--tools", default="farsi_press,farsi_press+map,hazm,parsivar")
    ap.add_argument("--skip-analyze", action="store_true", help="do not run bench_analyze")
    ap.add_argument("--results", default=str(HERE / "results.md"), help="Markdown file to write")
    args = ap.parse_args(argv)

    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    sections = [f"# farsi_press benchmarks\n\nRun {started} on {platform.machine()}, Python "
                f"{platform.python_version()}, {platform.system()}; `python benchmarks/run.py "
                f"{' '.join(argv if argv is not None else sys.argv[1:])}`.\n"]
    failed = False
    try:
        argv_n = ["--shared", args.shared, "--repeat", str(args.repeat), "--tools", args.tools]
        if args.profile:
            argv_n.append("--profile")
        report = bench_normalize.main(argv_n)
        text = bench_normalize.render(report)
        (HERE / "results-normalize.json").write_text(json.dumps(report, ensure_ascii=False, indent=1),
                                                    encoding="utf-8")
    except BaseException as exc:  # one failing benchmark never stops the rest
        if isinstance(exc, KeyboardInterrupt):
            raise
        failed = True
        text = f"## Normalizer\n\nfailed: {type(exc).__name__}: {exc}\n"
        traceback.print_exc()
    print(text)
    sections.append(text)

    analyze = None if args.skip_analyze else _load("bench_analyze")
    if analyze is not None and hasattr(analyze, "main"):
        try:
            res = _call_main(analyze.main, ["--shared", args.shared, "--json", str(HERE / "results-analyze.json")])
            if isinstance(res, str):
                text = res
            elif res is None or isinstance(res, int):
                text = "## analyze\n\n(bench_analyze printed its own results)\n"
                failed |= bool(res)
            else:
                text = "## analyze\n\n```json\n" + json.dumps(res, ensure_ascii=False, indent=1) + "\n```\n"
        except SystemExit as exc:
            text = "## analyze\n\n(bench_analyze exited with status {})\n".format(exc.code)
            failed |= bool(exc.code)
        except Exception as exc:
            failed = True
            text = f"## analyze\n\nfailed: {type(exc).__name__}: {exc}\n"
            traceback.print_exc()
        print(text)
        sections.append(text)

    Path(args.results).write_text("\n".join(sections), encoding="utf-8")
    print(f"wrote {args.results}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
