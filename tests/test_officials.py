"""Officials: apposition in either order, later mentions joining the record, lead linking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import farsi_press as fp

from farsi_press.entities import find_entities
from farsi_press.officials import link_officials

DATA = Path(__file__).resolve().parent / "data" / "entities"
CASES = json.loads((DATA / "officials.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_officials(case: dict) -> None:
    text = case["text"]
    ents, offs = link_officials(text, [], find_entities(text, []))
    by_name = {o.name: o for o in offs}
    for want in case["officials"]:
        got = by_name.get(want["name"])
        if want["name"] is None:
            got = next((o for o in offs if o.name is None and set(want["titles"]) <= set(o.titles)), None)
        assert got is not None, [(o.name, o.titles) for o in offs]
        assert set(want["titles"]) <= set(got.titles), got.titles
        mentions = {text[s:e] for s, e in got.mentions}
        assert set(want.get("mentions", [])) <= mentions, mentions
        for e in ents:
            if (e.start, e.end) in got.mentions:
                assert e.official == got.id


@pytest.mark.parametrize("case", [c for c in CASES if c.get("not_titles")],
                         ids=[c["text"][:30] for c in CASES if c.get("not_titles")])
def test_officials_not_linked(case: dict) -> None:
    """A reporter («خبرنگار فارس») is no office holder, and an office that is the object of a
    preposition in the body («با رئیس باشگاه») is not given to the sentence's subject."""
    text = case["text"]
    _, offs = link_officials(text, [], find_entities(text, []))
    for o in offs:
        if o.name is not None:
            assert not set(case["not_titles"]) & set(o.titles), (o.name, o.titles)


@pytest.mark.parametrize("case", [c for c in CASES if c.get("not_names")],
                         ids=[c["text"][:30] for c in CASES if c.get("not_names")])
def test_names_not_completed(case: dict) -> None:
    """A name is completed with «سید» or a given name in «…» only where that is the name's start: not
    the inner «سید» of a surname («پور سید آقایی»), not the words of a quoted phrase («هل من ناصر …»)."""
    text = case["text"]
    _, offs = link_officials(text, [], find_entities(text, []))
    assert not set(case["not_names"]) & {o.name for o in offs}, [(o.name, o.titles) for o in offs]


@pytest.mark.parametrize("case", [c for c in CASES if c.get("not_pairs")],
                         ids=[c["text"][:30] for c in CASES if c.get("not_pairs")])
def test_wrong_pairs_not_made(case: dict) -> None:
    """An office is not given to a name inside another's statement («… ابراز داشت: … بوش …», «… رحمت
    خداوند …»), nor after a noun it completes («با حضور وزیر بهداشت», «با تقدیر از همکاری فرماندار
    سابق …»), nor to a non-subject for «این …» («سد شهید مدنی … این عضو هیئت‌رئیسه …»)."""
    text = case["text"]
    _, offs = link_officials(text, [], find_entities(text, []))
    pairs = {(o.name, t) for o in offs for t in o.titles}
    assert not {tuple(p) for p in case["not_pairs"]} & pairs, sorted(pairs, key=str)


@pytest.mark.parametrize("short, long_, same", [
    ("خطیب نماز جمعه کرمان", "امام جمعه کرمان", True),      # the Friday prayer preacher is its leader
    ("نماینده اسلام‌آباد غرب", "نماینده مردم اسلام‌آباد غرب در مجلس", True),  # «مردم» dropped
    ("نماینده ایران", "نماینده دائم ایران در سازمان ملل", True),  # «دائم» dropped
    ("معاون فنی شرکت توزیح برق استان مرکزی", "معاون فنی شرکت توزیع برق استان مرکزی", True),  # one letter mistyped
    ("معاون فنی شرکت آب استان مرکزی", "معاون فنی شرکت گاز استان مرکزی", False),  # another body (short words)
    ("نماینده ولی فقیه در استان", "امام جمعه استان", False),
    ("دبیر کل حزب‌الله لبنان", "دبیرکل حزب‌الله لبنان", True),  # the office word spaced or glued
    ("نماینده مردم تهران در مجلس", "نماینده مردم تهران، ری، شمیرانات و اسلامشهر در مجلس شورای اسلامی", True),  # a list
    ("نایب‌رئیس هیئت ووشو چهارمحال و بختیاری", "نایب‌رئیس هیئت ووشوی چهارمحال و بختیاری", True),  # ezafe «ی»
    ("مسؤول بسیج جامعه زنان سپاه کربلا مازندران", "مسؤول بسیج جامعه زنان سپاه کربلای استان مازندران", True),
    ("مقام معظم رهبری", "رهبر معظم انقلاب اسلامی", True),  # the Leader's office in its other forms (titles.tsv)
    ("مقام معظم رهبری", "نماینده مقام معظم رهبری", False),  # his representative is another person
])
def test_same_office(short: str, long_: str, same: bool) -> None:
    from farsi_press.officials import _same_office

    assert _same_office(short, long_) is same


def test_surname_before_office_found_elsewhere() -> None:
    """«… خبرگزاری فارس شمس‌الدین کاظمی نماینده مشهد …» where the entity layer found only the later
    «کاظمی»: the office joins کاظمی, whose name grows to the given name written before it."""
    from farsi_press.document import Entity

    text = ("به گزارش خبرنگار پارلمانی خبرگزاری فارس شمس‌الدین کاظمی نماینده مشهد امروز گفت: بودجه تصویب می‌شود."
            "\n\nکاظمی تاکید کرد: کار ادامه دارد.")
    def ent(s: str, label: str, nth: int = 0) -> Entity:
        i = -1
        for _ in range(nth + 1):
            i = text.index(s, i + 1)
        return Entity(i, i + len(s), s, label)
    ents = [ent("خبرگزاری فارس", "ORG"), ent("نماینده مشهد", "TITLE"), ent("کاظمی", "PERSON", 1)]
    out, offs = link_officials(text, [], ents)
    assert [(o.name, o.titles) for o in offs] == [("شمس‌الدین کاظمی", ("نماینده مشهد",))]
    assert "شمس‌الدین کاظمی" in {e.text for e in out if e.label == "PERSON"}
    # a surname inside another body's name is no person: «باشگاه کاظمی نماینده …»
    text2 = text.replace("خبرگزاری فارس شمس‌الدین کاظمی", "خبرگزاری فارس در باشگاه کاظمی")
    text, text2 = text2, text
    ents = [ent("نماینده مشهد", "TITLE"), ent("کاظمی", "PERSON", 1)]
    _, offs = link_officials(text, [], ents)
    assert ("کاظمی", ("نماینده مشهد",)) not in [(o.name, o.titles) for o in offs]


def test_ids_and_pointers_consistent() -> None:
    text = CASES[0]["text"]
    ents, offs = link_officials(text, [], find_entities(text, []))
    assert [o.id for o in offs] == list(range(len(offs)))
    for e in ents:
        assert e.official is None or 0 <= e.official < len(offs)


def test_no_entities() -> None:
    assert link_officials("متن بدون نام", [], []) == ([], [])


def test_many_mentions_stay_fast() -> None:
    import time

    text = "، ".join(["جابر کریمی فرماندار شهرستان ملارد"] * 2000)
    ents = find_entities(text, [])
    t0 = time.perf_counter()
    ents, offs = link_officials(text, [], ents)
    assert time.perf_counter() - t0 < 5
    assert [o.name for o in offs] == ["جابر کریمی"]


def test_one_form_per_office_in_the_document() -> None:
    """The document lists each office once, in its fullest form («… استان اصفهان» over «… اصفهان»),
    with every written form among the official's mentions; two offices stay two."""
    import farsi_press as fp

    text = ("مدیرکل راه و ترابری اصفهان گفت: جاده‌ها باز است.\n\n"
            "به گزارش خبرگزاری فارس، عبدالهاشم حسن‌نیا مدیرکل راه و ترابری استان اصفهان افزود: برف آمد.\n\n"
            "حسن زیاری عضو شورای اسلامی شهر تهران و عضو کمیسیون فرهنگی شورای شهر گفت: بودجه تصویب شد.")
    doc = fp.analyze(text)
    by_name = {o.name: o for o in doc.officials}
    road = by_name["عبدالهاشم حسن‌نیا"]
    assert road.titles == ("مدیرکل راه و ترابری استان اصفهان",)
    assert {"مدیرکل راه و ترابری اصفهان", "مدیرکل راه و ترابری استان اصفهان"} <= {doc.text[s:e] for s, e in road.mentions}
    assert len(by_name["حسن زیاری"].titles) == 2, by_name["حسن زیاری"].titles


def test_office_far_into_an_article_without_report_cue_is_no_lead():
    # (no «به گزارش»: the lead is the byline's paragraph; an office in the fourth paragraph is not
    # the holder of the quoted economist's name in the next one, who has a role of his own)
    text = ("نرخ بیکاری در آمریکا به بالاترین سطح رسید\n\n"
            "خبرگزاری فارس- شبکه خبری بلومبرگ گزارش داد: نرخ بیکاری در آمریکا افزایش یافته است.\n\n"
            "بنابراین گزارش، نرخ بیکاری در آمریکا به حدود ۶ درصد رسیده است.\n\n"
            "رئیس‌کل بانک مرکزی آمریکا روز گذشته وعده داد: رشد اقتصادی آمریکا افزایش خواهد یافت.\n\n"
            "«کریس لاو» اقتصاددان آمریکایی به بلومبرگ گفت: اقتصاد آمریکا در حال رشد است.")
    doc = fp.analyze(text)
    holders = [o.name for o in doc.officials if "رئیس‌کل بانک مرکزی آمریکا" in o.titles]
    assert holders == [None]
    # the byline's paragraph is the lead: its office's holder is the name opening the next one
    lead = ("خبرگزاری فارس: رئیس شرکت مخابرات شهرستان ساوه از ثبت‌نام ۱۵ هزار متقاضی خبر داد.\n\n"
            "مسعود مشیدی در گفت‌وگو با خبرنگار فارس در اراک افزود: ثبت‌نام ادامه دارد.")
    doc = fp.analyze(lead)
    assert [o.name for o in doc.officials if "رئیس شرکت مخابرات شهرستان ساوه" in o.titles] == ["مسعود مشیدی"]


@pytest.mark.parametrize("text, one", [
    ("نماینده ولی فقیه در هرمزگان و امام جمعه بندرعباس گفت: زکات باید برای معیشت مردم هزینه شود.", True),
    ("وزیر کشور و رئیس بانک مرکزی گفتند: کار به خوبی پیش می‌رود.", False),
    ("سخنگوی شورای شهر در پاسخ به سوالی درباره اظهارات شهردار تهران و معاون حمل و نقل وی در رابطه با "
     "این خط، گفت: این خط تندرو نیست.", False),
])
def test_offices_joined_by_and_before_a_singular_speech_verb(text: str, one: bool) -> None:
    """Two offices joined by «و» opening a sentence whose speech verb is singular are one speaker's;
    with a plural verb, or as the complement of another word, they are two people."""
    _, offs = link_officials(text, [], find_entities(text, []))
    titled = [o for o in offs if o.titles and not o.titles[0].startswith("سخنگوی")]
    assert (len(titled) == 1) == one, [(o.name, o.titles) for o in offs]
