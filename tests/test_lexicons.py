"""Shipped entity lexicons: keys, lookups, file hygiene, load time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from farsi_press import lexicons as lx
from farsi_press.lexicons import lexicon_key

HERE = Path(__file__).resolve().parent
CASES = HERE / "data" / "lexicons"
DATA = Path(lx.__file__).resolve().parent / "data"

LOADERS = {
    "places": lx.places,
    "countries": lx.countries,
    "world_places": lx.world_places,
    "nationalities": lx.nationalities,
    "first_names": lx.first_names,
    "surnames": lx.surnames,
    "name_parts": lx.name_parts,
    "titles": lx.titles,
    "honorifics": lx.honorifics,
    "org_heads": lx.org_heads,
    "orgs": lx.orgs,
    "org_complements": lx.org_complements,
    "venue_heads": lx.venue_heads,
    "venues": lx.venues,
}
FILES = {
    "places": "places.tsv", "countries": "countries.tsv", "world_places": "world_places.tsv",
    "nationalities": "nationalities.tsv", "first_names": "first_names.tsv", "surnames": "surnames.tsv",
    "name_parts": "name_parts.tsv", "titles": "titles.tsv", "honorifics": "honorifics.tsv",
    "org_heads": "org_heads.tsv", "orgs": "orgs.tsv", "org_complements": "org_complements.tsv",
    "venue_heads": "venue_heads.tsv", "venues": "venues.tsv",
}


def _decode(s: str) -> str:
    return s.encode("ascii", "backslashreplace").decode("unicode_escape") if "\\u" in s else s


def _cases(name: str) -> list[list[str]]:
    rows = []
    for line in (CASES / name).read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


# --- lexicon_key --------------------------------------------------------------

@pytest.mark.parametrize("raw,expected", [(_decode(a), _decode(b)) for a, b in _cases("keys.tsv")])
def test_lexicon_key(raw: str, expected: str) -> None:
    assert lexicon_key(raw) == expected


def test_lexicon_key_unifies_spellings() -> None:
    assert lexicon_key("رئيس  جمهور") == lexicon_key("رئیس\u200cجمهور") == lexicon_key("رییس جمهور")
    assert lexicon_key("مدیر\u200cکل") == lexicon_key("مدیر کل")


@pytest.mark.parametrize("s", ["", " ", "\u200c", "abc", "ملارد", "a\u200c\u200c b", "ي ك ى", "\u064e"])
def test_lexicon_key_is_idempotent(s: str) -> None:
    k = lexicon_key(s)
    assert lexicon_key(k) == k
    assert "\u200c" not in k and "  " not in k and k == k.strip()


# --- lookups ------------------------------------------------------------------

def _lookup_cases() -> list[tuple[str, str, str, str]]:
    return [tuple((r + ["", "", "", ""])[:4]) for r in _cases("lookups.tsv")]


@pytest.mark.parametrize("table,query,field,expected", _lookup_cases())
def test_lookup(table: str, query: str, field: str, expected: str) -> None:
    data = LOADERS[table]()
    key = lexicon_key(query)
    if field == "present":
        assert key in data, f"{query!r} missing from {table}"
        return
    if field == "absent":
        assert key not in data, f"{query!r} should not be in {table}: {data.get(key)!r}"
        return
    assert key in data, f"{query!r} missing from {table}"
    rec = data[key]
    if field == "value":
        assert rec == expected
    elif table == "places" and field.startswith("kind@"):
        wanted = tuple(expected.split("@"))
        got = {(p.kind, p.province, p.county)[: len(wanted)] for p in rec}
        assert wanted in got, got
    elif table in ("places", "name_parts"):
        got = {str(getattr(r, field)) for r in rec}
        assert expected in got, got
    else:
        assert str(getattr(rec, field)) == expected


def test_places_carry_kind_province_county() -> None:
    kinds = {p.kind for recs in lx.places().values() for p in recs}
    assert kinds == {"province", "county", "district", "city", "rural_district"}
    provinces = {p.name for recs in lx.places().values() for p in recs if p.kind == "province"}
    assert len(provinces) == 31
    counties = {p.name for recs in lx.places().values() for p in recs if p.kind == "county"}
    assert len(counties) >= 440


def test_districts_need_a_head_noun() -> None:
    for recs in lx.places().values():
        for p in recs:
            if p.kind in ("district", "rural_district") or p.ambiguous:
                assert p.needs_head, p


def test_no_numbered_place_names() -> None:
    for key in lx.places():
        assert not any(ch.isdigit() for ch in key), key


def test_generic_titles_are_plural_roles() -> None:
    generic = {t.name for t in lx.titles().values() if t.generic}
    assert {"مدیران", "مسئولان", "نمایندگان"} <= generic
    assert not any(t.generic for t in lx.titles().values() if t.name in ("وزیر", "رئیس", "استاندار"))


def test_title_complement_values() -> None:
    assert {t.complement for t in lx.titles().values()} <= {"none", "optional", "required"}
    assert {h.complement for h in lx.org_heads().values()} <= {"optional", "required"}


def test_canonical_forms_exist() -> None:
    """Every variant's canonical form is itself an entry of the same table."""
    for table in (lx.titles(), lx.org_heads(), lx.orgs()):
        for rec in table.values():
            assert lexicon_key(rec.canonical) in table, rec
    for table in (lx.countries(), lx.world_places()):
        for rec in table.values():
            assert lexicon_key(rec.name) in table, rec
    countries = {r.name for r in lx.countries().values()}
    for rec in lx.world_places().values():
        assert not rec.country or rec.country in countries, rec
    for country in lx.nationalities().values():
        assert country in countries or lexicon_key(country) in lx.world_places() or lexicon_key(country) in lx.places(), country


def test_honorifics_are_not_names() -> None:
    """An honorific dropped from PERSON spans must not itself be listed as a surname."""
    sur = lx.surnames()
    for key, h in lx.honorifics().items():
        if not h.name_part and " " not in key:
            assert key not in sur or sur[key].ambiguous, h


def test_sizes() -> None:
    assert len(lx.first_names()) > 5000
    assert len(lx.surnames()) > 3000
    assert len({r.name for r in lx.countries().values()}) >= 170
    assert len({r.name for r in lx.world_places().values()}) >= 250
    assert len(lx.titles()) > 200


# --- files --------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(FILES.values()))
def test_file_hygiene(name: str) -> None:
    """UTF-8 TSV, fixed column count, no Arabic ي/ك, no stray whitespace, listed in PROVENANCE."""
    text = (DATA / name).read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n") if ln and not ln.startswith("#")]
    width = lines[0].count("\t") + 1
    for ln in lines[1:]:
        cells = ln.split("\t")
        assert len(cells) == width, (name, ln)
        assert cells[0] and cells[0] == cells[0].strip() and "  " not in cells[0], (name, ln)
        assert not set(ln) & set("يكى\u200d\u200e\u200f\ufeff"), (name, ln)
    assert f"`{name}`" in (DATA / "PROVENANCE.md").read_text(encoding="utf-8")


def test_loaders_return_read_only_mappings() -> None:
    with pytest.raises(TypeError):
        lx.titles()["x"] = None  # type: ignore[index]
    assert lx.titles() is lx.titles()


def test_fresh_process_loads_fast() -> None:
    """In a fresh interpreter, importing this module and loading every table takes well under
    0.3 s on top of the package's own import (numpy etc., not ours): best of 3 (typically 0.05–0.1 s)."""
    code = (
        "import time, farsi_press; t=time.perf_counter(); import farsi_press.lexicons as L; "
        "L.load_all(); print(time.perf_counter()-t)"
    )
    src = str(Path(lx.__file__).resolve().parents[1])
    best = min(
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={"PYTHONPATH": src}).stdout)
        for _ in range(3)
    )
    assert best < 0.3, best


SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


@pytest.mark.skipif(not (SHARED / "data" / "lexicons").is_dir(), reason="../shared/data/lexicons not available")
def test_derived_files_are_reproducible(tmp_path: Path) -> None:
    """scripts/build_lexicons.py rebuilds exactly the committed places/first_names/surnames."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_lexicons.py"
    subprocess.run([sys.executable, str(script), "--shared", str(SHARED), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for name in ("places.tsv", "first_names.tsv", "surnames.tsv"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def _build_script():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_lexicons.py"
    spec = importlib.util.spec_from_file_location("_build_lexicons", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_entities_hazm_file_matches_installed_hazm() -> None:
    """The shipped data/entities_hazm.txt is exactly what scripts/build_lexicons.py derives from
    the installed hazm (stop words, verb forms, common words, POS tags), and the gazetteer reads
    back the same sets."""
    import importlib.util

    if importlib.util.find_spec("hazm") is None:
        pytest.skip("hazm not installed: cannot rebuild entities_hazm.txt")
    build = _build_script()
    assert build.entities_hazm_text() == (DATA / "entities_hazm.txt").read_text(encoding="utf-8")
    from farsi_press.gazetteer import _hazm_words

    assert _hazm_words() == build.hazm_entity_words()
