"""render(): right-to-left standalone HTML with entities, quotes and speakers, officials."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser

import pytest

import farsi_press as fp
from farsi_press.render import COLORS
from sample_documents import sample_document

VOID = {"meta", "br", "img", "hr", "link", "input"}


class _Tree(HTMLParser):
    """Checks that tags nest properly and collects the text inside <mark> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.marks: list[list[str]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "mark":
            self.marks.append([])

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        for m in self.marks:
            m.append(data)


def _parse(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    return tree


def test_document_html_is_rtl_well_formed_and_marks_everything():
    doc = sample_document()
    html = fp.render(doc)
    tree = _parse(html)
    assert not tree.errors and not tree.stack
    assert 'dir="rtl"' in html and 'lang="fa"' in html
    assert html.count("<mark") == len(doc.entities)
    for label in ("PERSON", "TITLE", "ORG", "LOC"):
        assert COLORS[label] in html
    for e in doc.entities:
        assert any(e.text in "".join(m) for m in tree.marks), e.text
    # each quote names its resolved speaker, never the pronoun alone
    assert html.count('class="fp-q ') == len(doc.quotes)
    assert "1. احمد رضایی" in html and "2. احمد رضایی" in html and "3. مریم حسینی" in html
    # officials table
    assert "رئیس شورای اسلامی شهر ملارد" in html and "<table" in html


def test_standalone_no_network_no_script():
    html = fp.render(sample_document(), page=True)
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="fa" dir="rtl">' in html and '<meta charset="utf-8">' in html
    for bad in ("http://", "https://", "<script", "<link", "@import", "url("):
        assert bad not in html


def test_text_is_escaped():
    doc = fp.analyze('وزیر گفت: <script>alert("x")</script> & «تمام»')
    html = fp.render(doc)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_many_documents_and_none():
    docs = [sample_document(), fp.analyze("متن دوم", id="دوم")]
    html = fp.render(docs)
    assert html.count('class="fp-doc"') == 2 and "دوم" in html
    assert html.count("<style>") == 1
    assert "no documents" in fp.render([])
    with pytest.raises(TypeError, match="Document"):
        fp.render(["not a document"])


def test_crossing_and_out_of_range_spans_do_not_break_nesting():
    import dataclasses

    doc = sample_document()
    e0 = doc.entities[0]
    crossing = dataclasses.replace(e0, start=e0.start + 3, end=e0.end + 10)
    outside = dataclasses.replace(e0, start=len(doc.text) - 2, end=len(doc.text) + 50)
    odd = dataclasses.replace(doc, entities=doc.entities + (crossing, outside))
    tree = _parse(fp.render(odd))
    assert not tree.errors and not tree.stack


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                    reason="headless Chromium is not installed (apt-get install chromium)")
def test_chromium_lays_it_out(tmp_path):
    page = tmp_path / "doc.html"
    page.write_text(fp.render(sample_document(), page=True), encoding="utf-8")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    shot = tmp_path / "doc.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", f"--screenshot={shot}",
                    "--window-size=1000,1200", page.as_uri()], check=True, capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
