"""The `farsi-press` command: `normalize` and `analyze` Persian news from files, stdin or JSONL.

    farsi-press normalize [FILE]                   # stdin → stdout when FILE is absent or '-'
    farsi-press analyze FILE... [--format json|jsonl|text] [--output OUT]
    farsi-press analyze --input-jsonl IN.jsonl --text-field text --id-field id \\
        --output OUT.jsonl [--processes N]

Exit status: 0 on success, 1 when any input failed (its error is reported and the rest goes on),
2 on wrong usage.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import sys
import time
import typing
from collections import deque
from dataclasses import fields
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

_MAIN_HELP = """\
Read Persian (Farsi) news like an analyst: normalize the text (letters, digits, ZWNJ, split
words, PDF line breaks), then find sentences, people, titles, organizations, places, the
officials who hold which office, the reporting source and every quote with its speaker.

commands:
  normalize   clean up Persian text (file or stdin → stdout)
  analyze     analyze articles into JSON (files, or a JSONL corpus, streaming)

Run `farsi-press COMMAND --help` for the options of each command.
"""

_NORMALIZE_EPILOG = """\
examples:
  farsi-press normalize article.txt > clean.txt
  echo "این کار انجام می شود" | farsi-press normalize
  farsi-press normalize --digits latin --no-zwnj article.txt
"""

_ANALYZE_EPILOG = """\
inputs:
  FILE.txt (any other name)   one article per file; its id is the file name without extension
  FILE.json                   an object with a "text" field (and an "id"), or an array of them
  FILE.jsonl                  one JSON object per line, like --input-jsonl
  -                           one article read from stdin

output formats (default: from the --output extension, else `text` for FILE inputs and
`jsonl` for --input-jsonl):
  jsonl   one JSON object per document and line (the format of SPEC.md)
  json    one indented JSON object; an array when there is more than one document
  text    a readable summary: source, officials, quotes with speakers, entities

A bad input (unreadable file, invalid JSON, a line that is not an object, a missing or
non-string text field) gives the error record {"id": ..., "line": N, "error": "..."} in its
place; the other inputs go on and the exit status is 1.

examples:
  farsi-press analyze article.txt
  farsi-press analyze data/*.json --format jsonl --output out.jsonl
  farsi-press analyze --input-jsonl corpus.jsonl --text-field body --id-field url \\
      --output out.jsonl --processes -1
  cat article.txt | farsi-press analyze - --format json
"""


class _UsageError(Exception):
    pass


# --- options -------------------------------------------------------------------------------------

def _normalizer_fields() -> list[tuple[str, Any, Any, str]]:
    """(name, type, default, help) for every normalizer option, read from NormalizerOptions."""
    from farsi_press.normalize import NormalizerOptions

    hints = typing.get_type_hints(NormalizerOptions)
    doc = _field_docs(NormalizerOptions)
    return [(f.name, hints[f.name], f.default, doc.get(f.name, "")) for f in fields(NormalizerOptions)]


def _field_docs(cls: type) -> dict[str, str]:
    """The `#:` comments above each field of a dataclass (its option help)."""
    import inspect

    try:
        lines = inspect.getsource(cls).splitlines()
    except (OSError, TypeError):
        return {}
    docs: dict[str, str] = {}
    pending: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("#:"):
            pending.append(stripped[2:].strip())
        elif ":" in stripped and pending:
            docs[stripped.split(":", 1)[0].strip()] = " ".join(pending)
            pending = []
        else:
            pending = []
    return docs


def _add_normalizer_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("normalizer options (every step is on by default)")
    for name, kind, default, help_text in _normalizer_fields():
        flag = name.replace("_", "-")
        if kind is bool:
            group.add_argument(f"--no-{flag}", dest=f"opt_{name}", action="store_false", default=default,
                               help=f"do not: {help_text[:1].lower()}{help_text[1:]}" if help_text else None)
        else:
            choices = typing.get_args(kind) or None
            group.add_argument(f"--{flag}", dest=f"opt_{name}", choices=choices, default=default,
                               help=f"{help_text} (default: {default})" if help_text else None)


def _normalizer_options(args: argparse.Namespace) -> dict[str, Any]:
    opts = {}
    for name, _, default, _ in _normalizer_fields():
        value = getattr(args, f"opt_{name}", default)
        if value != default:
            opts[name] = value
    return opts


def _processes(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n == 0 or n < -1:
        raise argparse.ArgumentTypeError("give a positive number of processes, or -1 for all cores")
    return n


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def build_parser() -> argparse.ArgumentParser:
    from farsi_press import __version__

    parser = argparse.ArgumentParser(prog="farsi-press", description=_MAIN_HELP,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"farsi-press {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    norm = sub.add_parser("normalize", help="clean up Persian text (file or stdin → stdout)",
                          description="Normalize Persian text: Arabic letters to Persian, one digit "
                                      "script, punctuation and spacing, ZWNJ, words split by a stray "
                                      "space, PDF hard line breaks.",
                          epilog=_NORMALIZE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    norm.add_argument("file", nargs="?", default="-", metavar="FILE",
                      help="UTF-8 text file to normalize; stdin when absent or '-'")
    norm.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    _add_normalizer_options(norm)

    ana = sub.add_parser("analyze", help="analyze articles into JSON (files or a JSONL corpus)",
                         description="Analyze Persian news articles: normalized text, sentences, "
                                     "entities (PERSON, TITLE, ORG, LOC), officials, reporting "
                                     "source and quotes with their speakers.",
                         epilog=_ANALYZE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ana.add_argument("files", nargs="*", metavar="FILE", help="articles to analyze (see 'inputs' below)")
    ana.add_argument("--input-jsonl", metavar="IN.jsonl",
                     help="a JSONL corpus, one article object per line ('-' for stdin); streamed: "
                          "one output line per input line, in order")
    ana.add_argument("--text-field", default="text", metavar="NAME",
                     help="field holding the article text in JSON inputs (default: text)")
    ana.add_argument("--id-field", default="id", metavar="NAME",
                     help="field holding the article id in JSON inputs (default: id)")
    ana.add_argument("-f", "--format", choices=("json", "jsonl", "text"),
                     help="output format (see below)")
    ana.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    ana.add_argument("-p", "--processes", type=_processes, default=1, metavar="N",
                     help="worker processes (default: 1; -1: every core)")
    ana.add_argument("--batch-size", type=_positive, default=16, metavar="N",
                     help="articles sent to a worker at a time (default: 16)")
    ana.add_argument("-q", "--quiet", action="store_true",
                     help="no progress bar (it is shown only when stderr is a terminal)")
    _add_normalizer_options(ana)
    return parser


# --- reading -------------------------------------------------------------------------------------

def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _decode(data: bytes, name: str, warn: list[str]) -> str:
    """UTF-8 text of data (a BOM dropped); invalid bytes become U+FFFD with a warning."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warn.append(f"{name}: invalid UTF-8 at byte {exc.start}; undecodable bytes replaced by U+FFFD")
        return data.decode("utf-8-sig", errors="replace")


class _Progress:
    """A one-line progress display on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool, total_bytes: int | None = None) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.total = total_bytes
        self.done_bytes = 0
        self.count = 0
        self.start = self.last = time.monotonic()

    def update(self, n_bytes: int = 0) -> None:
        self.count += 1
        self.done_bytes += n_bytes
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.2:
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.count / max(now - self.start, 1e-9)
        if self.total:
            frac = min(self.done_bytes / self.total, 1.0)
            bar = "#" * int(frac * 30)
            line = f"\ranalyze [{bar:<30}] {frac:4.0%}  {self.count} docs  {rate:.1f} docs/s"
        else:
            line = f"\ranalyze  {self.count} docs  {rate:.1f} docs/s"
        sys.stderr.write(line)
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            sys.stderr.write("\n")
            sys.stderr.flush()


# Work items: ("line", lineno, raw bytes) from JSONL, ("doc", id, text), ("error", record).

def _jsonl_items(stream: IO[bytes], progress: _Progress) -> Iterator[tuple]:
    for lineno, raw in enumerate(stream, 1):
        if not raw.strip():
            progress.done_bytes += len(raw)
            continue
        yield ("line", lineno, raw, len(raw))


def _file_items(paths: list[str], text_field: str, id_field: str, warn: list[str],
                progress: _Progress) -> Iterator[tuple]:
    for path in paths:
        stem = "-" if path == "-" else Path(path).stem
        doc_id = None if path == "-" else stem
        if path != "-" and path.endswith(".jsonl"):
            try:
                stream = open(path, "rb")
            except OSError as exc:
                yield ("error", {"id": doc_id, "line": None, "file": path, "error": f"cannot read: {exc.strerror}"})
                continue
            with stream:
                for item in _jsonl_items(stream, progress):
                    yield item
            continue
        try:
            data = _read_bytes(path)
        except OSError as exc:
            yield ("error", {"id": doc_id, "line": None, "file": path, "error": f"cannot read: {exc.strerror}"})
            continue
        text = _decode(data, path, warn)
        if path.endswith(".json"):
            yield from _json_file_items(path, text, stem, text_field, id_field)
        else:
            yield ("doc", doc_id, text, len(data))


def _json_file_items(path: str, text: str, stem: str, text_field: str, id_field: str) -> Iterator[tuple]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ("error", {"id": stem, "line": exc.lineno, "file": path, "error": f"invalid JSON: {exc.msg}"})
        return
    objects = obj if isinstance(obj, list) else [obj]
    for i, rec in enumerate(objects):
        default_id = stem if not isinstance(obj, list) else f"{stem}:{i}"
        if not isinstance(rec, dict):
            yield ("error", {"id": default_id, "line": None, "file": path,
                             "error": "not a JSON object with a text field"})
            continue
        doc_id = rec.get(id_field, default_id)
        value = rec.get(text_field)
        if not isinstance(value, str):
            what = "missing" if text_field not in rec else "not a string"
            yield ("error", {"id": doc_id, "line": None, "file": path,
                             "error": f"field {text_field!r} is {what}"})
            continue
        yield ("doc", doc_id, value, len(value))


# --- analysis tasks (module level so that they pickle to worker processes) ----------------------

def _task(text_field: str, id_field: str, as_json: bool, pipeline: Any, item: tuple) -> Any:
    from farsi_press.batch import LineError, jsonl_document, jsonl_record

    kind = item[0]
    if kind == "line":
        task = jsonl_record if as_json else jsonl_document
        return task(text_field, id_field, pipeline, (item[1], item[2]))
    if kind == "doc":
        try:
            doc = pipeline.analyze(item[2], id=item[1])
        except Exception as exc:
            raise LineError({"id": item[1], "line": None,
                             "error": f"analysis failed: {type(exc).__name__}: {exc}"}) from None
        return doc.to_json() if as_json else doc
    raise LineError(item[1])


# --- writing -------------------------------------------------------------------------------------

def _summary(doc_or_record: Any) -> str:
    """The `text` output format of one document (or error record)."""
    if isinstance(doc_or_record, dict):
        rec = doc_or_record
        where = f" line {rec['line']}" if rec.get("line") else ""
        doc_id = rec.get("id") if rec.get("id") is not None else "(no id)"
        return f"== {doc_id}{where}: ERROR {rec['error']}\n\n"
    doc = doc_or_record
    out = [f"== {doc.id if doc.id is not None else '(no id)'}"]
    title = doc.text.strip().split("\n", 1)[0][:120] if doc.text.strip() else ""
    if title:
        out.append(title)
    out.append(f"sentences: {len(doc.sentences)}   entities: {len(doc.entities)}   "
               f"officials: {len(doc.officials)}   quotes: {len(doc.quotes)}")
    if doc.source is not None:
        out.append(f"source: {doc.source.text}")
    if doc.officials:
        out.append("officials:")
        for o in doc.officials:
            titles = "، ".join(o.titles) or "-"
            out.append(f"  [{o.id}] {o.name or '(no name)'} — {titles}  ({len(o.mentions)} mentions)")
    if doc.quotes:
        out.append("quotes:")
        for q in doc.quotes:
            who = q.speaker_name or q.speaker_title or (q.speaker.text if q.speaker else "?")
            if q.speaker_name and q.speaker_title:
                who = f"{q.speaker_name} ({q.speaker_title})"
            out.append(f"  {q.kind:8} {who} {q.cue}: «{q.text}»")
    if doc.entities:
        out.append("entities:")
        by_label: dict[str, list[str]] = {}
        for e in doc.entities:
            names = by_label.setdefault(e.label, [])
            if e.text not in names:
                names.append(e.text)
        for label, names in by_label.items():
            out.append(f"  {label:6} " + "، ".join(names))
    return "\n".join(out) + "\n\n"


class _Writer:
    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        self.held: str | None = None  # the first JSON document, until we know if an array is needed
        self.n = 0

    def write(self, result: Any) -> None:
        self.n += 1
        if self.fmt == "text":
            self.out.write(_summary(result))
            return
        if isinstance(result, dict):
            line = json.dumps(result, ensure_ascii=False)
        elif isinstance(result, str):
            line = result
        else:
            line = result.to_json()
        if self.fmt == "jsonl":
            self.out.write(line + "\n")
            return
        pretty = json.dumps(json.loads(line), ensure_ascii=False, indent=2)
        if self.n == 1:
            self.held = pretty
            return
        if self.n == 2:
            self.out.write("[\n" + _indent(self.held) + ",\n")
            self.held = None
        else:
            self.out.write(",\n")
        self.out.write(_indent(pretty))

    def close(self) -> None:
        if self.fmt != "json":
            return
        if self.n == 0:
            self.out.write("[]\n")
        elif self.n == 1:
            self.out.write(self.held + "\n")
        else:
            self.out.write("\n]\n")


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))


def _open_output(path: str | None) -> IO[str]:
    if path is None or path == "-":
        return open(sys.stdout.fileno(), "w", encoding="utf-8", errors="backslashreplace", newline="\n", closefd=False)
    try:
        return open(path, "w", encoding="utf-8", errors="backslashreplace", newline="\n")
    except OSError as exc:
        raise _UsageError(f"cannot write {path}: {exc.strerror}") from None


# --- commands ------------------------------------------------------------------------------------

def cmd_normalize(args: argparse.Namespace) -> int:
    from farsi_press.normalize import Normalizer

    normalizer = Normalizer(**_normalizer_options(args))
    try:
        data = _read_bytes(args.file)
    except OSError as exc:
        print(f"farsi-press normalize: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILED
    warn: list[str] = []
    text = _decode(data, "stdin" if args.file == "-" else args.file, warn)
    result = normalizer.normalize(text)
    if text.endswith("\n") and not result.endswith("\n"):
        result += "\n"
    out = _open_output(args.output)
    with out:
        out.write(result)
    for message in warn:
        print(f"farsi-press normalize: {message}", file=sys.stderr)
    return EXIT_FAILED if warn else EXIT_OK


def cmd_analyze(args: argparse.Namespace) -> int:
    from farsi_press.batch import LineError, ordered_map

    if args.files and args.input_jsonl:
        raise _UsageError("give FILE arguments or --input-jsonl, not both")
    if not args.files and not args.input_jsonl:
        raise _UsageError("nothing to analyze: give FILE arguments or --input-jsonl IN.jsonl "
                          "(see farsi-press analyze --help)")
    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lower() if args.output else ""
        fmt = {".jsonl": "jsonl", ".json": "json", ".txt": "text"}.get(
            suffix, "jsonl" if args.input_jsonl else "text")

    warn: list[str] = []
    progress: _Progress
    stream: IO[bytes] | None = None
    if args.input_jsonl:
        if args.input_jsonl == "-":
            stream = sys.stdin.buffer
            total = None
        else:
            try:
                stream = open(args.input_jsonl, "rb")
            except OSError as exc:
                print(f"farsi-press analyze: cannot read {args.input_jsonl}: {exc.strerror}", file=sys.stderr)
                return EXIT_FAILED
            total = os.fstat(stream.fileno()).st_size or None
        progress = _Progress(not args.quiet, total)
        items: Iterable[tuple] = _jsonl_items(stream, progress)
    else:
        total = sum(_size(p) for p in args.files) or None
        progress = _Progress(not args.quiet, total)
        items = _file_items(args.files, args.text_field, args.id_field, warn, progress)

    task = functools.partial(_task, args.text_field, args.id_field, fmt != "text")
    # This process is the command's own: its tables, loaded once, are moved out of the garbage
    # collector's reach (`gc.freeze`), which otherwise scans them again and again while articles are
    # read (about 2% of a run). A library call never does this (it would be process-wide).
    from farsi_press.pipeline import Pipeline

    options = _normalizer_options(args)
    local = Pipeline(**options)
    local._warm()
    gc.freeze()
    out = _open_output(args.output)
    failed = 0
    try:
        with out:
            writer = _Writer(out, fmt)
            sizes = _Sizes(items)
            for result in ordered_map(task, sizes, options, n_process=args.processes,
                                      batch_size=args.batch_size, local=local):
                if isinstance(result, LineError):
                    failed += 1
                    writer.write(result.record)
                elif isinstance(result, BaseException):
                    failed += 1
                    writer.write({"id": None, "line": None, "error": f"{type(result).__name__}: {result}"})
                else:
                    writer.write(result)
                progress.update(sizes.pop())
            writer.close()
    finally:
        progress.close()
        if stream is not None and stream is not sys.stdin.buffer:
            stream.close()
    for message in warn:
        print(f"farsi-press analyze: {message}", file=sys.stderr)
    if failed:
        print(f"farsi-press analyze: {failed} of {progress.count} inputs failed (see their error records)",
              file=sys.stderr)
    return EXIT_FAILED if failed or warn else EXIT_OK


class _Sizes:
    """Passes work items through, remembering their byte sizes for the progress bar."""

    def __init__(self, items: Iterable[tuple]) -> None:
        self.items = iter(items)
        self.sizes: deque[int] = deque()  # as long as the items in flight

    def __iter__(self) -> Iterator[tuple]:
        for item in self.items:
            sized = item[0] in ("line", "doc")
            self.sizes.append(item[-1] if sized else 0)
            yield item[:-1] if sized else item

    def pop(self) -> int:
        return self.sizes.popleft() if self.sizes else 0


def _size(path: str) -> int:
    try:
        return 0 if path == "-" else os.path.getsize(path)
    except OSError:
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "normalize":
            return cmd_normalize(args)
        return cmd_analyze(args)
    except _UsageError as exc:
        parser.exit(EXIT_USAGE, f"farsi-press {args.command}: error: {exc}\n")
    except KeyboardInterrupt:
        print("farsi-press: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): stop quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
