"""The farsi-press command: normalize, analyze files and JSONL, error records, exit status, help."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

import farsi_press as fp

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
ARTICLE = ("تشکیل ستاد حمل و نقل در ملارد\n\nبه گزارش خبرگزاری فارس از ملارد، فرماندار ملارد گفت: "
           "«کار ساماندهي تا پايان سال انجام مي شود.»\n\nوی افزود که اعتبار طرح تامین شده است.\n")


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "farsi_press", *args], input=stdin, capture_output=True,
                          env=ENV, cwd=cwd, timeout=300)


def jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


# --- normalize -------------------------------------------------------------------------------------

def test_normalize_stdin_to_stdout():
    r = run("normalize", stdin="كار انجام شد\n".encode())
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode() == fp.normalize("كار انجام شد\n") + ("" if fp.normalize("x\n").endswith("\n") else "\n")
    assert r.stderr == b""


def test_normalize_file_dash_and_options(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("سال ۱۳۸۹", encoding="utf-8")
    assert run("normalize", str(f)).stdout.decode().strip() == fp.normalize("سال ۱۳۸۹")
    assert run("normalize", "-", stdin="سال ۱۳۸۹".encode()).stdout.decode().strip() == fp.normalize("سال ۱۳۸۹")
    assert run("normalize", "--digits", "latin", str(f)).stdout.decode().strip() == "سال 1389"


def test_normalize_invalid_utf8_is_replaced_and_reported(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes("سلام ".encode() + b"\xff\xfe" + " دنیا".encode())
    r = run("normalize", str(f))
    assert r.returncode == 1
    assert "invalid UTF-8 at byte 9" in r.stderr.decode()
    assert "\ufffd" in r.stdout.decode() and "دنیا" in r.stdout.decode()


def test_normalize_missing_file():
    r = run("normalize", "/no/such/file.txt")
    assert r.returncode == 1 and "cannot read" in r.stderr.decode()


def test_normalize_empty_input():
    r = run("normalize", stdin=b"")
    assert r.returncode == 0 and r.stdout == b""


# --- analyze files ---------------------------------------------------------------------------------

def test_analyze_text_and_json_files_take_their_ids(tmp_path):
    (tmp_path / "malard-news.txt").write_text(ARTICLE, encoding="utf-8")
    gold_like = {"id": "gold-7", "source_ref": "written for this test", "text": ARTICLE, "entities": []}
    (tmp_path / "other-name.json").write_text(json.dumps(gold_like, ensure_ascii=False), encoding="utf-8")
    r = run("analyze", str(tmp_path / "malard-news.txt"), str(tmp_path / "other-name.json"),
            "--format", "jsonl", "--output", str(tmp_path / "out.jsonl"))
    assert r.returncode == 0, r.stderr
    recs = jsonl((tmp_path / "out.jsonl").read_bytes())
    assert [d["id"] for d in recs] == ["malard-news", "gold-7"]
    expected = fp.analyze(ARTICLE, id="malard-news").to_dict()
    assert recs[0] == json.loads(json.dumps(expected))


def test_analyze_json_array_file(tmp_path):
    (tmp_path / "many.json").write_text(json.dumps([{"id": "x", "text": "خبر یک"}, {"text": "خبر دو"}, 5]),
                                        encoding="utf-8")
    r = run("analyze", str(tmp_path / "many.json"), "-f", "jsonl")
    recs = jsonl(r.stdout)
    assert [d["id"] for d in recs] == ["x", "many:1", "many:2"]
    assert "error" in recs[2] and r.returncode == 1


def test_analyze_formats(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("خبر دوم", encoding="utf-8")
    one = json.loads(run("analyze", str(tmp_path / "a.txt"), "--format", "json").stdout)
    assert isinstance(one, dict) and one["id"] == "a"
    two = json.loads(run("analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "json").stdout)
    assert [d["id"] for d in two] == ["a", "b"]
    text = run("analyze", str(tmp_path / "a.txt")).stdout.decode()  # text is the default for files
    assert text.startswith("== a\n") and "sentences:" in text
    # format from the output's extension
    run("analyze", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.json"))
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["id"] == "a"


def test_analyze_stdin_dash():
    r = run("analyze", "-", "-f", "jsonl", stdin=ARTICLE.encode())
    assert r.returncode == 0
    (doc,) = jsonl(r.stdout)
    assert doc["id"] is None and doc["text"] == fp.normalize(ARTICLE)


def test_analyze_bad_files_go_on(tmp_path):
    (tmp_path / "good.txt").write_text("خبر خوب", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("خبر ".encode() + b"\xe9t\xe9")
    (tmp_path / "notext.json").write_text('{"id": "q"}', encoding="utf-8")
    r = run("analyze", str(tmp_path / "good.txt"), "/no/such.txt", str(tmp_path / "broken.json"),
            str(tmp_path / "latin1.txt"), str(tmp_path / "notext.json"), "-f", "jsonl")
    assert r.returncode == 1
    recs = jsonl(r.stdout)
    assert [d["id"] for d in recs] == ["good", "such", "broken", "latin1", "q"]
    assert "cannot read" in recs[1]["error"] and "invalid JSON" in recs[2]["error"]
    assert "\ufffd" in recs[3]["text"] and "invalid UTF-8" in r.stderr.decode()
    assert "missing" in recs[4]["error"]


# --- analyze JSONL ---------------------------------------------------------------------------------

def _cases() -> list[dict]:
    return json.loads((DATA / "cli_jsonl_lines.json").read_text(encoding="utf-8"))["lines"]


def _jsonl_input(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    with open(path, "wb") as f:
        for i, case in enumerate(_cases()):
            raw = case["raw"].encode("latin-1") if case.get("bytes") else case["raw"].encode("utf-8")
            f.write(raw + b"\n")
            if i == 3:
                f.write(b"   \n")  # a blank line: skipped, but counted in line numbers
    return path


@pytest.mark.parametrize("processes", ["1", "2"])
def test_jsonl_error_records_in_place(tmp_path, processes):
    inp = _jsonl_input(tmp_path)
    out = tmp_path / "out.jsonl"
    r = run("analyze", "--input-jsonl", str(inp), "--output", str(out), "--processes", processes,
            "--batch-size", "3")
    assert r.returncode == 1
    assert r.stderr.decode().count("\n") == 1 and "inputs failed" in r.stderr.decode()  # no progress bar
    recs = jsonl(out.read_bytes())
    cases = _cases()
    assert len(recs) == len(cases)
    for n, (case, rec) in enumerate(zip(cases, recs), 1):
        line = n if n <= 4 else n + 1
        assert rec["id"] == case["id"], (case, rec)
        if case["error"] is None:
            assert "error" not in rec and "text" in rec and "sentences" in rec
        else:
            assert set(rec) == {"id", "line", "error"} and rec["line"] == line
            assert case["error"] in rec["error"], (case, rec)


def test_jsonl_custom_fields_and_stdin():
    lines = "\n".join(json.dumps({"url": f"u{i}", "body": f"خبر شماره {i}"}, ensure_ascii=False) for i in range(5))
    r = run("analyze", "--input-jsonl", "-", "--text-field", "body", "--id-field", "url", stdin=lines.encode())
    assert r.returncode == 0, r.stderr
    assert [d["id"] for d in jsonl(r.stdout)] == [f"u{i}" for i in range(5)]


def test_jsonl_processes_give_the_same_output(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "text": ARTICLE.replace("ملارد", f"ملارد {i}")},
                                           ensure_ascii=False) for i in range(40)), encoding="utf-8")
    outs = []
    for n in ("1", "2", "-1"):
        r = run("analyze", "--input-jsonl", str(corpus), "--processes", n, "--batch-size", "4")
        assert r.returncode == 0, r.stderr
        outs.append(r.stdout)
    assert outs[0] == outs[1] == outs[2]
    assert [d["id"] for d in jsonl(outs[0])] == list(range(40))


def test_empty_jsonl(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    r = run("analyze", "--input-jsonl", str(tmp_path / "empty.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert r.returncode == 0 and (tmp_path / "out.jsonl").read_bytes() == b""
    r = run("analyze", "--input-jsonl", str(tmp_path / "empty.jsonl"), "-f", "json")
    assert r.returncode == 0 and json.loads(r.stdout) == []


def test_jsonl_missing_input():
    r = run("analyze", "--input-jsonl", "/no/such.jsonl")
    assert r.returncode == 1 and "cannot read" in r.stderr.decode()


def test_progress_bar_only_on_a_terminal(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "text": ARTICLE * 5}, ensure_ascii=False)
                                for i in range(300)), encoding="utf-8")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "farsi_press", "analyze", "--input-jsonl", str(corpus),
                             "-o", str(tmp_path / "out.jsonl")], stderr=slave, stdout=subprocess.DEVNULL, env=ENV)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=120)
    os.close(master)
    assert proc.returncode == 0
    assert b"analyze [" in seen and b"100%" in seen and b"300 docs" in seen
    quiet = run("analyze", "--input-jsonl", str(corpus), "-o", str(tmp_path / "out2.jsonl"))
    assert quiet.stderr == b""


# --- usage -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    [],
    ["analyze"],
    ["analyze", "a.txt", "--input-jsonl", "b.jsonl"],
    ["analyze", "--input-jsonl", "b.jsonl", "--processes", "0"],
    ["analyze", "--input-jsonl", "b.jsonl", "--processes", "many"],
    ["analyze", "a.txt", "--format", "xml"],
    ["normalize", "--digits", "roman"],
    ["frobnicate"],
])
def test_wrong_usage_exits_2(args):
    r = run(*args)
    assert r.returncode == 2
    assert r.stderr


def test_unwritable_output_is_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("خبر", encoding="utf-8")
    r = run("analyze", str(tmp_path / "a.txt"), "-o", str(tmp_path / "no" / "dir" / "out.jsonl"))
    assert r.returncode == 2 and "cannot write" in r.stderr.decode()


@pytest.mark.parametrize("args,needles", [
    (["--help"], ["normalize", "analyze", "COMMAND --help"]),
    (["analyze", "--help"], ["--input-jsonl", "--processes", "error record", "examples:", "FILE.json"]),
    (["normalize", "--help"], ["stdin", "--digits", "--no-zwnj", "examples:"]),
])
def test_help(args, needles):
    r = run(*args)
    assert r.returncode == 0
    for needle in needles:
        assert needle in r.stdout.decode(), needle


def test_entry_point_in_process(tmp_path, capsys):
    from farsi_press.cli import main

    (tmp_path / "a.txt").write_text("خبر", encoding="utf-8")
    assert main(["analyze", str(tmp_path / "a.txt"), "-f", "jsonl", "-o", str(tmp_path / "o.jsonl")]) == 0
    assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))["id"] == "a"
