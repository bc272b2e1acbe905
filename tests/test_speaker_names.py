"""Officials named by the quote stage (`farsi_press.speaker_names`): real lead/body paragraphs,
the merge of a nameless office holder with its name, and names that must not be taken."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import farsi_press as fp
from farsi_press.document import Entity, Official, Quote, Speaker
from farsi_press.lexicons import lexicon_key
from farsi_press.speaker_names import complete_officials

from casefiles import rows

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CASES = rows("speaker_names", "named_by_quotes.tsv") + rows("speaker_names", "fuller_by_quotes.tsv") \
    + rows("speaker_names", "handed_over.tsv")
OTHER_OFFICES = rows("speaker_names", "other_offices.tsv")


def _holders(doc, title: str) -> list[Official]:
    """The officials holding `title`: as one of their offices, or as a form of one written among
    their mentions (an office keeps one form in `titles`, see `officials.distinct_offices`)."""
    return [o for o in doc.officials
            if title in o.titles or (o.titles and title in {doc.text[s:e] for s, e in o.mentions})]


@pytest.mark.parametrize("where,text,name,title", CASES, ids=[c[0] for c in CASES])
def test_office_holder_named_by_its_speakers(where, text, name, title):
    doc = fp.analyze(text)
    holders = _holders(doc, title)
    assert holders, f"{where}: no official holds {title!r}: {doc.officials}"
    assert lexicon_key(holders[0].name or "") == lexicon_key(name)
    # the name where it stands is a PERSON entity of that official, and one of its mentions
    at = doc.text.find(name)
    person = [e for e in doc.entities if e.label == "PERSON" and e.start == at]
    assert person and person[0].official == holders[0].id
    assert (person[0].start, person[0].end) in holders[0].mentions


@pytest.mark.parametrize("where,text,name,title", OTHER_OFFICES, ids=[c[0] for c in OTHER_OFFICES])
def test_office_between_statements_of_one_person_is_theirs(where, text, name, title):
    doc = fp.analyze(text)
    holders = _holders(doc, title)
    assert len(holders) == 1, f"{where}: {doc.officials}"
    assert lexicon_key(holders[0].name or "") == lexicon_key(name)
    # the office's quotes are that person's now
    spoken = [q for q in doc.quotes if q.speaker is not None
              and f" {lexicon_key(title)} " in f" {lexicon_key(q.speaker.text)} "]
    assert spoken and all(q.official == holders[0].id for q in spoken)


# (own writing) the next paragraph's new speaker «also» speaks, or the office is also written as
# another person's (`با حضور …`): no hand-over, no merge
@pytest.mark.parametrize("text", [
    "خبرگزاری فارس: استاندار مازندران گفت: کار انجام شد.\n\n"
    "محمد اسلامی نیز در این جلسه گفت: کار خوبی است.",
    "خبرگزاری فارس: رضا احمدیان گفت: کار انجام شد.\n\nاین جلسه با حضور نماینده مردم ساری برگزار شد.\n\n"
    "نماینده مردم ساری افزود: کار خوبی است.\n\nاحمدیان اظهار داشت: پایان کار نزدیک است.",
])
def test_office_keeps_its_own_holder(text):
    doc = fp.analyze(text)
    offices = [o for o in doc.officials if o.titles]
    assert offices and all(o.name is None for o in offices), doc.officials


# (own writing) a surname written as one word, even a word of the lexicon (`جهان‌آرا`), names the
# office whose statement it goes on with; a frequent word or a plural does not
@pytest.mark.parametrize("surname", ["جهان‌آرا", "وارسته", "لازمی"])
def test_one_word_surname_names_the_office(surname):
    text = ("خبرگزاری فارس: مدیرکل منابع طبیعی استان گیلان گفت: جنگل‌ها حفظ می‌شوند.\n\n"
            f"{surname} در ادامه افزود: نهال‌ها کاشته شد.")
    doc = fp.analyze(text)
    holder = next(o for o in doc.officials if "مدیرکل منابع طبیعی استان گیلان" in o.titles)
    assert holder.name == surname


@pytest.mark.parametrize("word,ok", [("جهان‌آرا", True), ("لازمی", True), ("کودکان", False),
                                     ("کسانی", False), ("پدرم", False), ("همین", False)])
def test_one_word_name(word, ok):
    from farsi_press.speaker_names import _one_word_name
    assert _one_word_name(word) is ok


def _quote(text: str, start: int, end: int, official: int, name: str) -> Quote:
    return Quote(0, 1, text[0], "direct", "گفت", Speaker(text[start:end], start, end), official, name, None)


TEXT = "فلاح‌جلودار گفت: کار شد. استاندار مازندران گفت: خوب است. ربیع فلاح‌جلودار گفت: بله."


def test_nameless_holder_merged_with_the_untitled_official_of_that_name():
    s_sur = (0, TEXT.index(" گفت"))
    s_title = (TEXT.index("استاندار"), TEXT.index(" گفت: خوب"))
    s_full = (TEXT.index("ربیع"), TEXT.rindex(" گفت"))
    officials = [Official(0, "فلاح‌جلودار", (), (s_sur,)),
                 Official(1, None, ("استاندار مازندران",), (s_title,))]
    entities = [Entity(*s_sur, TEXT[slice(*s_sur)], "PERSON", 0),
                Entity(*s_title, TEXT[slice(*s_title)], "TITLE", 1)]
    quotes = [_quote(TEXT, *s_title, 1, "ربیع فلاح‌جلودار"), _quote(TEXT, *s_full, 1, "ربیع فلاح‌جلودار")]
    ents, offs, qs = complete_officials(TEXT, entities, officials, quotes)
    assert len(offs) == 1 and offs[0].id == 0
    assert offs[0].name == "ربیع فلاح‌جلودار" and offs[0].titles == ("استاندار مازندران",)
    assert set(offs[0].mentions) == {s_sur, s_title}
    assert {e.official for e in ents} == {0} and {q.official for q in qs} == {0}


@pytest.mark.parametrize("name,others", [
    ("ماه گذشته سربازی", []),                       # frequent words, no first name
    ("رویترز", [("رویترز", "ORG")]),                 # an agency the entity stage knows
    ("سعید", []),                                    # one word that no PERSON of the article supports
])
def test_names_not_taken(name, others):
    text = f"سخنگوی ارتش اسرائیل گفت: کار شد. {name} گفت: بله."
    t = (0, text.index(" گفت"))
    s = (text.index(name, t[1]), text.rindex(" گفت"))
    entities = [Entity(*t, text[slice(*t)], "TITLE", 0)]
    for words, label in others:
        i = text.index(words)
        entities.append(Entity(i, i + len(words), words, label))
    officials = [Official(0, None, ("سخنگوی ارتش اسرائیل",), (t,))]
    quotes = [_quote(text, *s, 0, name)]
    ents, offs, qs = complete_officials(text, entities, officials, quotes)
    assert offs == officials and ents == entities and qs == quotes


def test_corpus_documents_stay_consistent():
    """Every official id is its index, every linked entity one of its mentions, every quote of a
    named official named as it (first 300 corpus articles: the quote stage names office holders in some of them)."""
    path = SHARED / "data" / "corpus" / "fars-2008-2011.jsonl"
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")
    nlp = fp.Pipeline()
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(300), f)]
    for doc in nlp.pipe(texts):
        assert [o.id for o in doc.officials] == list(range(len(doc.officials)))
        for e in doc.entities:
            if e.official is not None:
                assert (e.start, e.end) in doc.officials[e.official].mentions
        for q in doc.quotes:
            assert q.official is None or 0 <= q.official < len(doc.officials)
            # a quote of a named official tells that official's name, no other
            name = doc.officials[q.official].name if q.official is not None else None
            assert name is None or q.speaker_name == name


SHORT = "آقایی گفت: کار شد. پور سید آقایی افزود: بله. پور سید آقایی گفت: خیر."


def _fuller_case(name: str, votes: int) -> tuple[list, list, list]:
    s_short = (0, SHORT.index(" گفت"))
    spans = [(SHORT.index("پور"), SHORT.index(" افزود")), (SHORT.rindex("پور"), SHORT.rindex(" گفت"))]
    officials = [Official(0, "آقایی", ("مدیر عامل شرکت رجاء",), (s_short,))]
    entities = [Entity(*s_short, "آقایی", "PERSON", 0)] + [
        Entity(b - len("آقایی"), b, "آقایی", "PERSON", 0) for _, b in spans]
    officials = [Official(0, "آقایی", ("مدیر عامل شرکت رجاء",), tuple((e.start, e.end) for e in entities))]
    quotes = [_quote(SHORT, *sp, 0, name) for sp in spans[:votes]]
    return entities, officials, quotes


def test_fuller_name_of_two_speakers_grows_the_official_and_its_person_spans():
    entities, officials, quotes = _fuller_case("پور سید آقایی", 2)
    ents, offs, _ = complete_officials(SHORT, entities, officials, quotes)
    assert offs[0].name == "پور سید آقایی"
    persons = sorted(e.text for e in ents if e.label == "PERSON")
    assert persons == ["آقایی", "پور سید آقایی", "پور سید آقایی"]
    assert all((e.start, e.end) in offs[0].mentions for e in ents)


@pytest.mark.parametrize("name,votes", [
    ("پور سید آقایی", 1),          # one speaker only
    ("شیخ آقایی", 2),              # an honorific, no name
    ("آقایی را", 2),               # a function word after the name
])
def test_fuller_name_not_taken(name, votes):
    entities, officials, quotes = _fuller_case(name, votes)
    ents, offs, _ = complete_officials(SHORT, entities, officials, quotes)
    assert offs == officials and ents == entities


UNTITLED = "کورشات توزمن اظهار داشت: ترکیه آماده است. وی ادامه داد: همکاری ادامه دارد."


def _untitled_case(name: str) -> tuple[list, list, list]:
    s_name = (0, UNTITLED.index(" اظهار"))
    s_pron = (UNTITLED.index("وی"), UNTITLED.index("وی") + 2)
    text = UNTITLED.replace("کورشات توزمن", name) if name != "کورشات توزمن" else UNTITLED
    shift = len(name) - len("کورشات توزمن")
    s_name, s_pron = (0, s_name[1] + shift), (s_pron[0] + shift, s_pron[1] + shift)
    quotes = [_quote(text, *s_name, None, name), _quote(text, *s_pron, None, name)]
    return text, [], [], quotes


@pytest.mark.parametrize("name", ["کورشات توزمن", "عبدالعلی زاده"])
def test_untitled_speaker_becomes_an_official_with_its_person(name):
    text, entities, officials, quotes = _untitled_case(name)
    ents, offs, qs = complete_officials(text, entities, officials, quotes)
    assert [(o.id, o.name, o.titles) for o in offs] == [(0, name, ())]
    assert [(e.text, e.label, e.official) for e in ents] == [(name, "PERSON", 0)]
    assert [q.official for q in qs] == [0, 0]


@pytest.mark.parametrize("name", ["شایان ذکر", "قدیمی\u200cترها", "جوان دیگری"])
def test_untitled_speaker_not_a_name(name):
    text, entities, officials, quotes = _untitled_case(name)
    ents, offs, qs = complete_officials(text, entities, officials, quotes)
    assert (ents, offs, qs) == ([], [], quotes)


SURNAME = "حسن پسندیده بیان کرد: هوا آلوده است. پسندیده گفت: ایستگاه نصب می‌شود."


def test_surname_a_speaker_goes_by_is_a_person_mention():
    full = (0, SURNAME.index(" بیان"))
    sur = (SURNAME.rindex("پسندیده"), SURNAME.rindex(" گفت"))
    entities = [Entity(*full, "حسن پسندیده", "PERSON", 0)]
    officials = [Official(0, "حسن پسندیده", ("مدیرکل حفاظت محیط زیست استان البرز",), (full,))]
    quotes = [_quote(SURNAME, *full, 0, "حسن پسندیده"), _quote(SURNAME, *sur, 0, "حسن پسندیده")]
    ents, offs, _ = complete_officials(SURNAME, entities, officials, quotes)
    assert [(e.text, e.official) for e in ents] == [("حسن پسندیده", 0), ("پسندیده", 0)]
    assert offs[0].mentions == (full, sur)
    # a speaker written as another person's name is no mention of this one
    quotes = [_quote(SURNAME, *sur, 0, "حسن پسندیده")]
    other = [Official(0, "علی کریمی", (), (full,))]
    ents, offs, _ = complete_officials(SURNAME, entities, other, quotes)
    assert (ents, offs) == (entities, other)


def test_office_named_by_quotes_joins_the_named_record_with_offices_of_its_own():
    """The lead's office goes to the body's first name, and an office speaking between that person's
    statements is named by the quotes as that person too: one person, one record with both offices
    (real Fars article, first paragraphs)."""
    text = ("گزارش قرداد ترک‌سل به نمایندگان احزاب\n\nخبرگزاری فارس: یک مسئول قرارداد ترک‌سل امروز در هشتمین "
            "همایش فصلی خانه احزاب گزارشی در خصوص این قرارداد به نمایندگان احزاب ارائه کرد.\n\nبه گزارش خبرنگار "
            "سیاسی خبرگزاری فارس برات قنبری که صبح امروز در هشتمین همایش فصلی خانه احزاب در خصوص قرارداد "
            "\"ترک‌سل\" سخن می‌گفت، تصریح کرد: بحث مخابرات و پست در برنامه‌های اول، دوم و سوم طرح شده است.\n\n"
            "وی افزود: هنگامی که شروع به آزادسازی در قالب برنامه سوم توسعه کردیم این بخش نوشته شد.\n\n"
            "معاون برنامه‌ریزی و فناوری اطلاعات ادامه داد: جمع‌بندی این گونه بود که در برنامه سوم پست به عنوان "
            "مقوله تصدی اجتماعی محسوب می‌شد.\n\nقنبری گفت: ما در جمعبندی برنامه سوم به این نتیجه رسیدیم که "
            "دولت موظف است خط تلفن ثابت را در تمامی نقاط کشور ارائه کند.")
    doc = fp.analyze(text)
    named = [o for o in doc.officials if o.name and lexicon_key(o.name) == lexicon_key("برات قنبری")]
    assert len(named) == 1, doc.officials
    assert {lexicon_key(t) for t in named[0].titles} >= {lexicon_key("معاون برنامه‌ریزی و فناوری اطلاعات")}


@pytest.mark.parametrize("title, member", [
    ("نماینده مردم تبریز، آذرشهر و اسکو در مجلس شورای اسلامی", True),
    ("عضو کمیسیون برنامه و بودجه مجلس شورای اسلامی", True),
    ("سخنگوی کمیسیون آموزش مجلس", True),
    ("رئیس کمیسیون کشاورزی، آب و منابع طبیعی مجلس شورای اسلامی", True),
    ("رئیس مجلس شورای اسلامی", False),
    ("نایب رئیس مجلس", False),
    ("نماینده ولی فقیه در استان گیلان", False),
    ("عضو شورای اسلامی شهر تهران", False),
])
def test_member_of_parliament(title, member):
    from farsi_press.speakers import member_of_parliament
    assert member_of_parliament(title) is member


def test_parliament_officer_is_not_the_member_just_quoted():
    text = ("حسن قاضی‌زاده نماینده مردم فریمان در مجلس گفت: طرح تصویب می‌شود.\n\n"
            "رئیس مجلس شورای اسلامی تاکید کرد: بودجه اصلاح شد.")
    doc = fp.analyze(text)
    assert [o.name for o in _holders(doc, "رئیس مجلس شورای اسلامی")] == [None]
    member = text.replace("رئیس مجلس", "عضو کمیسیون بهداشت مجلس")
    doc = fp.analyze(member)
    assert [o.name for o in _holders(doc, "عضو کمیسیون بهداشت مجلس شورای اسلامی")] == ["حسن قاضی‌زاده"]


def test_office_cut_after_a_name_is_the_whole_office_written_elsewhere():
    # (the entity layer reads «سخنگوی» alone after the name: «کمسیون» is mistyped)
    text = ("سخنگوی کمیسیون آموزش مجلس از هیأت رئیسه خواست این کمیسیون به عنوان کمیسیون اصلی در نظر گرفته شود.\n\n"
            "به گزارش خبرگزاری فارس، حجت‌الاسلام احمدحسین فلاحی سخنگوی کمسیون آموزش و تحقیقات مجلس شورای اسلامی "
            "اظهار داشت: طرح به کمیسیون فرعی ارجاع شده است.\n\n"
            "سخنگوی کمیسیون آموزش مجلس در پایان گفت: قانون برنامه ششم رعایت نشده است.")
    doc = fp.analyze(text)
    named = [o for o in doc.officials if o.name == "احمدحسین فلاحی"]
    assert len(named) == 1 and named[0].titles == ("سخنگوی کمیسیون آموزش مجلس",)
    assert not [o for o in doc.officials if o.name is None]
    # two nameless offices of the head: neither is the named one's
    two = text.replace("در پایان گفت", "سابق در پایان گفت")
    doc = fp.analyze(two)
    assert len([o for o in doc.officials if o.name is None]) == 2


def test_indefinite_office_is_a_new_person_not_the_headline_topic():
    # (the headline names «امام خمینی»; «یک نماینده مجلس سوریه» introduces someone else)
    text = ("امام خمینی نماد عدالت و حق‌پرستی در جهان است\n\n"
            "خبرگزاری فارس: یک نماینده مجلس سوریه در تجلیل از امام خمینی وی را نماد عدالت و حق‌پرستی در جهان دانست.")
    doc = fp.analyze(text)
    judged = [q for q in doc.quotes if q.cue == "دانست"]
    assert judged and judged[0].speaker_name is None
    assert judged[0].speaker_title == "یک نماینده مجلس سوریه"


def test_honorific_read_as_an_office_is_the_speakers_office():
    # («استاد» is an honorific before a name, an office before a field and a body)
    text = ("استاد اقتصاد دانشگاه علامه طباطبائی درباره اهمیت اعتبار چک و لزوم پشتوانه معتبر صادرکننده، "
            "افزود: مهم‌ترین ویژگی یک ابزار پرداخت مدت‌دار، مسئله اعتماد است.")
    doc = fp.analyze(text)
    assert [(q.cue, q.speaker_title) for q in doc.quotes] == [("افزود", "استاد اقتصاد دانشگاه علامه طباطبائی")]
    named = fp.analyze("استاد محمدرضا شجریان گفت: موسیقی ایرانی غنی است.")
    assert [q.speaker_name for q in named.quotes] == ["محمدرضا شجریان"]
