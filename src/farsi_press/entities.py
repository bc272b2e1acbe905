"""Entity recognition without a downloaded model: PERSON, TITLE, ORG, LOC, nested spans each reported.

The text is cut into word units (`farsi_press.tokens`); every unit is looked up in one merged
gazetteer by token n-gram hashing (`farsi_press.gazetteer`). A small left-to-right grammar then
builds the entities:

- ORG: a known organization, or an organization head (`وزارت`, `سازمان`, `شهرداری`, `اداره کل`...)
  followed by its complements: complement phrases (`امور خارجه`), generic noun words
  (`راه و ترابری`), a place (`شهرداری ملارد`) or another organization (`مدیریت ارتباطات و امور
  بین‌الملل شهرداری ملارد`). A department word (`روابط عمومی`) before an ORG makes an ORG too.
  A club's name that is also a common word or a city (`استقلال`, `بارسلونا`) counts only near a
  match word (`تیم`, `لیگ`, `سرمربی`); a desk after «به گزارش» (`گروه اقتصادی`) is no ORG.
- TITLE: an office (`وزیر`, `فرماندار`, `مدیر کل`, `رئیس‌جمهور`) with the same kinds of complements,
  another office included (`معاون سیاسی امنیتی استاندار`), and `نماینده مردم X در مجلس`.
- LOC: gazetteer places (a name that is also a common word only after a head such as `شهرستان`,
  or as an office's complement), countries, world cities and regions, named venues, and regions
  made by a compass word before a place (`شمال عراق`, `جنوب غربی سوریه`; not `غرب کشور`).
- ORG also: a government named for its head or its ordinal (`دولت اوباما` holding the PERSON,
  `دولت یازدهم`); a paper whose name is a common word after `خبرنگار` or opening a press
  review's line (`کیهان: …`); a club on a results line (`گل گهر سیرجان صفر - …`) near match words;
  `تیم` with its club (`تیم مس کرمان`). `ریاست جمهوری` after `انتخابات`/`دوره` is a term, no body.
- PERSON: honorific + name (the honorific stays outside), first name + surname (`سیدرضا` glued
  counts as a first name), a name before «، office», a public figure's name (`ترامپ`, `بان کی مون`),
  an honorific, a first name and a word of the language as surname (`دکتر مصطفی معین`), a
  sentence-opening surname before a speaker's frame (`شهبازی در ادامه …`, `محمد جوان امروز در
  گفت‌وگو با …`), a name after «به گفته», a quoted name before an office (`«نوری المالکی» نخست‌وزیر`),
  a surname after a bare office (`قاضی منصوری`), names listed with a person's name (`سعید معروف، میلاد
  عبادی و …`), and later the surname alone (`کریمی`).
- Chains stop at a cue word, a verb's noun (`تشکیل جلسه دهد`), a list of places or bodies after a
  comma, and a plural after «و»; a weak head with an adjective made for other heads names nothing
  (`نظام اسلامی`, `نیروی نظامی`); a unit names its force (`نیروی قدس سپاه`); a palace its body
  (`کاخ ریاست جمهوری فرانسه`); a street may bear a noun (`خیابان انقلاب`).

- More rules: a counted head is a common noun (`دو بیمارستان …`); a law's article keeps its number
  (`کمیسیون ماده ۱۰۰`); a list of fields after a comma must reach its «و»; a head names its kind of
  place though the name is a common word (`استان فارس`, `شهر پرند`, `شهرهای پرند و پردیس`); an
  envoy's post after «در» (`نماینده دائم ایران در سازمان ملل`), an MP's seats without «مردم»; a
  nisba ends a surname (`غلامیان دهکردی`), «زاده»/«پور» written apart joins it (`عبدالعلی زاده`);
  a name never runs across a quotation mark; a surname after a club's or school's head names the
  body, not the person (`باشگاه شکوهی`); a channel («شبکه») is named by a number or a proper name.

- Names whose surname is a word of the language or a town: before an office (`حسین مهاجران رئیس …`),
  before punctuation or a time word after a clause-opening first name (`از همدان، حسن نوری ظهر امروز`),
  never before a light verb (`کمال نثار می‌کنم`, `فاطمه اسید پاشیده`); a surname's bound suffix written
  apart (`علی سایه وند`, `ابراهیم حاتمی کیا`); a first name of two words written apart (`شعبان علی خاوری`);
  a listed name's town between list items (`…، رحمان دادمان از تبریز، …`); after an honorific and a
  surname, a word of the language ends the name (`آیت‌الله سیستانی خواستار …`). A body's name in quotes
  opening with its head (`«کنفرانس امنیت و همکاری در اروپا»`); a district's name no lexicon knows
  (`منطقه الهاملی`).

- Spans keep quotation marks in pairs (`شرکت «اپل»`); a first name alone is a person when it stands
  alone twice in the text, at least once free (`نسرین بازداشت شد … منزل نسرین`; not `حسن نیت`, `امام
  حسین`, `آل سعود`); a name after a noun only a person owns (`شاگردان قلعه‌نویی`, `سخنان …`); a public
  figure inside an office (`مشاور امنیت ملی کارتر`); a medium's nationality before its name
  (`خبرگزاری روسی اسپوتنیک`) and its country after it left out (`روزنامه آساهی ژاپن`); a desk before a
  medium is no body (`گروه اقتصادی باشگاه خبرنگاران جوان`); a coach's team is no name (`سرمربی X`);
  roads by their two ends (`محور کرج – چالوس`); a venue's head, an adjective, its name (`فرودگاه
  بین‌المللی کرمانشاه`); a court's numbered branch (`شعبه ۱۱۳ دادگاه کیفری`); chains stop at an
  indefinite plural or a perfect verb (`… مذاکراتی داشته‌ام`).

- Linking classes: a list after a comma that opens with two common words is the clause's, not the
  body's (`وزارت جهاد کشاورزی، تبادل دانش و …`); a place's special zone (`فرمانده انتظامی ویژه کیش`);
  an office held now (`سفیر جدید برزیل در تهران`); a two-part surname that follows the name in two
  sentences (`اکبری مطلق`); a listed two-word surname whole (`محمدحسین صفار هرندی`), also alone
  before «، office» or «؛ office»; a word surname that speaks alone elsewhere (`سید محمد آسوده … ¶
  آسوده گفت`); a second given name that is an office word (`محمد سلطان همتیار`); no list of guests
  after a «و» that joins clauses or adjectives (`… قرار دادند و خواهان پیگیری نماینده …`).

- ORG boundaries: the people a body is for (`صندوق پژوهشگران و فناوران کشور`, `مجمع نمایندگان …`), plurals
  in a row after «و» (`خانه مطبوعات و رسانه‌های استان کرمان`), a field's relational adjective (`هیات عالی
  امنیت غذایی`); the name ends at a bare «استان»/«کشور» unless a place's name follows (`… استان | امنیت این
  پارک‌ها`), before a noun with a quantity or a determiner or a bare plural (`اداره کل تربیت‌بدنی | اقدامات
  زیادی`), and before people after «و» (`سپاه پاسداران | و مستشاران …`); «حوزه» is a domain unless a body
  follows (`حوزه راه و شهرسازی`); an agency's bureau is no part of it (`خبرگزاری فارس | استان تهران`);
  «نمایندگی مجلس» is an MP's seat; a medium described (`شبکه تلویزیونی …`) is named only by what follows;
  a city's metropolitan area (`تهران بزرگ`).

Nested entities are reported each: `مدیر کل روابط عمومی استانداری تهران` gives the TITLE, the
ORG `استانداری تهران` and the LOC `تهران`.

>>> text = "جابر کریمی فرماندار شهرستان ملارد گفت"
>>> [(e.text, e.label) for e in find_entities(text, [])]
[('جابر کریمی', 'PERSON'), ('فرماندار شهرستان ملارد', 'TITLE'), ('شهرستان ملارد', 'LOC'), ('ملارد', 'LOC')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from itertools import accumulate, chain, compress, count, repeat
from operator import is_, itemgetter
from typing import Any, Callable, Mapping, Sequence

import regex

from farsi_press.document import Entity, Span
from farsi_press.gazetteer import Gazetteer, gazetteer
from farsi_press.lexicons import PersonName, compound_given, word_key
from farsi_press.memo import remember
from farsi_press.tokens import BREAK, COMMA, JOIN, Tokens, split_words, tokens_of

__all__ = ["find_entities", "EntityParser"]

_AND = "و"
_MEDIA_KINDS = frozenset({"media"})
# plural heads of the press before a list of papers or agencies (`_media_lists`)
_MEDIA_PLURALS = frozenset({"روزنامه های", "روزنامه ها", "نشریات", "نشریه های", "هفته نامه های", "خبرگزاری های",
                            "رسانه های"})
# gazetteer kinds of a word that may name a body after its head: a field, a name, a place, a body
_NAME_WORD_TAGS = frozenset({"comp", "org", "first", "sur", "nat", "place", "country", "world", "venue", "notable"})
# heads of a medium or a club named by a proper name or a listed one, never by one common word
# («تلویزیون | مسائل را …», «با باشگاه | قرارداد …»; a federation is named by its sport's common noun)
_PROPER_NAMED_MEDIA = frozenset({"تلویزیون", "رادیو"})
_PROPER_NAMED_CLUBS = frozenset({"باشگاه", "تیم"})
_PLACE_OR_BODY = frozenset({"place", "country", "world", "org"})
_COMPASS_ADJECTIVES = frozenset({"شمالی", "جنوبی", "شرقی", "غربی"})
# words that open a list of people after their plural («بازیکنانی همچون ناظری، سخاوی …»)
_PEOPLE_LIST_INTROS = frozenset({"مثل", "همچون", "چون", "مانند", "نظیر"})
# nouns of people whose plural may open such a list (keys: ZWNJ dropped): sport, culture, politics
_PEOPLE_NOUNS = frozenset("""بازیکن کاراتهکا ورزشکار کشتیگیر فوتبالیست ملیپوش قهرمان ستاره مربی داور پیشکسوت
    هنرمند بازیگر نویسنده شاعر خواننده کارگردان نوازنده نقاش عکاس چهره شخصیت فرد کس نفر سیاستمدار رهبر
    دانشمند اندیشمند عالم علما نخبه استاد دانشجو خبرنگار روزنامهنگار فعال مبارز شهید نامزد کاندیدا""".split())
_PLACE_NAME_WORD_TAGS = frozenset({"first", "core_first", "sur", "place", "world", "country"})
# a medium's name ends after a body, an Iranian place or a country (not a foreign town: «دیلی میل»)
_NAME_ENDING_TAGS = frozenset({"place", "country", "org"})
_MAX_GENERIC = 5
# offices of an event whose name follows them (`EntityParser._event_office`), and the longest name read
_EVENT_OFFICES = frozenset({"دبیر", "دبیر اجرایی", "دبیر علمی", "رییس", "مدیر", "مدیر اجرایی", "مسیول",
                            "مسوول", "سخنگو", "سخنگوی"})
_EVENT_WORDS = 12
# ordinals in «مین» by their stems («هفت» + «مین»), and the first's own words
_ORDINAL_STEMS = frozenset("یک دو سو چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده "
                           "هجده هیجده نوزده بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد آخر".split())
_FIRST_ORDINALS = frozenset({"نخستین", "اولین", "سومین", "آخرین"})
_MAX_NAME = 3
#: The most words of honorifics before a name («حضرت آیت‌الله العظمی حاج شیخ …» has five).
_MAX_HONORIFICS = 8
_MAX_DEPTH = 6  # nesting of bodies and offices («معاون … اداره کل … سازمان … وزارت …»)
_PEOPLE_TITLE = ("نماینده مردم",)  # «نماینده مردم X در مجلس»
_COURTESIES = frozenset({"محترم"})  # «نماینده محترم مردم …», «وزیر محترم کشور»
_PARLIAMENT = ("مجلس", "مجلس شورای اسلامی")
_PARLIAMENTS = frozenset({"مجلس", "پارلمان", "کنگره", "سنا"})
_SEAT_WORDS = frozenset({"شهرستان", "شهر", "استان", "حوزه", "منطقه"})  # «نماینده مردم این شهرستان در مجلس»
_DEPUTIES = frozenset({"معاون", "قائم مقام", "مشاور", "دستیار", "نماینده ویژه", "فرستاده ویژه"})  # take «در امور …»
_FIELD_IN_TITLES = frozenset({"وزیر مشاور"})  # «وزیر مشاور در امور …»: the field after «در» is the office's
# a one-word office that is also a common noun after these words («تحت رهبری»)
_NEGOTIATING = frozenset({"تیم", "تیم های", "هیئت", "هیات", "هیأت", "کشورهای", "کشور", "طرف", "طرفین", "گروه"})
_NOT_AFTER = {"رهبری": frozenset({"تحت", "با", "به", "در", "از"}),
              # «تیم مذاکره‌کننده ایران»: the adjective of a team, no one's office
              "مذاکره کننده": _NEGOTIATING, "مذاکره کننده ارشد": _NEGOTIATING}
# surnames that are the first word of an idiom before these words: «صدر اسلام», «صدر جدول»
_IDIOM_SURNAMES = {"صدر": frozenset({"اسلام", "جدول", "اخبار", "نشین", "مشروطه"})}
# a one-word office that is the first word of an idiom: «زنان سرپرست خانوار», a household's head, no office
_NOT_BEFORE = {"سرپرست": frozenset({"خانوار", "خانواده"})}
_MEMBER = frozenset({"عضو"})
_SPEAKER_DETERMINERS = frozenset({"یک", "این"})  # «یک استاد دانشگاه گفت», «این استاد دانشگاه افزود»
# a time modifier right after an office belongs to it («رئیس‌جمهور کنونی روسیه», «وزیر وقت کشور»)
_OFFICE_TIMES = frozenset({"کنونی", "فعلی", "سابق", "اسبق", "پیشین", "وقت", "موقت", "جدید"})
_NOW = ("حال", "حاضر")  # «حال حاضر»: at present, the two words of a time modifier
# also a common noun or adjective («وقت زیادی», «جدید»): needs a complement or a break
_OFFICE_TIME_LOOSE = frozenset({"وقت", "جدید"})
_DETERMINERS = frozenset({"یک", "این", "آن", "هر", "چند", "همین", "همان", "چنین", "هیچ"})
_DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان", "چنین", "چنان"})
# a count before a head makes it a common noun: «دو بیمارستان …», «چند شرکت …», «یک کارگروه …»
_COUNTS = frozenset({"یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "چند", "چندین", "برخی",
                     "تعدادی", "هر", "هیچ", "کدام", "دهها", "صدها"})
# a numbered article of a law or a charter: «کمیسیون ماده ۱۰۰», «اصل ۴۴»
_NUMBERED = frozenset({"ماده", "تبصره", "اصل", "بند", "شماره"})
# nouns a number follows as their name («منطقه یک شهرداری گرگان»): the number counts no head after it
_NUMBERED_NOUNS = _NUMBERED | {"منطقه", "ناحیه", "فاز", "دسته", "لیگ", "پلاک", "ردیف", "قطعه", "بلوک", "سطح"}
# «مدیریت» (management) before a manner of managing names the act, no body
_MANAGING = frozenset({"مدیریت", "اداره"})  # managing, before a manner (`_MANNERS`): no body
_MANNERS = frozenset({"یکپارچه", "بهینه", "متمرکز", "صحیح", "درست", "کارآمد", "اثربخش", "هوشمند", "مطلوب",
                      "جهادی", "بهتر", "موثر", "کارا", "نادرست", "غلط", "ضعیف", "قوی"})
# the numbers of a body's region (a `region` word) before the body: «منطقه ۲۷ دانشگاه آزاد اسلامی»
_REGION_NUMBERS = frozenset("یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده "
                            "هجده هیجده نوزده بیست اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم".split())
_MAX_OPEN_GENERIC = 3  # generic words a chain may end on without a place, body or complement phrase
_NOT_NAME_AFTER = frozenset({"عید", "روز", "شب", "ماه"})  # «عید سعید فطر», «ماه مبارک»
# given names that are a word of an idiom after these words, before a noun: «با کمال تاسف», «در کمال آرامش»
_IDIOM_FIRSTS = {"کمال": frozenset({"با", "در"}), "قادر": frozenset({"خداوند", "خدای", "خدا", "پروردگار"}),  # «خداوند قادر متعال»
                 "کریم": frozenset({"قرآن", "خداوند", "خدای", "پیامبر", "رسول"})}  # «قرآن کریم جهاد را …»
# a first name that is also a word, and the words it makes an idiom with after it: «حسن» (goodness):
# «دارای حسن شهرت», «با حسن نیت», «حسن اجرای قانون» name no one
_IDIOM_AFTER_FIRST = {"حسن": frozenset("شهرت نیت اجرا اجرای اجراء انجام خلق ظن همجواری سلوک تفاهم رفتار استقبال "
                                       "جریان سابقه روابط ختام معاشرت انتخاب مدیریت تدبیر عمل".split())}
# bodies often named for a person (a martyr, a founder): «باشگاه شکوهی», «مدرسه شهید …», «بیمارستان …»
_NAMED_FOR_KINDS = frozenset({"sports", "school", "health", "university", "company", "military"})
# bodies named after a martyr by «شهید» + the name («قرارگاه … شهید …», «پایگاه بسیج شهید …», «کانون شهید …»)
_MARTYR_NAMED_KINDS = _NAMED_FOR_KINDS | {"military", "headquarters", "institute", "center", "culture", "association"}
_MARTYR_AREAS = frozenset({"اردوگاه", "شهرک"})  # «اردوگاه شهید بهشتی», «شهرک شهید رجایی»: named after a martyr
_HOME = "خانه"  # «خانه شهید احمدزاده»: the martyr's home, no body named after him
_PRONOUN_SUFFIXES = ("شان", " اشان", " اش", "ش")  # «برایش», «متبوعش», «درباره‌اش»: a word with a pronoun
_PRONOUN_STEM_TAGS = frozenset({"P", "AJ"})  # … on a preposition or an adjective: never a name's word
_AGENT_PLURAL = "ندگان"  # «گیرندگان», «کنندگان»: plural agent nouns, people in general, no name
_UNION_HEADS = frozenset({"اتحاد"})  # «اتحاد مسلمانان», «اتحاد ادیان»: unity of people, no body
# adjectives that take «به» as a predicate («محدود به», «متعلق به»): they end a body's name
_PREDICATE_ADJECTIVES = frozenset("""محدود مربوط متعلق وابسته منجر منوط موکول منتهی معطوف متکی مبتلا مشغول مجبور موظف
    مکلف ملزم قادر مجاز نیازمند محتاج مقید متعهد""".split())
_MISSION_KINDS = frozenset({"board", "office"})  # «هیئت», «نمایندگی», «دفتر»: a country's mission at a body
_INSTITUTION = "نهاد"  # «نهاد سپاه»: «institution» before a known body is no part of its name
_THROUGHOUT = "سراسر"  # «حوزه‌های علمیه سراسر کشور»
_LEADER_OFFICE_HEADS = frozenset({"دفتر", "نهاد"})  # «دفتر نمایندگی ولی فقیه …»: the Leader's representation
_INDEFINITE_ADJECTIVES = frozenset({"ویژه", "تازه", "ساده", "عمده", "عادلانه", "گسترده", "پیچیده", "برجسته", "شایسته",
                                    "سازمان یافته", "فزاینده", "سازنده", "جداگانه"})  # + «‌ای»: «کارگروه ویژه‌ای»
_SURNAME_SUFFIXES = frozenset({"زاده", "پور"})  # written apart from the name they end: «عبدالعلی زاده»
# more bound surname suffixes, taken written apart only after a first name and a surname's first
# part, before the end of the name: «علی سایه وند», «فیروز تابش نژاد», «ابراهیم حاتمی کیا»
_GLUED_PREPOSITIONS = frozenset({"در", "از", "با", "به", "بر"})  # written glued to the next word: «دردقیقه»
_QUOTED_ORG_LINKS = frozenset({"و", "در", "از", "برای", "با", "به"})  # inside a quoted body's name
# heads that also open titles of plays, editorials and devices in quotes («مجلس زره‌پوشی شمر», «دستگاه …»)
_NOT_QUOTED_ORG_HEADS = frozenset({"مجلس", "دولت", "دستگاه", "خانه", "کابینه", "اتاق"})
# heads whose quoted name another rule reads: a town's («شهرداری «پالم بیچ»»), a club's
_OWN_QUOTED_KINDS = frozenset({"sports", "municipality", "governorate"})
_PERSON_NAME_TAGS = frozenset({"first", "sur"})
# words no item of a list of names holds (`_listed_names`): offices, bodies, places, honorifics
_LISTED_NAME_BLOCKS = frozenset({"title", "org", "head", "place", "country", "world", "nat", "venue", "vhead", "hon", "cue"})
_DIVINE = frozenset({"خدا", "الله", "اله", "حق", "رحمان"})  # no surname after «رسول», «حبیب», «عبد»
_TAIL_NOUNS = frozenset({"فرد", "تبار", "اصل"})  # tails that are nouns too («ایرانی تبار»): only after a sure first name
_COMPOUND_SECONDS = frozenset({"علی", "رضا", "حسین", "حسن", "محمد", "اکبر", "اصغر"})  # «شعبان علی», «غلام رضا»
_SURNAME_TAILS = _SURNAME_SUFFIXES | {"وند", "منش", "نژاد", "نیا", "کیا", "راد", "فر", "فرد", "تبار", "اصل", "زهی"}
# weak heads that name a part or a unit of the body after them: «ستاد فرماندهی …», «کارخانه سیمان یاسوج»,
# «دفتر ریاست جمهوری», «جمعیت هلال‌احمر» (not «نیروهای ارتش», «پست ریاست جمهوری», «نظام ملل متحد»)
_BODY_PART_HEADS = frozenset({"ستاد", "جمعیت", "دفتر", "کارخانه", "مجتمع", "شعبه", "تیم", "مجمع", "جنبش", "کمیته",
                              "هیئت", "هیات", "صندوق", "کانون"})
_DAY_NAMES = _NOT_NAME_AFTER | {"هفته", "دهه", "سالروز", "جشن"}  # «روز روحانی», «دهه مبارک فجر»
_PLURAL_ENDINGS = ("های", "هایی", "ها", "ات", "ترین", "تری")
# venue heads whose next word is a proper name («تالار وحدت», «زندان گوانتانامو»); admin and area
# heads («استان», «منطقه») take only gazetteer places
_VENUE_KINDS = frozenset({"street", "hall", "stadium", "airport", "prison", "building", "shrine", "park",
                          "port", "facility", "cemetery", "lake", "mountain", "river", "island", "valley",
                          "cave", "terminal", "dam"})
_COMMON_HONORIFIC_KINDS = frozenset({"civil", "academic", "martyr", "royal"})  # not «سید», «شیخ», «آیت‌الله»
# honorifics of imams and holy figures: the name after them is the figure's, named with the honorific
# (`EntityParser._holy_figure`: «امام رضا», «حضرت زینب»), never a surname to find alone later
_HOLY_HONORIFICS = frozenset({"امام", "حضرت", "حضرت امام", "پیامبر", "امامان"})
#: «امیر»: an army rank before a name, or a given name (see `EntityParser._military`).
_AMIR = "امیر"
#: Words of articles about the armed forces, where «امیر» before a name is a rank.
_MILITARY_WORDS = frozenset({
    "ارتش", "ارتشی", "پدافند", "قرارگاه", "سرتیپ", "سرلشکر", "سرهنگ", "سپهبد", "دریادار", "دریابان", "ناو",
    "ناوگان", "ناوچه", "خلبان", "خلبانان", "لشکر", "آجا", "نزاجا", "نهاجا", "نداجا", "امرای",
})  # (not words of other news too: «تاسیسات دریایی» a team, «خط دفاع», «ستاد بحران», «حمله نظامی»)
# words after «بسیج» or «سپاه» that make the common noun: «بسیج عمومی» (mobilization), «سپاه دشمن» (an army)
_MOBILIZATION_AFTER = frozenset({"عمومی", "همگانی", "جهانی", "ملی", "مردمی", "منابع", "امکانات", "افکار", "دشمن",
                                 "اسلام", "کفر", "یزید", "روم", "شام", "کوفه", "ابرهه", "عمر", "عمرسعد", "مغول", "صدام"})
_RA = "را"  # the object marker
_OUR_COUNTRY = "کشورمان"
_BARE_ANAPHORS = frozenset(map(word_key, ("مسئول", "مقام")))  # «این مسئول»: an office of no field of its own
_QUOTE_MARKS = ("«", "\"", "“")
# tags no word of a quoted foreign person's name has («به گفته «عمرو موسی»، …»)
_QUOTED_PERSON_BLOCKS = frozenset({"country", "org", "title", "head", "hon", "nat", "vhead", "world", "venue",
                                   "comp", "cue", "word"})
# (of them, the kinds no quoted name holds even before an office: «آمریکا», «ایرانی», «سازمان ملل»)
_HARD_QUOTED_BLOCKS = frozenset({"country", "org", "nat", "world"})
# a Latin acronym in brackets after a body's name: «… انرژی اتمی (IAEA)» (capitals, may end in «s»)
_BRACKET_ACRONYM = regex.compile(r"[ \t]{0,2}\([ \t]?([A-Z][A-Z&.]{1,8}s?)[ \t]?\)")
_ALL_QUOTES = ("«", "»", "\"", "“", "”")
# a first name alone names a person only when it is no other kind of word too
_NOT_LONE_FIRST = frozenset({"sur", "place", "country", "world", "org", "title", "head", "hon", "vhead", "venue",
                             "comp", "nat", "word"})
_COACHES = frozenset({"سرمربی", "مربی", "کاپیتان", "هافبک", "مهاجم", "مدافع", "دروازه بان"})  # «سرمربی X»: X a team
# nouns only a person owns: a coach's players, a coaching, a person's words («شاگردان قلعه‌نویی», «سخنان …»)
_OWNED_NOUNS = frozenset({"شاگردان", "یاران", "سرمربیگری", "مربیگری", "سخنان", "صحبت", "صحبت های", "صحبتهای",
                          "اظهارات", "گفته های", "بیانات", "مصاحبه"})
# a coach's players and coaching: the coach after them may bear a foreign name of no lexicon
_COACHED = frozenset({"شاگردان", "سرمربیگری", "مربیگری"})
# suffixes a word of the language takes (ezafe, possessives, plurals), for `_foreign_word`
_WORD_SUFFIXES = ("ی", "ای", "یی", "ش", "یش", "شان", "یشان", "مان", "تان", "ان", "گان", "ها", "های", "ات")
_HAJ = frozenset({"حاج", "حاجی"})  # a pilgrim's honorific, part of a surname after the given name
_QOLI = "قلی"  # the second part of «محمدقلی», «الله‌قلی», «امام‌قلی»
_QOLI_FIRSTS = frozenset({"الله", "امام"})
_NUMBERED_BODIES = frozenset({"شعبه", "مجتمع قضایی"})  # «شعبه ۱۱۳ دادگاه کیفری»: a court's branch by its number
_PERFECT_ENDINGS = frozenset({"ام", "ایم", "اید", "اند"})  # «داشته‌ام»: a perfect verb's ending
_CLAUSE_ENDS = ("هایی", " ام", " ایم", " اید", " اند")
_ROAD_KINDS = frozenset({"road", "street"})
_DASHES = ("-", "ـ", "–", "_")
# adjectives between a venue's head and its name: «چشمه معدنی تلخاب», «قلعه تاریخی …», «پل مواصلاتی …»
_VENUE_ADJECTIVES = frozenset({"تاریخی", "معدنی", "مواصلاتی", "باستانی", "قدیمی", "بین المللی", "قدیم", "معروف",
                               "مشهور"})
_EMPTY_SET: frozenset[str] = frozenset()
_NOTABLE_ONLY = frozenset({"notable"})
_NAMING_TAGS = frozenset({"head", "vhead", "hon", "title", "org", "first", "sur"})
_NAMED_NOUNS = frozenset({"آل", "سوره", "روز", "میلاد", "ولادت", "شهادت", "وفات", "حرم", "سالروز", "دهه"})  # «سوره مریم»
_INVOCATIONS = frozenset({"یا", "ای"})  # «یا زهرا», «یا حسین»: a call to a saint
_BLESSINGS = ("(ع", "(س", "(ص", "(ره", "(عج")  # «حسین (ع)»: a saint's name
_BLESSING_WORDS = frozenset({"ع", "س", "ص", "ره", "عج"})  # the same as tokens (`_after_blessing`)
_QUOTE_REACH = 30  # characters a quoted name may run on past an entity's end to its closing mark
_QUOTE_STOPS = frozenset("«»\"“”.،,:؛;!?()\n")
_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("\"", "\""))
# heads of settlements, whose names are never a person's («روستای ذاکر کندی»); streets, shrines,
# halls… are often named for one («خیابان محمد علی جناح», «مزار ایرج بسطامی»)
_SETTLEMENT_KINDS = frozenset({"village", "admin", "area", "valley", "island", "mountain", "river", "lake"})
# words before a military operation's name, which may be a place's («عملیات بیت‌المقدس»)
_OPERATION_WORDS = frozenset({"عملیات", "رزمایش"})
# a place won in a results list («مقام اول», «مقام سوم»; see `EntityParser._ranked_people`)
_PLACE_WORD = "مقام"
_VENUE_TYPES = frozenset({"مرزی", "بین المللی", "تجاری", "مسافری"})  # «پایانه مرزی مهران»
_COMMISSION = "کمیسیون"
_POPULATION = "جمعیت"  # a society («جمعیت هلال‌احمر») or a population
_POPULATION_AFTER = frozenset({"کیفری", "شهری", "روستایی", "عشایری", "جوان", "فعال", "کل", "زنان", "سالمندان",
                               "کشور", "استان", "شهر", "روستا", "زندانیان", "دانش آموزی", "دانشجویی", "شاغل"})  # a plural in «ها» is no word of a person's name
_WEB_WORDS = frozenset({"http", "https", "www"})  # the opening of a web address
_VOTES = "رای"  # «نجفی با ۲۱ رای»: a candidate's count
# words after a quoted name that make it a clause's subject: «… «سعد عبود» در گفت‌وگو با …», «… نیز گفت»
_AFTER_QUOTED_NAME = frozenset({"در", "نیز", "ضمن", "با", "امروز", "روز", "هم", "طی", "پس"})
_RANKS = frozenset({"اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "نخست"})
_AGE_WORDS = frozenset({"سال", "ساله", "سالگی", "بزرگسالان", "نوجوانان", "جوانان", "امیدها", "نونهالان", "خردسالان"})
_ORDINALS = frozenset({"نهم", "دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "هشتم", "هفتم", "ششم"})
# «انتخابات ریاست جمهوری», «دوره ریاست جمهوری اوباما»: the office as a term, not the body
_TERM_NOUNS = frozenset({"انتخابات", "دوره", "دوران", "نامزد", "نامزدهای", "نامزدی", "کاندیدای", "کاندیداهای",
                         "رقابت", "رقابت های", "مناظره", "مناظره های", "سال های", "سال", "دور",
                         "انتخاب", "پست", "مقام", "سمت", "کرسی"})  # («در پست ریاست جمهوری بماند»)
_TERM_ORDINALS = frozenset({"اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
                            "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم"})
_SEAT_HEADS = frozenset({"کاخ"})  # «کاخ ریاست جمهوری فرانسه»
_TERM_MODIFIERS = frozenset({"آینده", "بعدی", "جدید", "قبلی", "گذشته", "پیشین", "پیش رو", "اخیر"})  # «دور آینده ریاست جمهوری»
_REPUBLIC, _PRESIDENCY = "جمهوری", "ریاست"  # «جمهوری چک» is a country, «ریاست جمهوری» an office
_CUE_ADVERBS = frozenset({"همچنین", "نیز", "سپس", "همچنان", "ضمنا", "در ادامه"})  # «… همچنین گفت»
_REPORT_REACH = 16  # tokens an attribution «به گزارش … از …،» may take before its comma
# «X در ادامه …», «X در پاسخ به …»: a speaker's framing after a name that opens a sentence
_SPEECH_FRAMES = frozenset({"ادامه", "پایان", "پاسخ", "خصوص", "این باره", "همین زمینه", "حاشیه", "گفت و گو",
                            "گفت وگو", "گفتگو", "مورد", "این خصوص", "همین خصوص", "این زمینه", "همین راستا",
                            "این راستا", "جمع", "مراسم", "نشست", "دیدار"})
_TALK_FRAMES = frozenset({"گفت وگو", "گفت و گو", "گفتگو", "گفت"})  # «در گفت‌وگو با …» («گفت» opens «گفت و گو»)
# «… امروز در گفت‌وگو با …», «… روز شنبه در …»: a time between a speaker's name and the frame
_FRAME_TIMES = frozenset({"امروز", "دیروز", "امشب", "صبح", "عصر", "شب", "بامداد", "ظهر", "روز"})
_WEEKDAYS = frozenset({"شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "پنج شنبه", "جمعه",
                       "یک شنبه", "چهار شنبه", "گذشته", "جاری"})
# «به گفته شاکری، …», «به اعتقاد …»: the name after these is a speaker's
_ACCORDING = frozenset({"گفته", "اعتقاد", "عقیده", "اعتراف", "نوشته", "تاکید"})
# gazetteer kinds that can open an ORG or a LOC (a token without any of them opens neither)
# (word kinds of `entities_words.tsv` count as kinds of their own: «dept», «place_head»…)
_ORG_TAGS = frozenset({"org", "head", "dept", "body", "region"})
_BODY_OPENING_WORDS = frozenset({"dept", "region"})  # word kinds that open a body before another (`_body_head`)
_PERSON_TAGS = frozenset({"hon", "first", "core_first"})  # what a name found by person_at opens with
_LOC_TAGS = frozenset({"place", "country", "world", "venue", "vhead", "place_head", "direction"})
_GLUED_CUES: dict[str, bool] = {}  # `EntityParser._glued_cue` per key
_CUE_NAMES: dict[str, bool] = {}  # `EntityParser._cue_name` per key
_MATCH_SIDES = frozenset({"مقابل", "برابر", "میزبان", "مهمان", "حریف", "قهرمان", "نایب", "تیم", "تیم های"})
# country and city names that are also common words («مصر» insistent), places after a preposition
_PLACE_AFTER_PREPOSITION = frozenset({"مصر", "عمان", "قدس", "بیت المقدس", "اورشلیم", "وین"})
_PREPOSITIONS = frozenset({"در", "به", "از", "تا"})
# words that open a predicate with «به» or a copula (`_predicate_at`): «اقدام به …», «مجبور است»
_PREDICATE_WORDS = frozenset("اقدام مبادرت شروع مجبور موظف مکلف ملزم قادر".split())
# plurals of people after «با شرکت» (taking part): «با شرکت دانش‌آموزان», «با شرکت مردم»
_PEOPLE_PLURALS = frozenset(("مردم", "دانش آموزان", "دانشجویان", "کارشناسان", "مدیران", "مسئولان", "مسئولین",
                             "ورزشکاران", "هنرمندان", "علاقه مندان", "اعضای", "کشورهای", "نمایندگان"))
# bodies named by their field, which alone names the field itself («حفاظت از محیط زیست», «هفته منابع
# طبیعی»): no ORG by itself, outside an office («رئیس محیط زیست»)
_FIELD_NAMES = frozenset({"محیط زیست", "منابع طبیعی"})
# words that never describe a body or an office after its head: prepositions hazm also lists as nouns
# («وزیر نیرو | بابت قطعی برق», «… | برابر نماینده یونان») and the adjectives of a subject's predicate
# («وزیر نیرو | خواستار پاسخ‌گویی … شد», «سفر وزیر جهاد کشاورزی | مانع از آن نشد»),
# and indefinite spans of time («وزیر جهاد کشاورزی | دقایقی پیش …»)
_NOT_DESCRIPTORS = frozenset("""
بابت برابر مقابل علیه برعلیه درباره پیرامون ضمن طی نزد توسط
خواستار خواهان مانع مدعی منکر معتقد متعهد مصمم نگران
دقایقی ساعاتی لحظاتی
""".split())
# number words that open a count («یک‌هزار و ۴۰۰ دانشجو»), never a field of a body's name
_BIG_NUMBERS = frozenset({"یک هزار", "یکهزار", "هزار", "یکصد", "صد", "میلیون", "میلیارد", "دو هزار", "سه هزار"})
# last words of foreign media names (`_media_names`): «… تایمز», «… پست», «… تودی»
_MEDIA_TAILS = frozenset("تایمز تودی تریبیون هرالد ژورنال تلگراف اکسپرس مانیتور نیوز".split())
# department words that name a news site before its quoted name («پایگاه خبری «الوقت»», «سایت «وطن»»)
_SITE_WORDS = frozenset({"پایگاه", "سایت"})
# units of a number before a counted noun («۲ میلیون لاله»)
_COUNT_UNITS = frozenset({"هزار", "میلیون", "میلیارد", "صد", "هزاران"})
# quantifiers that open a noun phrase of their own after «و» («و تلاش تمام کارکنان»)
_QUANTIFIERS = frozenset("تمام تمامی همه کلیه برخی بسیاری".split())
_AGENCY = "خبرگزاری"
_GREATER = "بزرگ"  # «تهران بزرگ»: a city's metropolitan area
_MEDIUM_ADJECTIVES = frozenset({"تلویزیونی", "رادیویی", "ماهواره ای", "خبری", "اینترنتی", "تحلیلی"})  # «شبکه تلویزیونی …»
_SEAT_OF_MP = "نمایندگی"
_PLACE_SUFFIX = "ستان"  # «خوزستان», «کردستان»: a place's name, though some lexicon knows the word
_AREA_WORDS = frozenset({"استان", "کشور"})  # «… استان»: the province the body serves, named or not
_TAIL_QUANTITIES = frozenset("زیادی بسیاری فراوانی چشمگیری خوبی مهمی بیشتری".split())  # «اقدامات زیادی»
_COPULAS = frozenset({"است", "هستند", "هستیم", "هستم", "بود", "بودند", "اند", "باشد", "باشند", "شد", "شدند", "نیست", "نیستند"})
# heads after which an unknown word names the place («ناحیه پالم بیچ», «شهر مرگه»)
_NAMING_HEADS = frozenset({"شهر", "شهرستان", "دهستان", "روستای", "روستا", "شهرک", "ایالت", "ناحیه", "جزیره", "بندر",
                           "استان"})
_VOWEL_POSSESSIVES = ("یم", "یت", "یش", "یمان", "یتان", "یشان")  # after a vowel: «بابایم», «پایش»
_BASE_WORD_FREQ = 100_000  # a bare word this frequent under a suffix makes the word no name («دستش», «هوشمندانه»)
_WORD_FIRST_FREQ = 5_000_000  # a first name this frequent as a word («فرهنگ») vouches for no list of names
_GLUED_FREQ = 2000  # both halves of a glued pair of words are this frequent in hazm's counts («خبرداد»)
_WORD_PREFIXES = ("غیر", "پر", "نا", "بی", "هم", "فرا", "پیش", "پس")  # «غیرضرور», «پربارش»
_WORD_SUFFIXES = ("پذیر", "مند", "وار", "انه", "گرا", "گر", "ناک", "سازی")  # «گردشگرپذیر»
# plural heads of places: the names after them are places («روستاهای استاد کلایه، …», «مناطق قاضی دشت»)
_SETTLEMENT_PLURALS = frozenset({"روستاهای", "شهرهای", "شهرستان های", "دهستان های", "مناطق", "بخش های", "شهرک های",
                                 "استان های", "جزایر", "ایالت های"})
# heads that are common nouns first («نظام», «حوزه»): a field phrase made for other heads names no body after them
# a field named by a verbal noun and its preposition: «مبارزه با …», «حمایت از …»
_PREP_NOUNS = frozenset({"مبارزه", "حمایت", "پیشگیری", "حفاظت", "مقابله"})
# verbal nouns with a preposition of their own: «ستاد رسیدگی به …», «اداره نظارت بر …»
_NOUN_PREPS = {"رسیدگی": "به", "نظارت": "بر"}
# heads of an organization's office abroad or elsewhere, whose post follows «در» (`_title_from`)
_MISSION_HEADS = frozenset({"دفتر", "نمایندگی", "سفارت", "کنسولگری"})
# offices whose place follows «در» («نماینده ولی فقیه در استان کرمان», «نماینده عالی دولت در …»)
_ENVOY_TITLES = frozenset({"نماینده ولی فقیه", "نماینده عالی دولت"})  # «کمیسیون تلفیق رسیدگی به بودجه», «ستاد رسیدگی به امور آزادگان»
_LOOSE_HEADS = frozenset({"نظام", "حوزه", "پایگاه", "جامعه"})
_ADJ_HEADS = _LOOSE_HEADS | {"نیرو", "نیروهای"}  # «نیروی نظامی», «نظام اسلامی»: a head and a nisba adjective
# a head names the kind of place after it: «استان فارس», «شهر پرند» (a province's or a city's name that
# is also a common word or a first name); plural heads before a list: «شهرهای پرند و پردیس»
_HEAD_PLACE_KINDS = {"استان": frozenset({"province"}), "شهرستان": frozenset({"county"}),
                     "شهر": frozenset({"city"}), "شهرهای": frozenset({"city"}),
                     "شهرستان های": frozenset({"county"}), "استان های": frozenset({"province"})}
_DISTRICT_HEADS = frozenset({"منطقه", "محله", "شهرک"})  # a compound word after them names the district
_STREET_HEADS = frozenset({"خیابان", "بلوار"})
# squares and junctions, named like streets where a street stands near («مسجد نور - میدان جهاد - خیابان
# فلسطین»); «میدان» alone is also a field («میدان جنگ»)
_JUNCTION_HEADS = frozenset({"میدان", "فلکه", "چهارراه"})
_BRANCH_WORDS = frozenset({"واحد"})  # a body's branch, named for a place or a person after it
_BRANCH_COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب", "مرکز"})  # «واحد تهران شمال»
_TOWN_OFFICES = frozenset({"local", "religious"})  # offices of a town (titles.tsv categories): «شهردار شهریار»
_MONTHS = frozenset("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split())
# (keys: «سی‌ام» is one token, its ZWNJ a space)
_DAY_ORDINALS = frozenset("اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم سیزدهم چهاردهم پانزدهم "
                          "شانزدهم هفدهم هجدهم هیجدهم نوزدهم بیستم".split()) | {"سی ام"}
_STREET_REACH = 6  # tokens around a junction's head searched for a street's
#: Plural endings in «ها»: no venue's name has them (a head before a plural noun is a compound: «پارک
#: سوارهای …»), nor a person's name (`_name_before`), nor a society's field after «جمعیت».
_HA_PLURALS = ("های", "ها")
_PLACE_NAME_KINDS = frozenset({"country", "world", "venue", "place"})  # heads whose name may be a noun of the language («خیابان انقلاب»)
_STREET_WORDS = frozenset({"اصلی", "فرعی", "شلوغ", "خلوت", "قدیمی", "مجاور", "اطراف", "شهر", "منطقه", "محل", "روبرو",
                           "مقابل", "کناری", "پشتی", "عریض", "باریک", "طولانی"})
_PLURAL_WORD = (" ها", " های", " هایی")  # a plural written with its suffix (ZWNJ) as one unit: «برنامه‌های»
_POSSESSIVES = ("ش", "شان", "م", "مان", "ت", "تان", "اش", "ام", "ات")
_INFLECTIONS = ("ان", "یان", "ی", "ای", "یی", "ند", "یم", "ید", "گان")
# words that open a sentence before a speech verb and are no one's name («وی گفت», «همچنین افزود»)
_PRONOUNS = frozenset({"وی", "او", "ایشان", "آنها", "آن ها", "اینها", "ما", "من", "شما", "همچنین", "سپس"})
_ZONE_WORDS = frozenset({"ویژه"})  # «انتظامی ویژه کیش», «فرمانداری ویژه»: a place's special zone
_OFFICE_HEADS = frozenset({"اداره کل", "اداره"})  # heads of a field's provincial office («اداره کل محیط زیست»)
_TIME_WORDS = frozenset({"روز", "امروز", "دیروز", "صبح", "عصر", "ظهر", "شب", "امشب", "بامداد", "شامگاه", "پیش"})
_SCORE_WORDS = frozenset({"صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده"})
_REPORTER_WORDS = frozenset({"خبرنگار", "خبرنگاران", "خبرنگارگروه"})
_OFFICE_BODIES = frozenset({"ریاست جمهوری", "ریاست جمهوری اسلامی ایران"})
_NAME_LINKS = frozenset({"بن", "ابن", "بنت"})
# «بن» and «آل» going on after an Arabic name (`EntityParser.person_at`): «… بن محمد», «… آل خلیفه»
_FAMILY = "آل"
_ARABIC_LINKS = frozenset({"بن", "بنت", _FAMILY})
_FAMILY_ARTICLES = frozenset({"ال"})
_SURNAME_ENDINGS = ("ی", "زاده", "پور", "نژاد", "فر", "نیا", "یان", "وند", "لو", "کیا", "راد", "منش", "پناه",
                    "نسب", "خواه", "دوست", "مهر", "بخش", "زهی", "فرد", "آبادی")

Spans = list[tuple[int, int, str]]  # (first token, end token, label)
_EMPTY: Mapping[str, Any] = {}
_LIGHT_PRESENT = frozenset({"کند", "کنند", "شود", "شوند", "دهد", "دهند", "گیرد", "گیرند", "نماید", "نمایند", "سازد", "دارد",
                            # «انتظار می‌رود», «به شمار می‌آید», «افزایش می‌یابد», «به نظر می‌رسد»
                            "رود", "روند", "آید", "آیند", "یابد", "یابند", "رسد", "رسند"})
_NAMEISH: dict[str, bool] = {}


_PREVERBS = ("بر", "فرا", "باز")


def _preverb_verb(k: str, g: Gazetteer) -> bool:
    """A verb with a preverb that the verb lists lack: «برشمرد», «برشمردند», «فراخواند»."""
    if not k.startswith(_PREVERBS):
        return False  # (most words: one test in C)
    for pre in _PREVERBS:
        if k.startswith(pre) and len(k) - len(pre) >= 4 and k[len(pre):] in g.verbs and k not in g.tagged:
            return True
    return False


# light verbs of compound verbs in every person: a word before them is the verb's noun, no surname
# («کمال نثار می‌کنم», «خواب دیدم», «اسید پاشیده»)
_LIGHT_PAST = ("کرد", "داد", "شد", "گرفت", "داشت", "نمود", "دید", "زد", "پاشید", "ساخت", "یافت", "گردید")
_LIGHT_PRESENT_STEMS = ("کن", "ده", "شو", "گیر", "دار", "نما", "ساز", "گرد", "بین", "زن", "پاش")
_LIGHT_BARE = ("کن", "نما", "دار", "گیر", "ساز")  # present stems that are no word alone with an ending
_PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند", "ه")
_PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")


_FUTURE = frozenset({"خواهد", "خواهند", "نخواهد", "نخواهند"})
# kinship words, which join two names and are part of neither (hazm tags none of them as a word)
_KIN_WORDS = frozenset({"فرزند", "پسر", "دختر", "همسر", "نوه"})
_VICE = frozenset({"نایب"})  # «نایب رییسی»: vice-, before an office's word
# an honorific and a word that make an idiom, no person («آقای گل»: the top scorer)
_HONORIFIC_IDIOMS = frozenset({"آقای گل", "خانم گل"})
# a sports word of another sense too (a meeting): a match word only beside another
_WEAK_SPORT_WORDS = frozenset({"دیدار"})


@cache
def _light_form(k: str) -> bool:
    """Is key k a light verb in any person or tense: «می کنم», «دیدم», «پاشیده», «نمایم»?"""
    first, _, rest = k.partition(" ")
    if first in ("می", "نمی") and rest and " " not in rest:
        return any(rest == st + end for st in _LIGHT_PRESENT_STEMS + _LIGHT_PAST for end in _PRESENT_ENDINGS + ("",))
    if " " in k:
        return False
    forms = (k, k[1:]) if k.startswith("ن") and len(k) > 3 else (k,)  # «نکردم»
    return any(f == st + end for f in forms for st in _LIGHT_PAST for end in _PAST_ENDINGS) \
        or any(f == st + end for f in forms for st in _LIGHT_BARE for end in _PRESENT_ENDINGS)


def _comparative(k: str) -> bool:
    """A comparative or superlative written glued or apart that the word lists lack: «بالاتر», «بلندتر»
    (بالا + تر), «بزرگ‌ترین»."""
    if k.endswith("ترین") and len(k) >= 7:
        k = k[:-2]  # a superlative too: «زندان الحائر | بزرگترین زندان …»
    if not k.endswith("تر") or len(k) < 5:
        return False
    known = _known_words()
    stem = k[:-2].rstrip(" ")
    return k not in known[0] and known[2].get(stem, 0) >= _GLUED_FREQ


def _derived_noun(k: str) -> bool:
    """A noun derived from a word of the language that only looks like a surname: «شاعرانگی»
    (شاعرانه), «آزادسازی» (آزاد + سازی)."""
    known = _known_words()[0]
    if k.endswith("انگی") and k[:-2] + "ه" in known:
        return True
    return k.endswith("سازی") and len(k) >= 7 and k[:-4].rstrip(" ") in known


def _clause_word(k: str) -> bool:
    """A word that opens or closes a clause, never part of a name: an indefinite plural
    («برنامه‌هایی») or a perfect verb written with its ending apart («داشته‌ام»). (Not «اطلاعاتی»,
    «مالیاتی»: a plural and «ی» is an adjective as often as an indefinite noun.)"""
    if not k.endswith(_CLAUSE_ENDS):
        return False  # (most words: one test in C)
    if k.endswith(" هایی") or (k.endswith("هایی") and k[:-4] in _known_words()[0]):
        return True  # (not «بهایی», «شیخ‌بهایی»)
    stem, _, ending = k.rpartition(" ")
    return ending in _PERFECT_ENDINGS and stem.endswith("ه") and " " not in stem


_VERB_PREFIXES = ("می ", "نمی ")  # a verb's prefix written apart (ZWNJ): «می شود», «نمی گوید»


def _stop_key(k: str, g: Gazetteer) -> bool:
    """Does the word with key k end a name or a complement? (kept in the key's record, see `_key_record`)"""
    stop = k in g.stop or k.isdigit() or len(k) < 2 or k.startswith(_VERB_PREFIXES) \
        or _preverb_verb(k, g) or (k in _WEEKDAYS and k.endswith("شنبه") and not g.table.get(k)) \
        or _glued_preposition(k, g)
    # (a weekday ends a name, «ترابی چهار‌شنبه شب», unless it is a place: «شهر دوشنبه»)
    return stop


def _glued_preposition(k: str, g: Gazetteer) -> bool:
    """A preposition joined by ZWNJ to its noun, a phrase that opens an adverbial: «به‌عنوان»,
    «به‌منظور», «به‌دلیل», «در‌حالی» (the key reads the ZWNJ as a space); not an entry of the
    gazetteer («به‌آیین», a surname)."""
    first, _, rest = k.partition(" ")
    return first in _GLUED_PREPOSITIONS and rest in g.tagged and " " not in rest and k not in g.table


_GLUED_PREPOSITIONS = frozenset({"به", "در", "از", "با", "بر"})


# a lineage honorific glued to a first name, as written without ZWNJ or space: «سیدرضا», «سیدمحمدحسن»
_GLUED_PREFIXES = ("سید", "میر", "حاج", "شیخ")


def _glued_first(k: str, g: Gazetteer) -> Mapping[str, Any]:
    """Tags for «سید»+first name(s) written as one word or with a ZWNJ: the table's tags plus a first
    name; {} if not one."""
    table = g.table
    for prefix in _GLUED_PREFIXES:
        if not k.startswith(prefix):
            continue
        rest = k[len(prefix):].lstrip(" ")  # (after a ZWNJ: «سید‌جعفر»)
        tags = table.get(rest, _EMPTY)
        core = "core_first" in tags
        # (a listed name that is also a word only after «سید»: «سیدضیاء», not «میرزا»-like nouns)
        ok = core or ("first" in tags and not tags["first"].ambiguous and (rest not in g.tagged or prefix == "سید"))
        if not ok:  # two names: «محمدحسن»
            ok = any("core_first" in table.get(rest[:c], _EMPTY) and "core_first" in table.get(rest[c:], _EMPTY)
                     for c in range(2, len(rest) - 1))
        if ok and (core or k not in g.tagged):  # «میرحسین»: hazm lists some such names as nouns
            first = tags.get("first") or PersonName(rest, "U", False)
            return {**table.get(k, _EMPTY), "first": first, "core_first": True}
    return _EMPTY


# Compound given names the name list lacks: a given name or an old name stem before «علی»/«قلی»
# (`صفرعلی`, `محمدقلی`), or «گل»/«نور»/«غلام»… before a given name (`گل‌محمد`, `نورمحمد`).
_GIVEN_STEMS = frozenset("صفر رجب شعبان رمضان قربان نصرت قدرت عزت حشمت نعمت برات شیر گل نور دوست یار غلام امام الله خان".split())
_GIVEN_SECONDS = ("قلی", "علی")
_GIVEN_FIRSTS = ("گل", "نور", "شیر", "دوست", "یار", "غلام", "خان", "الله")
# given names that open a compound given name with any listed given name after them
_NAME_FIRSTS = ("محمد", "علی")
# the ends of Arabic compound given names (`lexicons.compound_given`)
_ARABIC_SECONDS = ("الدین", "الله", "اله")


def _glued_compound_first(k: str, g: Gazetteer) -> Mapping[str, Any]:
    """Tags of a first name for a compound given name written as one word or ZWNJ-joined (key
    with one space): `صفرعلی`, `محمدقلی`, `گل‌محمد`; {} if not one."""
    word = k.replace(" ", "")
    if word.endswith(_ARABIC_SECONDS):  # «شهاب‌الدین», «عین‌اله»
        return {"first": PersonName(word, "M", False), "core_first": True} if compound_given(k) else _EMPTY
    if not (word.endswith(_GIVEN_SECONDS) or word.startswith(_GIVEN_FIRSTS) or word.startswith(_NAME_FIRSTS)):
        return _EMPTY  # (a C-level test first: most words are none of these)
    table = g.table
    for second in _GIVEN_SECONDS:
        left = word[:-len(second)]
        if word.endswith(second) and len(left) >= 2 and (left in _GIVEN_STEMS or "core_first" in table.get(left, _EMPTY)):
            return {"first": PersonName(word, "M", False), "core_first": True}
    for first in _GIVEN_FIRSTS:
        right = word[len(first):]
        if word.startswith(first) and len(right) >= 3 and "core_first" in table.get(right, _EMPTY) \
                and right in _GIVEN_AFTER_STEM:
            return {"first": PersonName(word, "M", False), "core_first": True}
    for first in _NAME_FIRSTS:  # «محمدهمایون», «علی‌اکبر»: a common given name before another
        right = word[len(first):]
        given = table.get(right, _EMPTY).get("first") if len(right) >= 3 and word.startswith(first) else None
        if given is not None and not given.ambiguous:
            return {"first": PersonName(word, "M", False), "core_first": True}
    return _EMPTY


# A word this frequent (hazm's counts) is no surname by its shape alone (`رحمت | خداوند`)
_SHAPE_FREQ = 1_000_000

_MARTYR = "شهید"
_NAMED_FOR_WORDS = frozenset({"شهید", "امام", "حضرت"})  # a body named for a martyr or a holy figure
# words that with «که» make «when», surnames too (`زمانی`)
_WHEN_WORDS = frozenset({"زمانی", "هنگامی", "وقتی"})

# a perfect verb written with its person ending apart (`داشته‌ام`, `رفته‌اند`)
_PERFECT_PERSONS = (" ام", " ای", " ایم", " اید", " اند")

# heads of villages, whose ZWNJ-joined names are no compound of the language (`روستای سه‌کیله`)
_SETTLEMENT_HEADS = frozenset({"روستای", "دهستان"})
_LIST_NAME_TAGS = frozenset({"place", "first", "sur"})  # a village's name may be a person's name too («افشار»)
_LIST_WORD_FREQ = 50_000  # hazm's count above which a word is the language's, not a village's name
_VILLAGE_PLURALS = frozenset({"روستاهای", "روستا های", "دهستان های", "مناطق", "کشورهای"})  # heads of a list of places
# parts that make a ZWNJ compound an adjective or a verb form (`کم‌برخوردار`, `ازبک‌نشین`, `عبارت‌اند`)
_BOUND_SECONDS = frozenset("ترین تر اند ام ایم اید ای ها های نشین ساز زده خیز دار".split())
_BOUND_FIRSTS = frozenset("کم پر بی نا هم غیر نیمه".split())

_IMAM = frozenset({"امام"})
_HONORIFIC_OFFICES = frozenset({"استاد"})  # an honorific that is an office before its field and body
_HOLY_BEFORE_NAME = frozenset({"حضرت"})
# shrines named for a saint, the saint's lineage honorific in the name (`EntityParser._saint_name`)
_SAINT_SHRINES = frozenset({"امامزاده", "بقعه", "آرامگاه", "مزار", "مقبره"})
_ONE_NAME_IMAMS = frozenset({"حسین", "علی", "حسن"})  # imams named by one given name after «امام»
_SAINT_LINEAGE = frozenset({"سید", "سیده", "شاه", "آقا", "میر", "بی بی"})
_HOLY_NAMES = frozenset({"رسول", "ابوالفضل", "مریم", "معصومه", "زهرا", "فاطمه", "زینب", "مسیح", "عیسی", "موسی",
                         "ولیعصر", "محمد", "علی", "رقیه", "سجاد", "مهدی", "ابراهیم", "یوسف"})
# blessings written after a holy name («امام سجاد علیه‌السلام», «حضرت زهرا سلام‌الله علیها»)
_BENEDICTIONS = frozenset({"علیه السلام", "علیها السلام", "علیهم السلام", "سلام الله", "سلام الله علیها",
                           "علیه", "علیها", "صلوات الله", "رحمه الله", "رحمت الله علیه", "قدس سره"})
# the second name or epithet of an imam or a holy figure («امام موسی کاظم», «حضرت فاطمه معصومه»,
# «حضرت صدیقه طاهره», «امام حسن مجتبی»)
_HOLY_EPITHETS = frozenset({"صادق", "کاظم", "باقر", "جواد", "هادی", "نقی", "عسکری", "سجاد", "رضا", "مجتبی",
                            "زهرا", "معصومه", "طاهره", "کبری", "اکبر", "اصغر"})
_IMAM_GIVEN = frozenset({"جعفر", "موسی", "علی", "محمد", "حسن", "حسین"})  # given names before an imam's epithet
_IMAM_NAMES = frozenset({"خمینی", "زمان", "سجاد", "هادی", "باقر", "صادق", "کاظم", "جواد", "عسکری", "رضا"})
# a place head and the kind of place it names: after it, a name that is also a given name is the place
_HEAD_OWN_KIND = {"شهرستان": "county", "شهر": "city", "استان": "province", "بخش": "district",
                  "دهستان": "rural_district"}
_VILLAGE_HEADS = frozenset({"روستا", "روستای", "دهستان", "قریه"})
_ABOVE_VILLAGE = frozenset({"province", "country"})  # place kinds no village is named after alone
_TOWN_KINDS = frozenset({"city", "county"})
# suffixes and prefixes written apart that make no part of a two-word surname (`_compound_surname`)
_STOP_PARTS = frozenset({"ها", "های", "هایی", "ای", "ام", "اند", "ایم", "اید", "تر", "ترین", "می", "نمی"})
# months' names that are given names too (before a surname and an office: «رمضان رویین‌تن مدیر کل …»)
_MONTH_FIRSTS = frozenset({"رمضان", "شعبان", "رجب", "بهمن", "محرم", "صفر"})
# bodies that run an occasion («ستاد دهه فجر», «کمیته اطلاع‌رسانی دهه فجر»), the occasion's words
_OCCASION_BODIES = frozenset({"ستاد", "کمیته"})
_CELEBRATIONS = frozenset({"گرامیداشت", "بزرگداشت", "برگزاری"})
_OCCASION_SPANS = frozenset({"دهه", "هفته"})
# words before a month name that is also a given name (`ماه رمضان`, `نیمه شعبان`)
_MONTH_BEFORE = frozenset("ماه نیمه اواخر اوایل اواسط".split())

# the given names that follow «گل»/«نور»/«غلام»… in a compound (`گل‌محمد`, `غلامرضا`)
_GIVEN_AFTER_STEM = frozenset("محمد علی حسین حسن رضا عباس جعفر".split())


_INFO_OF: list[Gazetteer | None] = [None]  # the gazetteer the caches were filled from


def _key_info(k: str, g: Gazetteer) -> tuple[Mapping[str, Any], bool, bool]:
    """(gazetteer tags, ends a name?, could open an entity?) of a token key (cached in its
    record: `_key_record`).

    A stop word can open an entity only if it starts an organization of several words; another
    word only if it starts a multi-word entry or the gazetteer knows it (or, see `parse`, after
    a break).
    """
    tags = g.table.get(k, _EMPTY)
    if k.startswith(_GLUED_PREFIXES) and len(k) > 4 and (" " not in k or (
            k.count(" ") == 1 and k.partition(" ")[0] in _GLUED_PREFIXES)):  # «سیدرضا», «سید‌جعفر»
        tags = _glued_first(k, g) or tags
    if not tags and len(k) > 4 and k.count(" ") <= 1:
        tags = _glued_compound_first(k, g)
    stop = _stop_key(k, g)  # (once per key: the key's record keeps it)
    # a stop word opens only a known organization of several words («عصر ایران»: `_org_from_stop`)
    opens = (k in g.prefixes and k in _org_firsts(g)) if stop else (k in g.prefixes or bool(tags))
    return tags, stop, opens


# per word as written, and per key (for tokens made elsewhere), cached (bounded): one record
# [key, tags, ends a name?, could open an entity?, `EntityParser.matches` and `EntityParser._kinds`
# where no longer entry starts with the key (the same at every such position; None until first asked),
# the keys that may follow it in a longer entry (`_continuations`; None: it opens none), and the
# answers of the grammar's tests that read the key alone (None until first asked):
# `EntityParser.surname_like` loose and strict, the key's class for `EntityParser.first_name`, the
# tokens of `EntityParser._place_name` alone and after a head where no longer entry starts (0: none),
# `EntityParser._generic_word`, `EntityParser._core_first`]
_WORD_INFO: dict[str, list[Any]] = {}
# (keys in the same dict: a key is its own key, `word_key` being idempotent, and a word written
# otherwise is no key, so the two never clash; one dict holds each key once, not twice)
_KEY_INFO = _WORD_INFO
_KEY, _TAGS_AT, _STOP_AT, _OPENS_AT, _MATCHES_AT, _KINDS_AT, _NEXT_AT, _SURNAME_AT, _STRICT_SURNAME_AT, \
    _FIRST_AT, _PLACE_AT, _HEADED_PLACE_AT, _GENERIC_AT, _CORE_FIRST_AT = range(14)
_INFO_KEY, _INFO_TAGS, _INFO_STOP, _INFO_OPENS = (itemgetter(n) for n in range(4))
_UNASKED = (None,) * (_CORE_FIRST_AT - _NEXT_AT)  # the key-alone answers, none asked yet


def _asked(rec: list[Any]) -> list[Any]:
    """The record with room for the key-alone answers, made on the first question: most words are
    never asked one, and a batch's every process keeps some 30 000 records."""
    if len(rec) == _SURNAME_AT:
        rec.extend(_UNASKED)
    return rec


# `EntityParser.first_name` by the key alone: no first name; a first name (unless a month after
# «ماه»: `_FIRST_MONTH`); a first name only before a surname (`_FIRST_BEFORE_SURNAME`)
_NO_FIRST, _FIRST, _FIRST_MONTH, _FIRST_BEFORE_SURNAME = 0, 1, 2, 4


def _key_record(k: str, g: Gazetteer) -> list[Any]:
    """The record of a token key (see `_WORD_INFO`), cached."""
    rec = _KEY_INFO.get(k)
    if rec is None:
        rec = [k, *_key_info(k, g), None, None, _CONTINUATIONS[0].get(k)]  # (answers: `_asked`)
        remember(_KEY_INFO, k, rec)
    return rec


def _word_record(word: str, g: Gazetteer) -> list[Any]:
    """The record of a word as written (see `_WORD_INFO`), cached: its key's. A ZWNJ-joined word
    unknown as such that the places list writes as one word takes that key: «خرم‌دره» = «خرمدره»."""
    k = word_key(word)
    if k.count(" ") == 1 and len(k) > 5 and k not in g.table:
        glued = k.replace(" ", "")
        if g.table.get(glued, _EMPTY).keys() == {"place"}:
            k = glued
    rec = _key_record(k, g)
    if word not in _WORD_INFO:
        remember(_WORD_INFO, word, rec)
    return rec


def _tag_kinds(tags: Mapping[str, Any]) -> frozenset[str]:
    """A gazetteer entry's kinds, its word kinds («place_head», «dept»…) spelled out."""
    words = tags.get("word")
    return frozenset(tags.keys()) | words if words else frozenset(tags.keys())


_ORG_FIRSTS: dict[int, frozenset[str]] = {}
_CORE_FIRSTS: dict[int, frozenset[str]] = {}


_WORD_KEYS: dict[tuple[int, str], frozenset[str]] = {}


def _word_keys(g: Gazetteer, kind: str) -> frozenset[str]:
    """Keys of the word table of one kind, with the opening words of each entry of several words
    (a quick test in C before a gazetteer scan): `_word_keys(g, "notable")` holds «بان» and «بان کی»."""
    got = _WORD_KEYS.get((id(g), kind))
    if got is None:
        keys = {k for k, kinds in g.words.items() if kind in kinds}
        parts = [k.split(" ") for k in keys]  # (a token's key may hold a space: «بی نظیر»)
        got = _WORD_KEYS[(id(g), kind)] = frozenset(keys | {" ".join(p[:n]) for p in parts for n in range(1, len(p))})
    return got


def _core_firsts(g: Gazetteer) -> frozenset[str]:
    """Keys of the common first names (`core_first`), for a scan of a text's keys in C."""
    got = _CORE_FIRSTS.get(id(g))
    if got is None:
        got = _CORE_FIRSTS[id(g)] = frozenset(k for k, t in g.table.items() if "core_first" in t)
    return got


def _org_firsts(g: Gazetteer) -> frozenset[str]:
    """First words of the known organizations and offices of several words (for stop words that open one)."""
    got = _ORG_FIRSTS.get(id(g))
    if got is None:
        got = _ORG_FIRSTS[id(g)] = frozenset(k.split(" ", 1)[0] for k, t in g.table.items()
                                             if " " in k and ("org" in t or "title" in t))
    return got


def _continuations(g: Gazetteer) -> dict[str, frozenset[str]]:
    """For every prefix of a longer entry (`Gazetteer.prefixes`), the keys that may follow it:
    `p + " " + k` is an entry or a prefix of one exactly when k is in the set of p (a scan of
    a text's tokens extends its n-gram only then, with no string built for the others).

    >>> sorted(_continuations(gazetteer())["وزیر امور"])[:1]
    ['خارجه']
    """
    out: dict[str, set[str]] = {}
    for key in chain(g.prefixes, (k for k in g.table if " " in k)):
        at = key.find(" ")
        while at >= 0:
            out.setdefault(key[:at], set()).add(key[at + 1:])
            at = key.find(" ", at + 1)
    return {p: frozenset(rest) for p, rest in out.items()}


_SURE_PLACES: dict[int, tuple[Sequence[Any], frozenset[str]]] = {}


def _sure_town(places: Sequence[Any] | None) -> bool:
    """Do an entry's places hold a city, a county or a province whose name is no common word?"""
    return bool(places) and any(p.kind in ("city", "county", "province") and not p.ambiguous for p in places)


def _word_towns_only(places: Sequence[Any]) -> bool:
    """Are all of an entry's places named so only after a head, their name a word too («رویین»,
    «محمدی»): no place that a word of a name must not be?"""
    return all(p.ambiguous and p.needs_head for p in places)


def _sure_place_kinds(places: Sequence[Any]) -> frozenset[str]:
    """The kinds of the places of an entry's list that are neither ambiguous nor named only after
    a head (a name such as «حسین‌آباد» lists hundreds of villages); cached per list (by its id,
    the list kept beside its kinds so that an id used again never answers for another list)."""
    got = _SURE_PLACES.get(id(places))
    if got is None or got[0] is not places:
        got = (places, frozenset(p.kind for p in places if not p.ambiguous and not p.needs_head))
        remember(_SURE_PLACES, id(places), got)
    return got[1]


# per gazetteer (filled with the per-key caches): `_continuations`
_CONTINUATIONS: list[dict[str, frozenset[str]]] = [{}]


# heads that name a body only with a place or a body after them (`event_head` in the word table),
# filled with the per-key caches when a parser first meets the gazetteer
_EVENT_SET: list[frozenset[str]] = [frozenset()]
_SPORT_SET: list[frozenset[str]] = [frozenset()]  # sports words («تیم», «لیگ»), likewise
_DESK_HEAD_SET: list[frozenset[str]] = [frozenset()]  # `_word_keys(g, "desk_head")`, likewise


@cache
def _known_words() -> tuple[frozenset[str], frozenset[str], Mapping[str, int]]:
    """Every word, verb form and word frequency of the language the normalizer knows (hazm's and
    parsivar's lexicons), loaded on first need: a word outside them after «شهر» or «روستای» names
    the place."""
    try:
        from farsi_press.normalize.lexicon import lexicon
        lex = lexicon()
        return lex.known, lex.verb_forms, lex.freq
    except (ImportError, OSError, ValueError):
        return frozenset(), frozenset(), {}


def find_entities(text: str, sentences: Sequence[Span] = ()) -> list[Entity]:
    """Entities of normalized text, offsets into text, sorted by (start, -end).

    >>> [(e.text, e.label) for e in find_entities("به گزارش خبرگزاری فارس، وزیر کشور گفت")]
    [('خبرگزاری فارس', 'ORG'), ('وزیر کشور', 'TITLE')]
    """
    if not text:
        return []
    return EntityParser(text).entities()


class EntityParser:
    """One text's tokens and the grammar over them (kept for `officials` to reuse)."""

    def __init__(self, text: str, tokens: Tokens | None = None, gaz: Gazetteer | None = None) -> None:
        self.text = text
        self.g = gaz or gazetteer()
        if _INFO_OF[0] is not self.g:
            _INFO_OF[0] = self.g
            _EVENT_SET[0] = frozenset(k for k, kinds in self.g.words.items() if "event_head" in kinds)
            _SPORT_SET[0] = frozenset(k for k, kinds in self.g.words.items() if "sport" in kinds)
            _DESK_HEAD_SET[0] = _word_keys(self.g, "desk_head")
            _CONTINUATIONS[0] = _continuations(self.g)
            for cache_ in (_GLUED_CUES, _CUE_NAMES, _SURE_PLACES, _WORD_INFO):  # (_KEY_INFO too)
                cache_.clear()
        if tokens is None:
            # one cached record per word as written (`_WORD_INFO`): a single dict lookup per
            # token on news text, the keys, tags and stops then read off the records in C
            parts = split_words(text)
            words = parts[1::2]
            info = list(map(_WORD_INFO.get, words))
            if None in info:  # words not seen before (their positions found in C)
                for j in list(compress(count(), map(is_, info, repeat(None)))):
                    info[j] = _word_record(words[j], self.g)
            self.toks = tokens_of(text, parts, list(map(_INFO_KEY, info)))
        else:
            self.toks = tokens
            info = list(map(_KEY_INFO.get, tokens.keys))
            if None in info:
                for j in list(compress(count(), map(is_, info, repeat(None)))):
                    info[j] = _key_record(tokens.keys[j], self.g)
        self.info = info
        self.tags = list(map(_INFO_TAGS, info))
        self.stops = list(map(_INFO_STOP, info))
        self.keys = self.toks.keys
        self.gaps = self.toks.gaps
        self.n = len(self.keys)
        if "که" in self.keys:  # «ملابرادر | زمانی که …»: «when» before «که» ends a name (no surname «زمانی»)
            for k in compress(range(self.n - 1), map(_WHEN_WORDS.__contains__, self.keys)):
                if self.keys[k + 1] == "که" and self.gaps[k + 1] == JOIN:
                    self.stops[k] = True
        # matches and kinds per position, filled on first use (the grammar looks at a small share
        # of the tokens); those of a key that opens no longer entry come from its record
        self._m: list[list[tuple[int, Mapping[str, Any]]] | None] = [None] * self.n
        self._kd: list[frozenset[str] | None] = [None] * self.n
        self._org: dict[int, tuple[int, Spans] | None] = {}
        self._loc: dict[tuple[int, bool], tuple[int, Spans] | None] = {}
        self.surname_keys: set[str] = set()
        self._sur_firsts: set[str] = set()  # first tokens of two-token surnames
        self._quoted_people: set[tuple[str, ...]] = set()  # see `_quoted_person`
        self._title: dict[tuple[int, bool], tuple[int, Spans, bool] | None] = {}
        self._depth = 0
        self._sports: list[int] | None = None
        self._speaking: frozenset[str] | None = None  # see `_speaking_words`
        self._breaks: list[int] | None = None  # see `_break_positions`
        self._key_set: set[str] | None = None  # see `_keys_present`

    # ------------------------------------------------------------ lookups

    def _break_positions(self) -> list[int]:
        """The tokens after a break (punctuation, a line break, the start of the text), in order;
        found in C once per text."""
        if self._breaks is None:
            # (`list.index` from one to the next: a C scan by identity of the small int, a Python
            # step only per break)
            gaps, found, j = self.gaps, [], -1
            try:
                while True:
                    j = gaps.index(BREAK, j + 1)
                    found.append(j)
            except ValueError:
                pass
            self._breaks = found
        return self._breaks

    def _military(self) -> bool:
        """Does the text speak of the armed forces (`_MILITARY_WORDS`)? Then «امیر» before a name
        is an army rank («امیر علیرضا انگیزه فرمانده پایگاه»), else a given name."""
        return not _MILITARY_WORDS.isdisjoint(self._keys_present())

    def _keys_present(self) -> set[str]:
        """The text's distinct keys (made once per text: a test of a few words against it is no
        scan of every token)."""
        if self._key_set is None:
            self._key_set = set(self.keys)
        return self._key_set

    def matches(self, i: int) -> list[tuple[int, Mapping[str, Any]]]:
        """Gazetteer entries from token i that do not cross punctuation, longest first."""
        m = self._m[i]
        if m is None:
            rec = self.info[i]
            rest = rec[_NEXT_AT]  # (None: the key is no prefix of a longer entry)
            j = i + 1
            if rest is None or j >= self.n or self.gaps[j] == BREAK or self.keys[j] not in rest:
                # the key's own entry alone: the same list at every position (never mutated)
                m = rec[_MATCHES_AT]
                if m is None:
                    tags = self.g.table.get(rec[_KEY])
                    m = rec[_MATCHES_AT] = [(1, tags)] if tags is not None else []
                self._m[i] = m
                return m
            table, cont, keys, gaps = self.g.table, _CONTINUATIONS[0], self.keys, self.gaps
            k, j = keys[i], i
            m = []
            while True:
                tags = table.get(k)
                if tags is not None:
                    m.append((j - i + 1, tags))
                if rest is None or j + 1 >= self.n or gaps[j + 1] == BREAK or j - i + 1 >= self.g.max_words \
                        or keys[j + 1] not in rest:
                    break  # (k and the next key are neither an entry nor the prefix of one)
                j += 1
                k = k + " " + keys[j]
                rest = cont.get(k)
            m.reverse()
            self._m[i] = m
        return m

    def longest(self, i: int, kind: str) -> tuple[int, Any] | None:
        """(n tokens, record) of the longest entry of `kind` at token i."""
        if i >= self.n:
            return None
        m = self._m[i]
        for n, tags in (self.matches(i) if m is None else m):
            rec = tags.get(kind)
            if rec is not None:
                return n, rec
        return None

    def _kinds(self, i: int) -> frozenset[str]:
        """Every gazetteer kind of the entries that start at token i, the word kinds of the entity
        layer's own table included (cached per position; per key where no longer entry starts).
        (The hot callers read the position's cache first, `self._kd[i] or self._kinds(i)`: no call
        once it is filled, but for no kind at all.)"""
        got = self._kd[i]
        if got is None:
            rec = self.info[i]
            if rec[_NEXT_AT] is None:  # the key's record tags (a glued «سیدرضا»'s first name included)
                got = rec[_KINDS_AT]
                if got is None:
                    got = rec[_KINDS_AT] = _tag_kinds(rec[_TAGS_AT])
            else:  # a prefix of a longer entry: the table's entries at this position
                m = self.matches(i)
                if len(m) > 1 or (m and m[0][0] > 1):
                    got = frozenset().union(*(_tag_kinds(tags) for _, tags in m))
                else:  # no longer entry here: the kinds of the key's own entry
                    got = rec[_KINDS_AT]
                    if got is None:
                        got = rec[_KINDS_AT] = _tag_kinds(m[0][1]) if m else frozenset()
            self._kd[i] = got
        return got

    def tags1(self, i: int) -> Mapping[str, Any]:
        return self.tags[i]

    def word_kind(self, i: int, *kinds: str) -> bool:
        """Is token i one of `kinds` in the entity layer's own word table?"""
        got = self.g.words.get(self.keys[i])
        return bool(got) and not got.isdisjoint(kinds)

    def joined(self, j: int) -> bool:
        return j < self.n and self.gaps[j] == JOIN

    def is_stop(self, i: int) -> bool:
        return self.stops[i]

    def nameish(self, i: int) -> bool:
        """Could token i be part of a person's name?"""
        if i >= self.n or self.stops[i]:
            return False
        k = self.keys[i]
        got = _NAMEISH.get(k)
        if got is None:
            got = self._nameish(i)
            remember(_NAMEISH, k, got)
        return got

    def _nameish(self, i: int) -> bool:
        tags = self.tags[i]
        if self.keys[i] in _BENEDICTIONS:
            return False  # «امام رضا علیه‌السلام»: a blessing after a holy name, no part of it
        if self.keys[i] in _KIN_WORDS:
            return False  # «شیخ ابراهیم بستی | فرزند شیخ زکریا»: a lineage's word between two names
        if tags.keys() & {"title", "head", "hon", "org", "country", "nat"}:
            return False
        if self.word_kind(i, "place_head", "desk", "reporter", "dept"):
            return False
        k = self.keys[i]
        if self._pronoun_word(k) or (k.endswith(_AGENT_PLURAL) and len(k) > 6 and "sur" not in tags):
            return False  # «صالح | برایش», «گیرندگان خدمات»: a word with a pronoun, a plural agent noun
        return not any(map(str.isdigit, k)) and not _clause_word(k)  # (not «گفتگوهایی»)

    def _pronoun_word(self, k: str) -> bool:
        """A preposition or an adjective with a pronoun suffix, which hazm does not list: «برایش»,
        «متبوعش», «درباره‌اش» (never a word of a name or of a body's name)."""
        if len(k) < 5 or k in self.g.tagged or self.g.table.get(k, _EMPTY).keys() & {"first", "sur", "place", "org"}:
            return False
        for suffix in _PRONOUN_SUFFIXES:
            if k.endswith(suffix):
                stem = k[:-len(suffix)]
                return len(stem) >= 3 and not _PRONOUN_STEM_TAGS.isdisjoint(self.g.tagged.get(stem, "").split(","))
        return False

    def _bare_force(self, i: int) -> bool:
        """Is the one-word name of an armed force at i («سپاه», «بسیج») the force, not the common
        word: no verb after it («نیروها بسیج شدند»), no noun of mobilization («بسیج عمومی», «بسیج
        امکانات»: a plural after it) and no army of history or of an enemy («سپاه دشمن», «سپاه یزید»)?"""
        if i > 0 and self.joined(i) and self.keys[i - 1] in _DEMONSTRATIVES:
            return False  # «این سپاه»: a reference back, as «این سازمان» (see `org_at`)
        j = i + 1
        if j < self.n and self.joined(j):
            k = self.keys[j]
            if k.split(" ", 1)[0] in _known_words()[1] or k.startswith(_VERB_PREFIXES) or k in _MOBILIZATION_AFTER \
                    or self._plural_word(j):
                return False  # («شده اند»: a verb's first word)
        return True

    def _plural_word(self, i: int) -> bool:
        """Is token i a plural common noun: hazm's plural («ادیان», «ملل») or a known word plus «ان» or
        «ها» («مسلمانان», «کشورها»)?"""
        k = self.keys[i]
        if "PL" in self.g.tagged.get(k, "").split(","):
            return True
        for suffix in ("ان", " ها", "ها", " های", "های"):
            if k.endswith(suffix) and k[:-len(suffix)] in self.g.tagged and len(k) - len(suffix) >= 3:
                return "sur" not in self.tags[i] or suffix != "ان"
        return False

    def surname_like(self, i: int, strict: bool = False) -> bool:
        """Could token i be a surname (`strict`: a listed one)? The same for every token of one key
        (kept in its record)."""
        if i >= self.n:
            return False
        if i + 1 < self.n and self.keys[i + 1] in _IDIOM_SURNAMES.get(self.keys[i], ()) and self.joined(i + 1):
            return False  # «از نیکان صدر اسلام»: the word and the next are an idiom, no name
        rec = _asked(self.info[i])
        got = rec[_STRICT_SURNAME_AT if strict else _SURNAME_AT]
        if got is None:
            got = rec[_STRICT_SURNAME_AT if strict else _SURNAME_AT] = self._surname_like(i, strict)
        return got

    def _surname_like(self, i: int, strict: bool) -> bool:
        if not self.nameish(i):
            return False
        tags = self.tags[i]
        sur = tags.get("sur")
        if sur is not None and not sur.ambiguous:
            return True
        if strict:
            return False
        k = self.keys[i]
        if k in self.g.common or "comp" in tags or "venue" in tags or "world" in tags:
            return False
        if "cue" in self.g.words.get(k, ()):
            return False  # «محمد شمس‌الدین خواستار …»: a speech verb's noun after the name
        if k.endswith("ای") and len(k) > 3 and k[:-1] in _known_words()[0]:
            return False  # «حسن اجرای قوانین»: a word in «ا» with its ezafe, no surname
        place = tags.get("place")
        if place is not None and any(not p.ambiguous for p in place):
            return False
        return True

    def first_name(self, i: int) -> bool:
        """Is token i a person's first name here? By its key alone (kept in its record), but for a
        month after «ماه» and a name that is also a word or a place, then only before a surname."""
        if i >= self.n:
            return False
        info = _asked(self.info[i])
        got = info[_FIRST_AT]
        if got is None:
            got = info[_FIRST_AT] = self._first_class(i)
        if got == _FIRST:
            return True
        if got == _NO_FIRST or (got & _FIRST_MONTH and self._month_at(i)):
            return False
        if got & _FIRST_BEFORE_SURNAME:
            return self._first_before_surname(i)
        return True

    def _first_class(self, i: int) -> int:
        """`first_name` of token i by its key alone (see `_FIRST`)."""
        rec = self.tags[i].get("first")
        if rec is None or not self.nameish(i):
            return _NO_FIRST
        got = _FIRST_MONTH if rec.ambiguous else _FIRST
        tags = self.tags[i]
        core = "core_first" in tags
        places = tags.get("place")
        if core and places and not tags.keys() & {"country", "world", "comp", "vhead"} and not _sure_place_kinds(places):
            places = None  # «زهرا»: a common first name that is also some village's name
        if ((rec.ambiguous and not core) or places or tags.keys() & {"country", "world", "comp"}
                or (self.keys[i] in self.g.tagged and not core)):
            got |= _FIRST_BEFORE_SURNAME
        return got

    def _first_before_surname(self, i: int) -> bool:
        """A first name that is also a word, a place...: a name only before a surname (only a listed
        one when a frequent word in a noun's ezafe: «ترویج فرهنگ | خودامدادی»)."""
        rec = self.tags[i]["first"]
        if rec.ambiguous and i > 0 and self.gaps[i] == JOIN and not self.stops[i - 1] and "hon" not in self.tags[i - 1] \
                and _known_words()[2].get(self.keys[i], 0) > _WORD_FIRST_FREQ:
            return self.joined(i + 1) and self.surname_like(i + 1, strict=True)
        return self.joined(i + 1) and (self.surname_like(i + 1, strict=True)
                                       or (self.surname_shape(i + 1) and not (
                                           rec.ambiguous and self.keys[i] in self.g.tagged and self._plain_adjective(i + 1)))
                                       or (not rec.ambiguous and self._listed_surname(i + 1))
                                       or (self._tail_ends(i + 2) and self.keys[i + 2] not in _TAIL_NOUNS
                                           and self.nameish(i + 1))  # «شهاب سفال منش» (not «… فرد»: a noun too)
                                       or self._spoken_word_surname(i + 1)
                                       or ("sur" in self.tags[i + 1] and self._from_town(i + 2))
                                       or (self.keys[i] in _MONTH_FIRSTS and self._office_surname(i, i, i + 1)))

    def _spoken_word_surname(self, k: int) -> bool:
        """Token k a word that opens a sentence of the text before a speech verb (`_speaking_words`),
        no place, body or office: a speaker's surname, after a given name that is a word too
        («نادر دست‌نشان در گفت‌وگو با … ¶ دست‌نشان در ادامه گفت:»)."""
        return k < self.n and self.keys[k] in self._speaking_words() and "core_first" not in self.tags[k] \
            and not self.tags[k].keys() & {"place", "nat", "comp", "org", "head", "title", "country", "world"}

    def _plain_adjective(self, i: int) -> bool:
        """A word hazm tags adjective that no surname list gives: after a first name that is a word of
        the language too, no surname («سعادت دنیوی», «قله‌های رفیع علمی»; not «علی‌اصغر فانی»: a listed
        surname; not «افشین قطبی»: «افشین» is no word of the language)."""
        return "sur" not in self.tags[i] and "AJ" in self.g.tagged.get(self.keys[i], "").split(",")

    def _listed_surname_at(self, i: int) -> bool:
        """Does a surname of the list that is no common word start at token i (one or more tokens),
        and no country's or world place's name?"""
        sur = self.longest(i, "sur") if i < self.n else None
        return sur is not None and not sur[1].ambiguous and not self.tags[i].keys() & {"country", "world"}

    def _listed_surname(self, i: int) -> bool:
        """A word of the surname list that hazm does not know as a word: «صدیقی», «فلاحی»."""
        return (i < self.n and "sur" in self.tags[i] and self.keys[i] not in self.g.tagged
                and self.nameish(i) and not self.tags[i].keys() & {"place", "country", "world", "comp"})

    def surname_shape(self, i: int) -> bool:
        """A word shaped like a surname and not a common word: «قیامی», «حاجی‌زاده», «دانشیان»."""
        if i >= self.n or not self.nameish(i):
            return False
        k = self.keys[i]
        if k in self.g.common or self.tags[i].keys() & {"comp", "place", "world", "venue", "first"}:
            return False
        if k.endswith(" ای") and k[:-3] in self.g.tagged:
            return False  # «رسانه‌ای», «تازه‌ای»: a known word and «‌ای» (an adjective, «a …»), not «خامنه‌ای»
        if k.endswith("یان") and k[:-2] in self.g.common:
            return False  # «بسیجیان»: the plural of a common noun in «ی», not «کرمانیان», «حسینیان»
        if _known_words()[2].get(k, 0) >= _SHAPE_FREQ and not k.endswith(("زاده", "پور", "نژاد")):
            return False  # «خداوند», «مبنی»: a frequent word that only looks like a surname (no listed one)
        return (k.endswith(_SURNAME_ENDINGS) and len(k) >= 4 and not k.endswith(_PLURAL_ENDINGS)
                and not self._ezafe_of_word(k) and not self._abstract_noun(k) and not _derived_noun(k)
                and not _clause_word(k))

    def _abstract_noun(self, k: str) -> bool:
        """An abstract noun of an «-ه» adjective, which hazm knows: «آمادگی» (آماده), «خستگی»."""
        return (k.endswith("گی") and k[:-2] + "ه" in self.g.tagged and k in self.g.tagged
                and _known_words()[2].get(k, 0) >= _GLUED_FREQ)  # not a rare surname («خواجگی»)

    def _ezafe_of_word(self, k: str) -> bool:
        """«شهدای», «مهربانی»: a known word plus «ی» (ezafe or abstract noun), not a surname from a
        first name («کریمی» from «کریم»)."""
        if not k.endswith("ی") or len(k) < 4:
            return False
        base = k[:-1]
        if base.endswith("وند") and base not in self.g.common:
            return False  # «کمالوندی», «سپهوندی»: a clan name and «ی», a surname
        return base in self.g.tagged and "core_first" not in self.g.table.get(base, _EMPTY)

    def _word_adjective(self, k: str) -> bool:
        """«روستایی», «هوایی»: a known word ending in a vowel plus «یی» (an adjective of it; «غلامی»,
        from a word plus «ی», is a common surname and stays out)."""
        if not k.endswith("یی") or len(k) < 5:
            return False
        base = k[:-2]  # a common noun («هوا»), or a place's head («روستا»); not a name («کسرا» → «کسرایی»)
        return (base in self.g.common or "place_head" in self.g.words.get(base, ())) \
            and "core_first" not in self.g.table.get(base, _EMPTY)

    def _settlement_head_before(self, i: int) -> bool:
        """Is token i right after an unambiguous head of a settlement («روستای», «دهستان»),
        not in quotes («اقامتگاه «دونالد ترامپ»») and not a shrine («مزار ایرج بسطامی»)?"""
        if i <= 0 or not self.joined(i):
            return False
        vh = self.longest(i - 1, "vhead")
        if vh is None or vh[0] != 1 or vh[1].ambiguous or vh[1].kind not in _SETTLEMENT_KINDS:
            return False
        return not any(q in self.text[self.toks.ends[i - 1]:self.toks.starts[i]] for q in _QUOTE_MARKS)

    def _noun_ezafe_before(self, i: int) -> bool:
        """Is token i the ezafe complement of a common noun («طرح هادی روستایی»)?"""
        if i <= 0 or not self.joined(i) or self.stops[i - 1]:
            return False
        prev = self.keys[i - 1]
        for plural in (" های", " ها"):  # «طرح‌های هادی روستایی»: its plural too
            if prev.endswith(plural):
                prev = prev[:-len(plural)]
                break
        return prev in self.g.common and not self.tags[i - 1].keys() & {
            "title", "head", "hon", "first", "sur", "vhead", "org", "place", "country", "nat"}

    def _plural_ezafe_before(self, i: int) -> bool:
        """Is token i right after a common noun's plural in «های» («فضاهای سالم ورزشی»)?"""
        if i <= 0 or not self.joined(i) or self.stops[i - 1]:
            return False
        prev = self.keys[i - 1]
        stem = prev[:-4] if prev.endswith(" های") else prev[:-3] if prev.endswith("های") else ""
        return "N" in self.g.tagged.get(stem, "").split(",") and not self.tags[i - 1].keys() & {
            "title", "head", "org", "place", "country", "nat"}

    # ------------------------------------------------------------ grammar

    def loc_at(self, i: int, loose: bool = False) -> tuple[int, Spans] | None:
        """A place at token i: (end, spans). `loose`: as an office's or agency's complement."""
        if i >= self.n or self.stops[i] or _LOC_TAGS.isdisjoint(self._kd[i] or self._kinds(i)):
            return None  # no place, venue, head or compass word starts here (most tokens asked)
        key = (i, loose)
        if key in self._loc:
            return self._loc[key]
        res = self._loc_at(i, loose)
        if res is not None and i > 0 and self.keys[i - 1] in _OPERATION_WORDS and self.gaps[i] == JOIN:
            res = None  # «عملیات بیت‌المقدس», «عملیات والفجر»: a military operation's name, no place
        if res is not None and res[1] and res[1][0][:2] == (i, res[0]) and res[0] == i + 1 and self.joined(i + 1) \
                and self.keys[i + 1] == _GREATER and "city" in self._place_kinds(i) \
                and not (self.joined(i + 2) and self.keys[i + 2] in _COPULAS):
            res = (i + 2, [(i, i + 2, "LOC")])  # «پلیس تهران بزرگ»: a city's metropolitan area (not «تهران بزرگ است»)
        self._loc[key] = res
        return res

    def _place_kinds(self, i: int) -> frozenset[str]:
        """The kinds of place («city», «province») the gazetteer gives the word at token i."""
        places = self.tags[i].get("place") or ()
        return frozenset(getattr(p, "kind", "") for p in places)

    def _loc_at(self, i: int, loose: bool) -> tuple[int, Spans] | None:
        # (token i is no stop word and opens a place's kind of entry: tested by `loc_at`)
        words = self.g.words.get(self.keys[i])
        if words and "direction" in words and self.joined(i + 1):
            region = self._region(i)
            if region is not None:
                return region
        if words and "place_head" in words and self.joined(i + 1) and not (
                i > 0 and self.gaps[i] == JOIN and self.keys[i - 1] in _DEMONSTRATIVES):  # «در این بندر تخلیه …»
            inner = self._place_name(i + 1, head=True)
            if inner is None and self.keys[i] in _HEAD_PLACE_KINDS:
                inner = self._headed_place(i + 1)
            if inner is not None and self.keys[i] in _VILLAGE_HEADS and inner == i + 2 \
                    and self._place_kinds(i + 1) and self._place_kinds(i + 1) <= (
                        _ABOVE_VILLAGE | _TOWN_KINDS if i > 0 and self.gaps[i] == JOIN and (
                            self.keys[i - 1].isdigit() or self.keys[i - 1] in _COUNTS) else _ABOVE_VILLAGE):
                inner = None  # «۱۱۶۳ روستای مازندران»: the villages of a province, no village of that name
                # (and, counted, of a town: «۳ روستای نکا»)
            if inner is not None:
                e = self._compass_end(i + 1, inner)
                return e, [(i, e, "LOC"), (i + 1, e, "LOC")]
            if self.keys[i] in _NAMING_HEADS or self.keys[i] in _DISTRICT_HEADS:
                e = self._quoted_place(i + 1)
                if e is not None:  # «منطقه «اعظم ورسک»»: a place's name in quotation marks, name words and all
                    return e, [(i, e, "LOC"), (i + 1, e, "LOC")]
            if self.keys[i] in _NAMING_HEADS:
                e = self._unknown_name(i + 1)
                if e is not None:  # «ناحیه پالم بیچ», «روستای لاسجرد»: a name no lexicon knows
                    return e, [(i, e, "LOC"), (i + 1, e, "LOC")]
            if self.keys[i] in _DISTRICT_HEADS and self._unknown_name(i + 1) == i + 2:
                # «منطقه دوکوهک», «محله افسریه»: a name no lexicon knows
                return i + 2, [(i, i + 2, "LOC"), (i + 1, i + 2, "LOC")]
            if self.keys[i] in _DISTRICT_HEADS and self._compound_name(i + 1):
                return i + 2, [(i, i + 2, "LOC"), (i + 1, i + 2, "LOC")]  # «منطقه باغ‌میوه», «شهرک «فرهنگ‌شهر»»
            if self.keys[i] in ("منطقه", "ناحیه") and self.keys[i + 1].isdigit():
                e = i + 2
                spans: Spans = []
                if self.joined(e):
                    after = self._place_name(e, head=False)
                    if after is not None:
                        spans.append((e, after, "LOC"))
                        e = after
                return e, [(i, e, "LOC")] + spans
        kinds = self._kd[i] or self._kinds(i)  # (every kind of the entries at i: a lookup of a kind it lacks is skipped)
        vh = self.longest(i, "vhead") if "vhead" in kinds else None
        if vh is not None and self.joined(i + vh[0]) and not (
                i > 0 and self.gaps[i] == JOIN and (self.keys[i - 1] in _DEMONSTRATIVES or (
                    self.keys[i - 1] in _COUNTS and self._counted(i)))):
            v = self.longest(i, "venue")
            if v is not None and v[0] > vh[0]:
                return i + v[0], [(i, i + v[0], "LOC")]
            if self.keys[i + vh[0]] == _MARTYR and (vh[1].kind not in ("admin", "area", "village") or (
                    vh[0] == 1 and self.keys[i] in _MARTYR_AREAS)) and "head" not in self.tags[i]:
                e = self._martyr_name(i + vh[0])
                if e is not None:  # «بندر شهید بهشتی», «ورزشگاه شهید کاظمی»: a venue named after a martyr
                    return e, [(i, e, "LOC")]
            road = self._road(i, i + vh[0]) if vh[1].kind in _ROAD_KINDS else None
            if road is not None:
                return road
            described = self._described_venue(i, i + vh[0], vh[1])
            if described is not None:
                return described
            e = None
            street = vh[0] == 1 and (self.keys[i] in _STREET_HEADS or (
                self.keys[i] in _JUNCTION_HEADS and self._street_context(i)))
            if street and self._date_name(i + vh[0]):
                e = i + vh[0] + 2  # «میدان هفتم تیر», «خیابان ۱۵ خرداد»: named for a date
            elif (not vh[1].ambiguous and vh[1].kind in _VENUE_KINDS) or street:
                e = self._venue_name(i + vh[0], strict=False, plural=not loose)
                if e is None and street:
                    e = self._street_name(i + vh[0])
            elif vh[1].kind in ("hall", "stadium"):
                e = self._venue_name(i + vh[0], strict=True)  # «سالن بهنام‌شاد سنندج»: a hall's name, then its city
                if e is not None and (e == i + vh[0] or not self.joined(e) or self.loc_at(e) is None
                                      or any(self.tags[k] for k in range(i + vh[0], e))):
                    e = None
            if e is not None:
                inner = self._place_name(i + vh[0], head=True)
                spans = [(i, e, "LOC")]
                if inner == e:
                    spans.append((i + vh[0], e, "LOC"))
                return e, spans
        e = self._place_name(i, head=loose) if not _PLACE_NAME_KINDS.isdisjoint(kinds) else None
        if e is not None and loose and e == i + 1 and self._surname_over_village(i):
            e = None  # «قاضی منصوری»: a surname after an office, not a rural district of that name
        if e is not None and loose and e == i + 1 and self._adjective_country(i):
            e = None  # «معاون مالی», «منابع مالی»: the adjective «financial», not Mali
        if e == i + 1 and "nat" in self.tags[i] and not self.tags[i].keys() & {"country", "world"} and i > 0 and self.gaps[i] == JOIN and not self.stops[i - 1] \
                and not self.word_kind(i - 1, "place_head") and "vhead" not in self.tags[i - 1]:
            e = None  # «شرکت‌های کره‌ای»: a nationality adjective, not the village of that name
        if e is not None:
            e = self._compass_end(i, e)
            return e, [(i, e, "LOC")]
        if self.keys[i] in _PLACE_AFTER_PREPOSITION and i > 0 and self.gaps[i] == JOIN \
                and self.keys[i - 1] in _PREPOSITIONS and (i + 1 >= self.n or self.keys[i + 1] not in _COPULAS):
            return i + 1, [(i, i + 1, "LOC")]  # «در مصر», «به قدس»: not «بر این کار مصر است»
        return None

    def _road(self, i: int, a: int) -> tuple[int, Spans] | None:
        """A road named by its two ends: «محور تهران - مشهد», «جاده خرمشهر-اهواز», «محور بندرلنگه
        به بستک» (each end a place of the lexicons)."""
        first = self._place_name(a, head=False)
        if first is None or first >= self.n:
            return None
        gap = self.text[self.toks.ends[first - 1]:self.toks.starts[first]]
        b = first
        if self.keys[first] == "به" and self.joined(first):
            b = first + 1
        elif not any(d in gap for d in _DASHES) or "\n" in gap:
            return None
        second = self._place_name(b, head=False) if b < self.n else None
        if second is None:
            return None
        return second, [(i, second, "LOC"), (a, first, "LOC"), (b, second, "LOC")]

    def _described_venue(self, i: int, a: int, head: Any) -> tuple[int, Spans] | None:
        """A venue's head, an adjective, then the name: «زندان آمریکایی گوانتانامو», «چشمه معدنی
        تلخاب», «قلعه تاریخی فلک‌الافلاک» (the name a place, a venue or, after a sure head, a word no
        lexicon knows)."""
        if a + 1 >= self.n or not self.joined(a + 1) or head.kind not in _VENUE_KINDS:
            return None
        if not (self.keys[a] in _VENUE_ADJECTIVES or (
                "nat" in self.tags[a] and not self.tags[a].keys() & {"country", "world", "place"})):
            return None
        e = self._place_name(a + 1, head=True)
        inner = e
        if e is None and not head.ambiguous:
            e = self._unknown_name(a + 1)
        if e is None:
            return None
        spans: Spans = [(i, e, "LOC")]
        if inner is not None:
            spans.append((a + 1, e, "LOC"))
        return e, spans

    def _compound_name(self, j: int) -> bool:
        """A district's name written as one compound of two words of the language, which the
        lexicons do not know as a whole («باغ‌میوه»), then the phrase ends or a place follows."""
        if j >= self.n or not self.joined(j) or self.tags[j] or self.stops[j]:
            return False
        k = self.keys[j]
        parts = k.split(" ")
        known = _known_words()
        if len(parts) != 2 or k in self.g.tagged or k in known[0] or k.endswith(_PLURAL_WORD + (" ای", " ی")) \
                or not all(len(p) >= 2 and p in known[0] for p in parts) or any(p in self.g.stop for p in parts) \
                or parts[1] in _INFLECTIONS or parts[1] in _POSSESSIVES:
            return False
        return self._name_ends(j + 1) or bool(self.tags[j + 1].keys() & {"place", "country"})

    def _headed_place(self, j: int) -> int | None:
        """A place of the kind its head names at token j, though a common word or a first name:
        «استان فارس», «شهر پرند» (one word, then the phrase ends or a list goes on)."""
        kinds = _HEAD_PLACE_KINDS.get(self.keys[j - 1])
        places = self.tags[j].get("place") if kinds and j < self.n and not self.stops[j] else None
        if not places or not any(p.kind in kinds for p in places) or self.tags[j].keys() & {"title", "head", "hon"}:
            return None
        if j + 1 < self.n and self.joined(j + 1) and not (self.stops[j + 1] or self.keys[j + 1] == _AND):
            return None  # «شهر امید …» goes on: a phrase, not the place
        return j + 1

    def _plural_places(self, i: int) -> Spans:
        """«در شهرهای پرند و پردیس»: a plural head, then places of its kind joined by «و» or «،»;
        each name is a LOC (the head names none by itself)."""
        if self.keys[i] not in _HEAD_PLACE_KINDS or not self.keys[i].endswith("های"):
            return []
        out: Spans = []
        j = i + 1
        while j < self.n and (self.joined(j) or (out and self.gaps[j] == COMMA)) and len(out) < 8:
            e = self._place_name(j, head=True) or self._headed_place_after(i, j)
            if e is None:
                break
            out.append((j, e, "LOC"))
            if e < self.n and self.keys[e] == _AND and self.gaps[e] == JOIN:
                j = e + 1
            elif e < self.n and self.gaps[e] == COMMA:
                j = e
            else:
                break
        return out if len(out) >= 2 else []

    def _headed_place_after(self, i: int, j: int) -> int | None:
        """`_headed_place` for the head at token i and a listed name at token j."""
        kinds = _HEAD_PLACE_KINDS[self.keys[i]]
        places = self.tags[j].get("place")
        if not places or not any(p.kind in kinds for p in places) or self.tags[j].keys() & {"title", "head", "hon"}:
            return None
        return j + 1 if not self.joined(j + 1) or self.stops[j + 1] or self.keys[j + 1] == _AND else None

    def _adjective_country(self, i: int) -> bool:
        """Is token i a country or a place whose name is also the relational adjective of a common
        word («مالی»: of «مال», financial; «کشوری»: national), flagged ambiguous? After an office or
        a body it is that adjective («اتحادیه کشوری طلا و جواهر»; a place head, «کشور مالی», still
        makes it the place)."""
        rec = self.tags[i].get("country")
        places = self.tags[i].get("place")
        k = self.keys[i]
        ambiguous = (rec is not None and rec.ambiguous) or (places is not None and all(p.ambiguous for p in places))
        return ambiguous and k.endswith("ی") and k[:-1] in self.g.common

    def _surname_over_village(self, i: int) -> bool:
        """Is token i a listed surname whose places all need a head («منصوری»: a rural district)?"""
        tags = self.tags[i]
        sur = tags.get("sur")
        places = tags.get("place")
        return (sur is not None and not sur.ambiguous and bool(places) and all(p.needs_head for p in places)
                and not tags.keys() & {"country", "world", "venue", "org"})

    def _region(self, i: int) -> tuple[int, Spans] | None:
        """A compass word before a place makes a region: «شمال اربیل», «جنوب غربی سوریه»,
        «شمال غرب قصر شیرین» (the place inside is its own LOC). Not before a common noun
        («غرب کشور», «شرق شهر»)."""
        j = i + 1
        if self.keys[i] in ("شمال", "جنوب") and self.joined(j) and (
                "direction_second" in self.g.words.get(self.keys[j], ()) or self.keys[j] in ("غرب", "شرق")):
            j += 1
        if not self.joined(j):
            return None
        loc = self.loc_at(j, loose=False)
        if loc is None:
            return None
        return loc[0], [(i, loc[0], "LOC")] + loc[1]

    def _unknown_name(self, j: int) -> int | None:
        """One or two words that no lexicon knows (not hazm's, not the gazetteer's), after a head
        of a settlement or a division: a place's name («شهر مرگه», «ایالت ویسکانسین»)."""
        known = _known_words()
        e = j
        while e < self.n and e - j < 2 and (e == j or self.joined(e)):
            k = self.keys[e]
            if e > j and k == "آباد":
                e += 1  # «روستای خلج آباد»: a place's «-آباد» written apart
                break
            if k.endswith(" آباد") and len(k) > 7 and k not in self.g.tagged and not self.stops[e]:
                e += 1  # «قزل‌آباد»: a compound in «-آباد» is a place's name
                continue
            if e == j and k.count(" ") == 1 and len(k) > 5 and not self.tags[e] and k not in self.g.tagged \
                    and k.replace(" ", "\u200c") not in known[0] and k.replace(" ", "") not in known[0] \
                    and self.keys[j - 1] in _SETTLEMENT_HEADS and k.split(" ")[1] not in _BOUND_SECONDS \
                    and k.split(" ")[0] not in _BOUND_FIRSTS:
                e += 1  # «روستای چاه‌عربی», «روستای سه‌کیله»: a ZWNJ compound no lexicon knows
                break
            if self.tags[e] or self.stops[e] or len(k) < 3 or " " in k or any(map(str.isdigit, k)) \
                    or k.endswith(_PLURAL_ENDINGS) or k in known[0] or k in known[1] or k in self.g.tagged \
                    or k in self.g.verbs or any(k.endswith(x) and k[:-len(x)] in known[0] for x in _INFLECTIONS) \
                    or (k[0] in "بو" and k[1:] in known[0]) or any(
                        k.startswith(x) and k[len(x):] in known[0] for x in _WORD_PREFIXES) or any(
                        k.endswith(x) and k[:-len(x)] in known[0] for x in _WORD_SUFFIXES) \
                    or any(known[2].get(k[:c], 0) >= _GLUED_FREQ and known[2].get(k[c:], 0) >= _GLUED_FREQ
                           for c in range(3, len(k) - 2)):
                break  # a word of the language, inflected («جوانان», «گامی») or two glued («زیرپوشش», «بدلیل»)
            e += 1
        if e == j or (e < self.n and self.joined(e) and not self.tags[e] and self.keys[e] not in known[0]
                      and self.keys[e] not in self.g.tagged):
            return None  # nothing unknown, or unknown words go on
        return e

    def _martyr_name(self, j: int) -> int | None:
        """The end of «شهید» + a person's name at token j (a venue's name), else None."""
        if not self.joined(j + 1):
            return None
        for p in (self.person_at(j), self.person_at(j + 1)):  # (the honorific read by the person rule)
            if p is not None and p[0] == j + 1 and p[1] - j <= 4:
                return p[1]
        if (self._name_ends(j + 2) or (self.joined(j + 2) and self.loc_at(j + 2) is not None)) \
                and self.nameish(j + 1) and "sur" in self.tags[j + 1]:
            return j + 2  # «بندر شهید بهشتی»: a listed surname, a common word too
        return None

    def _venue_name(self, j: int, strict: bool, plural: bool = True) -> int | None:
        """The proper name after a venue head: «تالار وحدت», «خیابان انقلاب», «زندان گوانتانامو».
        One or two words; after a head that is also a common word («میدان», «سالن») only a place
        name or a word the lexicon does not know; not a plural unless `plural` (inside a body's
        name «پارک سوارهای» is a compound noun; a mosque may be named «مسجد سیدهای اراک»)."""
        if j > 0 and self.gaps[j] == JOIN and self.keys[j - 1] in _SAINT_SHRINES:
            saint = self._saint_name(j)
            if saint is not None:
                return saint
        place = self._place_name(j, head=True)
        if place is not None:
            return place
        if j < self.n and self.keys[j] in _VENUE_TYPES:
            # «پایانه مرزی مهران», «بازارچه مرزی باشماق»: the venue's kind, then the place it serves
            if not self.joined(j + 1):
                return None
            e = self._place_name(j + 1, head=True)
            return j + 2 if e is None and "place" in self.tags[j + 1] else e  # (any town of the name: «مهران»)
        if j < self.n and self.keys[j] in _IMAM:
            # «مسجد امام», «خیابان امام خمینی», «بیمارستان امام حسین»: named for an imam
            e = j + 1
            if self.joined(e) and (self._core_first(e) or self.keys[e] in _IMAM_NAMES):
                e += 1
                if self.joined(e) and self.keys[e] in _IMAM_NAMES and self.keys[e - 1] in _IMAM_GIVEN:
                    e += 1  # «مسجد امام جعفر صادق», «امام موسی کاظم»
            return e
        if j + 1 < self.n and self.keys[j] in _HOLY_BEFORE_NAME and self.joined(j + 1) \
                and (self.first_name(j + 1) or self.keys[j + 1] in _HOLY_NAMES):
            return j + 2  # «کلیسای حضرت مریم», «مسجد حضرت ابوالفضل»: named for a holy figure
        e = j
        while e < self.n and e - j < 2 and (e == j or self.joined(e)) and self.nameish(e):
            tags = self.tags[e]
            if tags.keys() & {"vhead", "title", "head", "first"} or self.keys[e] in _STREET_WORDS \
                    or _comparative(self.keys[e]) or (not plural and self.keys[e].endswith(_HA_PLURALS)):
                break  # (not a comparative: «ارتفاعات بالاتر»; nor a plural: «پارک سوارهای»)
            pos = self.g.tagged.get(self.keys[e])
            if self.keys[e] in self.g.common or (pos is not None and (
                    strict or e > j or "AJ" in pos.split(",") or not self._descriptor(e))):
                break  # «پارک علمی»: an adjective names no venue
            if e + 1 < self.n and self.joined(e + 1) and self._light(e + 1):
                return None
            e += 1
        if e == j:
            return None
        if e < self.n and self.joined(e) and not self.stops[e] and not self.tags[e] and not _comparative(self.keys[e]):
            return None  # the phrase goes on: no name here (not «زندان الحائر | بزرگ‌ترین زندان …»)
        return e

    def _name_word(self, k: int) -> bool:
        """Is token k a word of a name though no reading made it one here: a given name that is also a
        word («خالد») or a listed surname no frequent word, no place or plural («کشور», «کشورهای»)?"""
        tags = self.tags[k].keys()
        if k > 0 and self.joined(k) and not self.stops[k - 1] and "first" not in self.tags[k - 1] and (
                self.tags[k - 1] or self.keys[k - 1].endswith(("ای", "ان", "ها", "های"))):
            return False  # «وزرای فرهنگ عضو آیسسکو»: a plural or a known word before it, an ezafe chain
        return ("first" in tags or ("sur" in tags and self.keys[k] not in self.g.common)) \
            and not tags & {"place", "country", "world"} and not self.keys[k].endswith(_PLURAL_ENDINGS)

    def _saint_name(self, j: int) -> int | None:
        """The saint a shrine at token j is named for, with the village it stands in: «امامزاده سید هاشم»,
        «امامزاده سیده سکینه تلیج‌کوه», «امامزاده سید محمد گالش محله», «امامزاده ابوالقاسم»: a lineage
        honorific, one or two given names, then a place's name or up to two words no lexicon knows."""
        e = j
        if self.keys[e] in _SAINT_LINEAGE and self.joined(e + 1):
            e += 1
        name = e
        while e < self.n and e - name < 2 and (e == j or self.joined(e)) and (
                self.first_name(e) or self.keys[e] in _HOLY_NAMES or self.keys[e] in _IMAM_NAMES):
            e += 1
        if e == name:
            return None
        if not self.joined(e):
            return e
        place = self._place_name(e, head=True)
        if place is not None:
            return place
        known = _known_words()[0]
        k = e
        while k < self.n and k - e < 2 and self.joined(k) and not self.stops[k] and not self.tags[k] \
                and self.keys[k] not in self.g.tagged and self.keys[k] not in known and self.nameish(k):
            k += 1
        return k

    def _town_of_body(self, j: int) -> bool:
        """Is token j a county or city named right after a municipality's or governorate's head though
        its name is also a given name or a word («شهرداری شهریار», «فرمانداری قدس»: the head says it is
        a town), then the end of the phrase?"""
        if self._place_kinds(j).isdisjoint(("county", "city")) or self.stops[j] \
                or self.tags[j].keys() & {"title", "head", "hon", "org"}:
            return False
        return self._name_ends(j + 1) or (j + 1 < self.n and self.stops[j + 1])

    def _province_at(self, j: int) -> bool:
        """Is token j a province's name («فارس», «مرکزی»), then the end of the phrase?"""
        return j < self.n and "province" in self._place_kinds(j) and self._name_ends(j + 1)

    def _date_name(self, j: int) -> bool:
        """Do tokens j, j+1 name a date, a day and its month («هفتم تیر», «۱۵ خرداد»)?"""
        return j + 1 < self.n and self.joined(j + 1) and self.keys[j + 1] in _MONTHS and (
            self.keys[j].isdigit() or self.keys[j] in _DAY_ORDINALS)

    def _street_context(self, i: int) -> bool:
        """Does a street's head (`_STREET_HEADS`) stand within `_STREET_REACH` tokens of token i?"""
        keys = self.keys
        return any(keys[k] in _STREET_HEADS
                   for k in range(max(0, i - _STREET_REACH), min(self.n, i + _STREET_REACH + 1)))

    def _street_name(self, j: int) -> int | None:
        """A street named by a noun of the language, then the phrase ends: «خیابان انقلاب»,
        «بلوار فرودگاه» (not «خیابان اصلی», «خیابان‌های شهر»)."""
        if j >= self.n or self.stops[j] or not self.nameish(j):
            return None
        if j + 1 < self.n and self.joined(j + 1) and self._light(j + 1):
            return None  # «به انتهای کوچه نگاه کرد»: a verb's noun
        if not (self._name_ends(j + 1) or (j + 2 < self.n and self.joined(j + 2) and self._light(j + 2))
                or self.tags[j + 1].keys() & {"place", "country", "world"}):
            return None  # the phrase goes on («خیابان شهید …»): no name here
        k = self.keys[j]
        pos = self.g.tagged.get(k)
        if pos is None or "N" not in pos.split(",") or k in _STREET_WORDS or k.endswith(_PLURAL_ENDINGS) \
                or self.word_kind(j, "plain_adjective", "place_head", "cue", "light") or self.tags[j].keys() & {"title", "head"}:
            return None  # (a venue's word may name a street: «بلوار فرودگاه», «خیابان دانشگاه»)
        return j + 1

    def _place_name(self, i: int, head: bool) -> int | None:
        """End of a place name at i; `head`: after a place head (ambiguous names allowed)."""
        if i >= self.n or self.stops[i]:
            return None
        if head and self.keys[i] in _WEEKDAYS and (i == 0 or self.keys[i - 1] != "شهر"):
            return None  # «کشورمان دوشنبه ساعت ۱۶ …»: a weekday; the town only as «شهر دوشنبه»
        m = self.matches(i)
        rec = self.info[i]
        if m is rec[_MATCHES_AT]:  # the key's own entry alone: the same answer at every such position
            at = _HEADED_PLACE_AT if head else _PLACE_AT
            n = _asked(rec)[at]
            if n is None:
                e = self._place_name_in(i, head, m)
                n = rec[at] = 0 if e is None else e - i
            return i + n if n else (self._own_kind_after_head(i) if head else None)
        e = self._place_name_in(i, head, m)
        return e if e is not None or not head else self._own_kind_after_head(i)

    def _own_kind_after_head(self, i: int) -> int | None:
        """«شهرستان شهریار», «شهرستان ری»: right after a head that names its kind, a place of that
        kind whose name is also a given name (which `_place_name_in` leaves to the person reading)."""
        kind = _HEAD_OWN_KIND.get(self.keys[i - 1]) if i > 0 and self.gaps[i] == JOIN else None
        places = self.tags[i].get("place") if kind is not None else None
        if places and any(p.kind == kind for p in places) and not self.tags[i].keys() & {"title", "head", "hon"}:
            return i + 1
        return None

    def _place_name_in(self, i: int, head: bool, m: list[tuple[int, Mapping[str, Any]]]) -> int | None:
        """`_place_name` over the gazetteer entries `m` at token i."""
        for n, tags in m:
            if _PLACE_NAME_KINDS.isdisjoint(tags) or "title" in tags or "head" in tags or "hon" in tags:
                continue  # (most entries here are no place of any kind: one test in C)
            for kind in ("country", "world", "venue"):
                rec = tags.get(kind)
                if rec is not None and (head or not rec.ambiguous):
                    return i + n
            places = tags.get("place")
            if places:
                named = n == 1 and tags.keys() & {"sur", "first"}
                sure = _sure_place_kinds(places)  # (a village's name may stand for hundreds of villages)
                if sure and (not named or head or not sure.isdisjoint(("province", "county"))):
                    return i + n  # (a town named like a person after a place's head: «شهر مهران»)
                if head and "comp" not in tags and "first" not in tags and " ".join(self.keys[i:i + n]) not in self.g.common:
                    return i + n
        return None

    def org_at(self, i: int) -> tuple[int, Spans] | None:
        """An organization at token i: (end, spans including the ORG itself)."""
        if i in self._org:
            return self._org[i]
        if i >= self.n or _ORG_TAGS.isdisjoint(self._kd[i] or self._kinds(i)):
            return None  # no entry of a body, a head or a department word starts here (most tokens asked)
        if self._depth >= _MAX_DEPTH:
            return None  # bodies nested deeper than any real name: stop (and never recurse without end)
        self._org[i] = None  # guards against recursion through complements
        self._depth += 1
        try:
            res = self._org_at(i)
        finally:
            self._depth -= 1
        self._org[i] = res
        return res

    def _org_from_stop(self, i: int) -> bool:
        """Does a known organization or office of several words open with the stop word at i
        («عصر ایران», «وابسته مطبوعاتی»)?"""
        if self.keys[i] not in _org_firsts(self.g):
            return False
        return any(n >= 2 and ("org" in tags or ("title" in tags and tags["title"].category != "leader"))
                   for n, tags in self.matches(i))  # (not «ولی فقیه», mostly the doctrine where it opens with «ولی»)

    def _org_at(self, i: int) -> tuple[int, Spans] | None:
        # (token i opens a body's kind of entry: tested by `org_at`)
        if self.stops[i] and (self.keys[i] not in self.g.prefixes or not self._org_from_stop(i)):
            return None
        best: tuple[int, Spans] | None = None
        kinds = self._kd[i] or self._kinds(i)  # (every kind of the entries at i: a lookup of a kind it lacks is skipped)
        if "body" in kinds and self.word_kind(i, "body") and not (
                i > 0 and self.gaps[i] == JOIN and self.keys[i - 1] in _DEMONSTRATIVES):
            best = (i + 1, [(i, i + 1, "ORG")])  # «مجلس», «کنگره»: a body named by one word (not «این کنگره
            # با هدف …»: a reference back to the event named before)
        # a department before an organization: «روابط عمومی شهرداری ملارد»
        for n, tags in self.matches(i) if "dept" in kinds else ():
            if "dept" in tags.get("word", ()) and self.joined(i + n):
                inner = self.org_at(i + n)
                if inner is not None:
                    best = (inner[0], [(i, inner[0], "ORG")] + inner[1])
                elif self.keys[i] in _SITE_WORDS and (close := self._quoted_end(i + n)) is not None:
                    best = (close, [(i, close, "ORG")])  # «پایگاه خبری «الوقت»», «سایت «وطن»»: a site's quoted name
                break
        if "region" in kinds and self.word_kind(i, "region") and self.joined(i + 1) and (
                self.keys[i + 1].isdigit() or self.keys[i + 1] in _REGION_NUMBERS) and self.joined(i + 2):
            inner = self.org_at(i + 2)  # «منطقه ۲۷ دانشگاه آزاد اسلامی», «منطقه یک شهرداری گرگان»: a body's region
            if inner is not None and inner[1][0][:2] == (i + 2, inner[0]) and (best is None or inner[0] > best[0]):
                best = (inner[0], [(i, inner[0], "ORG")] + inner[1])
        known = self.longest(i, "org") if "org" in kinds else None
        # «به گزارش مهر», «به نقل از فارس»: an agency's one-word name is safe in the reporting formula
        reported = i >= 1 and (self.keys[i - 1] in ("گزارش", "خبرگزاری")
                               or (i >= 2 and self.keys[i - 1] == "از" and self.keys[i - 2] == "نقل"))
        if known is not None and known[1].ambiguous and known[0] == 1 and not reported \
                and known[1].kind in _MEDIA_KINDS and self._press_context(i):
            reported = True  # «خبرنگار مهر», «کیهان: …» (a press review's line)
        if known is not None and known[1].ambiguous and known[0] == 1 and not reported \
                and known[1].kind == "sports" and self._sports_near(i) \
                and not (i > 0 and self.gaps[i] == JOIN and self.keys[i - 1] in _NAMING_HEADS):  # «شهر اشتوتگارت»
            reported = True  # «استقلال»، «بارسلونا»: a club's name among match words
        if known is not None and known[1].ambiguous and known[0] == 1 and not reported \
                and known[1].kind in ("party", "group") and "first" in self.tags[i] \
                and not (self.joined(i + 1) and (self.surname_like(i + 1) or self.first_name(i + 1))):
            reported = True  # «حزب‌الله»: a party, unless a surname follows the given name («حزب‌الله کریمی»)
        if known is not None and i > 0 and self.gaps[i] == JOIN and (self.keys[i - 1] in _TERM_NOUNS or (
                i > 1 and (self.keys[i - 1] in _TERM_ORDINALS or self.keys[i - 1] in _TERM_MODIFIERS)
                and self.keys[i - 2] in _TERM_NOUNS)) \
                and " ".join(self.keys[i:i + known[0]]) in _OFFICE_BODIES:
            known = None  # «انتخابات ریاست جمهوری»: the office's term or election, not the body
        if known is not None and not (known[1].ambiguous and known[0] == 1 and not reported):
            e = i + known[0]
            spans: Spans = [(i, e, "ORG")]
            blessed = self._after_blessing(e)
            if blessed is not None and (loc := self.loc_at(blessed, loose=False)) is not None:
                spans = [(i, loc[0], "ORG")] + loc[1]  # «کمیته امداد امام خمینی (ره) استان تهران»
                e = loc[0]
            # a known body of a place: «شورای شهر تهران», «ارتش افغانستان»
            elif self.joined(e):
                loc = self.loc_at(e, loose=False)
                if loc is None and known[1].kind == "military" and self._province_at(e):
                    loc = (e + 1, [(e, e + 1, "LOC")])  # «سپاه فجر فارس»: a province's name that is a word too
                uni = self._university_at(e) if known[1].kind == "university" else None
                if uni is not None:
                    loc = None  # «جهاد دانشگاهی دانشگاه تهران»: the university, no campus (below)
                if loc is not None and known[1].kind in _MEDIA_KINDS and (known[1].canonical or known[1].name).startswith(_AGENCY):
                    loc = None  # «خبرگزاری فارس استان تهران», «فارس کرمان»: the agency's bureau, no part of its name
                if loc is not None:
                    spans = [(i, loc[0], "ORG")] + loc[1]
                    e = loc[0]
                elif uni is not None:
                    spans = [(i, uni[0], "ORG")] + uni[1]  # «جهاد دانشگاهی دانشگاه علامه طباطبایی»: its unit there
                    e = uni[0]
                elif known[1].kind == "military":
                    parent = self._military_parent(e)
                    if parent is not None:  # «نیروی قدس سپاه (پاسداران)»: a unit and its force
                        spans = [(i, parent[0], "ORG")] + parent[1]
                        e = parent[0]
            if best is None or e > best[0]:
                best = (e, spans)
        head = self.longest(i, "head") if "head" in kinds else None
        if head is not None and i > 0 and self.keys[i - 1] == "گزارش" and self.word_kind(i, "desk_head"):
            head = None  # «به گزارش گروه اقتصادی خبرگزاری فارس»: a news desk; the agency follows
        if head is not None and self.keys[i] in _DESK_HEAD_SET[0] and self._desk_of_medium(i + head[0]):
            head = None  # «گروه اقتصادی باشگاه خبرنگاران جوان»: a newsroom's desk; the medium follows
        if head is not None and i > 0 and self.keys[i - 1] in _REPORTER_WORDS and self.word_kind(i, "desk", "desk_head"):
            head = None  # «خبرنگار حوزه دولت خبرگزاری فارس»: the reporter's beat, not a body
        if head is not None and (head[1].kind == "generic" or self.keys[i + head[0] - 1].endswith((" ها", " های"))):
            head = None  # «سازمان‌های رسمی»: a plural is no one body
        if head is not None and i > 0 and self.gaps[i] == JOIN and self.keys[i - 1] in _DEMONSTRATIVES:
            head = None  # «این شورا …», «همین سازمان»: a reference back, not a name
        if head is not None and self.keys[i] == _POPULATION and head[0] == 1 and self.joined(i + 1) \
                and (self.keys[i + 1] in _POPULATION_AFTER or self._ordinal(i + 1) or self.keys[i + 1].endswith(_HA_PLURALS)):
            head = None  # «جمعیت کیفری», «جمعیت شهری و روستایی استان»: a population, no society
        if head is not None and self.keys[i] in _UNION_HEADS and head[0] == 1 and self.joined(i + 1) \
                and not self.tags[i + 1].keys() & {"org", "place", "country", "world", "comp"} and self._plural_word(i + 1):
            head = None  # «اتحاد مسلمانان», «اتحاد ادیان جهانی»: unity of people or faiths, no body
        if head is not None and self.keys[i] == _INSTITUTION and head[0] == 1 and self.joined(i + 1) \
                and (known is None or known[0] == 1) and (known_after := self.longest(i + 1, "org")) is not None:
            # (not a body named with «نهاد»: «نهاد ریاست جمهوری», the presidential office)
            # «نهاد سپاه پاسداران انقلاب اسلامی», «تشکیل نهاد بسیج»: the known body's name begins after «نهاد»
            inner = self.org_at(i + 1)
            return inner if inner is not None else (i + 1 + known_after[0], [(i + 1, i + 1 + known_after[0], "ORG")])
        if head is not None and self.keys[i] == _INSTITUTION and head[0] == 1 and i > 0 and self.gaps[i] == JOIN \
                and self.keys[i - 1] == "مردم":
            head = None  # «سازمان‌های مردم نهاد فعال در …»: «مردم‌نهاد», non-governmental, no body of its own
        if head is not None and self.keys[i] in _MANAGING and head[0] == 1 and self.joined(i + 1) \
                and self.keys[i + 1] in _MANNERS:
            head = None  # «مدیریت یکپارچه محیط زیست», «مدیریت بهینه و اثربخش مالی», «در صورت اداره صحیح
            # برکات زیادی …»: managing, no body
        if head is not None and self._participation(i, i + head[0]):
            head = None  # «با شرکت تیم‌های والیبال نوجوانان»: taking part, no company
        if head is not None and i > 0 and self.keys[i - 1] in _COUNTS and head[1].kind != "sports" and self._counted(i):
            head = None  # «پنج بیمارستان تامین اجتماعی», «یک شرکت خصوصی»: counted, a common noun
        if head is not None:
            n, rec = head
            e0 = i + n
            if rec.kind in _MEDIA_KINDS:
                e = self._media_name(e0)
                if e > e0:
                    cand = (e, [(i, e, "ORG")])
                    if e - e0 >= 2 and "nat" in self.tags[e0] and "org" in self.tags[e0 + 1]:
                        cand[1].append((e0 + 1, e, "ORG"))  # «خبرگزاری روسی اسپوتنیک»: the agency's own name
                    if best is None or e > best[0]:
                        best = cand
            else:
                weak: bool | str = rec.complement != "required"
                if "weak_head" in self.g.words.get(" ".join(self.keys[i:e0]), ()):
                    weak = "strict"
                e, spans = self.complements(e0, generic=True, title=False, weak=weak, numbers=rec.kind == "military",
                                            head=rec.canonical if rec.kind != "sports" else "")
                if known is not None and known[0] > n and spans and spans[0][0] == e0 and spans[0][2] == "ORG" \
                        and known[1].canonical:
                    spans = spans[1:]  # «جمعیت هلال‌احمر استان»: the known body's full name with its head, the
                    # body after the head the same one (no second ORG «هلال‌احمر استان»)
                if e > e0 + 1 and (closed := self._closed_quote_in(e0, e)) is not None:
                    e, spans = closed, [sp for sp in spans if sp[1] <= closed]  # «باشگاه خبری فارس «توانا» |
                    # روابط عمومی بانک مرکزی …»: a name quoted at its end ends with the quotation
                if rec.canonical in _OCCASION_BODIES and (occ := self._occasion_end(e)) > e:
                    # «ستاد گرامیداشت دهه فجر», «کمیته اطلاع‌رسانی دهه فجر», «ستاد هفته دفاع مقدس استان»:
                    # the body that runs an occasion (and the place it serves)
                    e = occ
                    if self.joined(e) and (place := self.loc_at(e)) is not None:
                        e, spans = place[0], spans + place[1]
                    elif self.joined(e) and self.word_kind(e, "place_head") and self._name_ends(e + 1):
                        e += 1
                if rec.kind == "government" and e > e0 and spans and spans[0][:2] == (e0, e0 + 1) \
                        and self._village_only(e0):
                    e, spans = e0, []  # «انحلال دولت وحدت ملی»: a government is no rural district's
                if e == e0 and e0 < self.n and self.gaps[e0] == JOIN and rec.kind not in _OWN_QUOTED_KINDS \
                        and self.keys[i] not in _NOT_QUOTED_ORG_HEADS and (quoted := self._quoted_end(e0)) is not None \
                        and not any(self.tags[k].keys() & _PERSON_NAME_TAGS for k in range(e0, quoted)):
                    e = quoted  # «مرکز «گلوبال ریسرچ»», «نیروهای «القدس»»: the body's own name in quotation marks
                    # (not a person's: «دولت «جرج بوش»», «کابینه «اشرف غنی»»)
                if e == e0 and e0 < self.n and self.keys[e0] == _AND:
                    # «اتاق بازرگانی و صنایع و معادن ایران»: the longer head's last word is the first
                    # of a list of fields; read the shorter head («اتاق») with the whole list
                    for n2, tags2 in self.matches(i):
                        rec2 = tags2.get("head")
                        if n2 < n and rec2 is not None and rec2.kind == rec.kind:
                            e2, spans2 = self.complements(i + n2, generic=True, title=False,
                                                          weak=rec2.complement != "required")
                            if e2 > e0:
                                e, spans = e2, spans2
                            break
                if e == e0 + 1 and self.keys[i] in _PROPER_NAMED_CLUBS and not spans and self._common_word(e0):
                    e = e0  # «با باشگاه | قرارداد خود را …», «مدیران باشگاه | دغدغه‌ای ندارند»: a club is
                    # named by a proper name or a listed one («باشگاه پیکان»), not by one common word
                if e == e0 and rec.kind == "sports" and self.joined(e0):
                    club = self.org_at(e0)  # «تیم مس کرمان», «تیم پرسپولیس»: the team with its club's name
                    if club is not None and club[1] and club[1][0][:2] == (e0, club[0]) and (
                            self._sports_club(e0, club[0])):
                        e, spans = club
                if e > e0 and rec.kind == "sports" and n == 1 and not spans and all(
                        getattr(self.tags[k].get("comp"), "field", None) == "sport" for k in range(e0, e)) \
                        and not (e < self.n and self.keys[e] in _NAMED_FOR_WORDS):
                    # a team of a sport: named by the club's name no lexicon knows after it («تیم فوتبال
                    # بوریرام», «تیم والیبال زردان»), else no body (not «دروازه‌بان سابق تیم فوتبال | پاس»,
                    # «تیم هندبال بانوان»; «تیم ملی فوتبال», «تیم فوتبال استقلال» are read above), but for an
                    # office's team («سرمربی تیم فوتبال جوانان»: the coach's office keeps it)
                    named = self._club_name(e)
                    if named > e:
                        e = named
                    elif not (i > 0 and self.gaps[i] == JOIN and "title" in self.tags[i - 1]):
                        e = e0
                if e == e0 and n >= 2 and rec.complement != "required" and rec.kind in ("department", "university"):
                    e = e0  # «فرهنگ و ارشاد اسلامی», «جهاد کشاورزی»: a field's office named alone
                    if best is None or e > best[0]:
                        best = (e, [(i, e, "ORG")])
                if e > e0 and n == 1 and self.word_kind(i, "field_head") and not any(sp[2] == "ORG" for sp in spans):
                    e = e0  # «حوزه راه و شهرسازی», «حوزه انتخابیه تربت‌حیدریه»: a domain or a district, no body
                    # (a body's desk is one: «حوزه دولت خبرگزاری فارس»; «حوزه علمیه» is a head of its own)
                if e > e0 and self.keys[i] == _SEAT_OF_MP and self.keys[e0] in _PARLIAMENTS:
                    e = e0  # «نمایندگی مجلس شورای اسلامی», «کرسی در نمایندگی مجلس خبرگان»: an MP's seat, no body
                if rec.kind == "government" and any(sp[0] == e0 and sp[2] == "ORG" for sp in spans):
                    e = e0  # «خبرنگار حوزه دولت خبرگزاری فارس»: a body after «دولت» is no part of it
                if e > e0 and self.keys[i] in _EVENT_SET[0] and not any(sp[2] in ("LOC", "ORG") for sp in spans):
                    e = e0  # «کارگاه آموزشی …», «کارگروه ملی»: an event or a panel, named by no place or body
                if e > e0 and (best is None or e > best[0]):
                    if known is not None and best is not None and ((not any(
                            sp[0] >= best[0] and sp[2] in ("LOC", "ORG") for sp in spans) and not any(
                            self.keys[k] == _AND or "comp" in self.tags[k] for k in range(best[0], e)))
                            or (known[0] >= 2 and self.gaps[best[0]] == JOIN
                                and not (self.keys[best[0]] == _AND or "comp" in self.tags[best[0]])
                                and not any(sp[1] > best[0] and sp[2] in ("LOC", "ORG") for sp in spans))):
                        pass  # «سازمان ملل استفاده»: a known name, then only common words (or a known name of
                        # two words or more, then a common word that is no field and no list's comma:
                        # «شورای نگهبان | حفظ و حراست …», «شورای نگهبان | حافظ دستاوردهای انقلاب …»)
                    else:
                        best = (e, [(i, e, "ORG")] + spans)
            if rec.kind in ("municipality", "governorate") and (best is None or best[0] <= e0):
                q = self._quoted_name(e0)
                if q is not None:  # «شهرداری «پالم بیچ»»: a town's name in quotation marks
                    best = (q, [(i, q, "ORG"), (e0, q, "LOC")])
                elif e0 < self.n and self.joined(e0) and self._town_of_body(e0):
                    best = (e0 + 1, [(i, e0 + 1, "ORG"), (e0, e0 + 1, "LOC")])  # «شهرداری شهریار»
            if rec.kind == "parliament" and e0 < self.n and self.joined(e0) and self.keys[e0] in _ORDINALS \
                    and (best is None or best[0] <= e0):
                best = (e0 + 1, [(i, e0 + 1, "ORG")])  # «مجلس یازدهم»: the parliament of a term
            if rec.kind == "government" and e0 < self.n and self.joined(e0) and (best is None or best[0] <= e0):
                led = self._government_of(e0)
                if led is not None:
                    best = (led[0], [(i, led[0], "ORG")] + led[1])
            if best is not None and rec.kind == "school":
                # «دبیرستان البرز»: a school's name is no place it stands in
                best = (best[0], [sp for sp in best[1] if not (sp[2] == "LOC" and sp[0] == e0)])
            named_at = e0 if best is None else best[0] if best[1] and best[1][0][:2] == (i, best[0]) else None
            if named_at is not None and named_at < self.n and self.keys[named_at] in ("امام", "حضرت") \
                    and rec.kind in _NAMED_FOR_KINDS and self.joined(named_at):
                holy = self._holy_name(named_at)  # «بیمارستان امام حسین (ع)», «دبستان حضرت زینب»: named for a saint
                if holy is not None:
                    best = (holy[0], [(i, holy[0], "ORG")] + (best[1][1:] if best is not None else []) + holy[1])
            if best is not None and best[0] < self.n and self.keys[best[0]] == "شهید" and rec.kind in _NAMED_FOR_KINDS \
                    and best[1] and best[1][0][:2] == (i, best[0]) and self.joined(best[0]):
                named = self.person_at(best[0])  # «تیم هندبال بانوان شهید شاهرخ شکوهی»: named for a martyr
                if named is not None and named[1] - named[0] >= 2:
                    best = (named[1], [(i, named[1], "ORG")] + best[1][1:] + [(named[0], named[1], "PERSON")])
            martyr_at = e0 if best is None else best[0] if best[1] and best[1][0][:2] == (i, best[0]) else None
            if martyr_at is not None and martyr_at < self.n and self.keys[martyr_at] == _MARTYR \
                    and rec.kind in _MARTYR_NAMED_KINDS and self.joined(martyr_at) and self.keys[i] != _HOME:
                named_end = self._martyr_name(martyr_at)  # «قرارگاه استانی شهید شهرام‌فر», «بیمارستان شهید بهشتی»
                if named_end is not None:  # one body through the martyr's name (no PERSON of its own)
                    spans_ = best[1][1:] if best is not None else []
                    loc = self.loc_at(named_end) if self.joined(named_end) else None
                    if loc is not None:  # «درمانگاه شهید مطهری شیراز»: and the town it serves
                        named_end, spans_ = loc[0], spans_ + loc[1]
                    best = (named_end, [(i, named_end, "ORG")] + spans_)
            if n == 1 and rec.kind in _MISSION_KINDS and self.joined(e0) and "country" in self.tags[e0]:
                post = self._mission_post(e0)
                if post is not None and (best is None or post[0] > best[0]):
                    best = (post[0], [(i, post[0], "ORG")] + post[1])
            if n == 1 and self.keys[i] == _SEAT_OF_MP and (best is None or best[0] <= e0) and self.joined(e0):
                post = self._leader_office(e0)  # «نمایندگی ولی فقیه در دانشگاه‌ها»: the Leader's office at a body
                if post is not None:
                    best = (post[0], [(i, post[0], "ORG")] + post[1])
            if best is not None and n == 1 and self.keys[i] in _LEADER_OFFICE_HEADS and best[0] > i + 2 \
                    and self.keys[i + 1] in (_SEAT_OF_MP, _INSTITUTION) and (i + 1, best[0], "ORG") in best[1] \
                    and self._leader_office(i + 2 if self.keys[i + 1] == _SEAT_OF_MP else i + 3) is not None:
                # «دفتر نهاد نمایندگی ولی فقیه در …»: one body, not also «نمایندگی ولی فقیه در …» inside it
                best = (best[0], [sp for sp in best[1] if sp != (i + 1, best[0], "ORG")])
            if best is not None and rec.kind == "government":
                country = self.longest(i, "country")
                if country is not None:
                    return None  # «رژیم صهیونیستی»: a name of a country (LOC), not a regime's name
        if best is None and known is not None and known[0] == 1 and known[1].kind == "military" \
                and self._bare_force(i):
            best = (i + 1, [(i, i + 1, "ORG")])  # «بسیج یک هدیه الهی است», «سپاه و بسیج»: the force itself
        return best

    def _mission_post(self, j: int) -> tuple[int, Spans] | None:
        """A country at token j, «در» and a body: a country's mission at that body («هیئت ایران در
        سازمان ملل», «نمایندگی آمریکا در سازمان ملل»): (end, the country's and the body's spans)."""
        c_end, c_spans = self.complements(j, generic=False, title=False)
        if c_spans != [(j, c_end, "LOC")] or c_end + 1 >= self.n or self.keys[c_end] != "در" \
                or not self.joined(c_end) or not self.joined(c_end + 1):
            return None
        body = self.org_at(c_end + 1)
        if body is None or not body[1] or body[1][0][:2] != (c_end + 1, body[0]):
            return None
        return body[0], c_spans + body[1]

    def _leader_office(self, j: int) -> tuple[int, Spans] | None:
        """After «نمایندگی»: the Leader («ولی فقیه», «مقام معظم رهبری») at token j, then optionally «در» and
        the body or place served: the Leader's representation there, one body («دفتر نهاد نمایندگی ولی فقیه
        در دانشگاه‌های آزاد گیلان», «مسئول نمایندگی ولی‌فقیه در سپاه قدس گیلان»): (end, spans after j)."""
        le = next((j + n for n, tags in self.matches(j)
                   if tags.get("title") is not None and tags["title"].category == "leader"
                   and tags["title"].complement == "none"), None)
        if le is None:
            return None
        if le + 1 >= self.n or self.keys[le] != "در" or not self.joined(le) or not self.joined(le + 1):
            return le, []
        k = le + 1
        served = self.loc_at(k, loose=True)
        head = self.longest(k, "head")
        stem = self.keys[k].split(" ")[0] if self.keys[k].endswith(_HA_PLURALS) else ""
        stem_head = self.g.table.get(stem, {}).get("head") if stem else None
        if served is None and ((head is not None and head[0] == 1 and head[1].kind == "university")
                               or (stem_head is not None and stem_head.kind == "university")):
            # «در دانشگاه‌ها», «در دانشگاه‌های آزاد گیلان»: the universities, with their province if named
            c_end, c_spans = self.complements(k + 1, generic=True, title=False) if self.joined(k + 1) else (k + 1, [])
            if c_spans and c_spans[-1][1] == c_end and c_spans[-1][2] == "LOC" and c_end - k <= 4:
                return c_end, [(k, c_end, "ORG")] + c_spans
            return k + 1, []
        if served is None:
            served = self.org_at(k)
        if served is not None and served[1] and served[1][0][:2] == (k, served[0]):
            return served
        return le, []

    def _desk_of_medium(self, j: int) -> bool:
        """Do one or two desk words («اقتصادی», «فضای مجازی») and then a news medium follow at token j?"""
        for k in range(j + 1, min(self.n, j + 4)):
            if not self.joined(k) or self.stops[k - 1]:
                return False
            org = self.longest(k, "org")
            if org is not None and org[1].kind in _MEDIA_KINDS:
                return True
            head = self.longest(k, "head")
            if head is not None:
                return head[1].kind in _MEDIA_KINDS
        return False

    def _holy_name(self, k: int) -> tuple[int, Spans] | None:
        """End of a saint's name after «امام» or «حضرت» at token k: one or two given names
        («امام حسین», «امام جعفر صادق», «حضرت فاطمه زهرا») or a public figure's name («امام خمینی»),
        with the place after it (and that place's spans)."""
        e = k + 1
        if not (self.joined(e) and (self.first_name(e) or self.word_kind(e, "notable") or "sur" in self.tags[e])):
            return None
        e += 1
        if self.joined(e) and self.first_name(e) and not self.stops[e]:
            e += 1
        blessed = self._after_blessing(e)
        if (self.joined(e) or blessed is not None) and (loc := self.loc_at(blessed or e)) is not None:
            return loc[0], loc[1]  # «بیمارستان امام رضا مشهد», «… امام حسین (ع) شهرستان …»: and the town it serves
        return e, []

    def _after_blessing(self, e: int) -> int | None:
        """The token after a blessing in brackets at token e («امام خمینی (ره) استان تهران»: the token
        of «استان»), on the same line; else None."""
        if e + 1 >= self.n or self.keys[e] not in _BLESSING_WORDS:
            return None
        return e + 1 if self._marks_before(e) == "(" and self._marks_before(e + 1) == ")" else None

    def _participation(self, i: int, e0: int) -> bool:
        """«شرکت» after «با» before a plural or «در»: taking part («با شرکت تیم‌های …», «با شرکت
        نمایندگان …», «با شرکت در …»), not a company («قرارداد با شرکت ملی نفت»)."""
        if self.keys[i] != "شرکت" or e0 != i + 1 or i == 0 or self.keys[i - 1] != "با" or e0 >= self.n:
            return False
        nxt = self.keys[e0]
        return nxt == "در" or nxt.endswith((" ها", " های", "گان")) or nxt in _PEOPLE_PLURALS

    def _counted(self, i: int) -> bool:
        """Is the head at token i counted («دو بیمارستان», «یک شرکت»), a common noun? Not a number
        that names the noun before it («منطقه یک شهرداری گرگان»), nor «هر چند» (although)."""
        if i == 0 or self.gaps[i] != JOIN or self.keys[i - 1] not in _COUNTS:
            return False
        before = self.keys[i - 2] if i > 1 and self.gaps[i - 1] == JOIN else ""
        return before not in _NUMBERED_NOUNS and not (before == "هر" and self.keys[i - 1] == "چند")

    def _unit_word(self, k: int) -> bool:
        """Does token k end a unit of an armed force: a military head or a field of «نیرو»
        («نیروی زمینی», «پایگاه هوایی»)?"""
        hd = self.tags[k].get("head")
        comp = self.tags[k].get("comp")
        return (hd is not None and hd.kind == "military") or (comp is not None and "نیرو" in comp.heads)

    def _university_at(self, e: int) -> tuple[int, Spans] | None:
        """A university or faculty named from token e («دانشگاه علامه طباطبایی»): (end, spans), else None."""
        hd = self.tags[e].get("head")
        if hd is None or hd.kind != "university" or hd.complement != "required":
            return None
        uni = self.org_at(e)
        return uni if uni is not None and uni[1] and uni[1][0][:2] == (e, uni[0]) else None

    def _military_parent(self, e: int) -> tuple[int, Spans] | None:
        """The armed force after one of its units: «سپاه», «سپاه پاسداران …», «ارتش …»."""
        hd = self.longest(e, "head")
        if hd is None or hd[1].kind != "military" or hd[1].complement != "optional":
            return None
        inner = self.org_at(e)
        if inner is not None and inner[1] and inner[1][0][:2] == (e, inner[0]):
            return inner
        return e + hd[0], [(e, e + hd[0], "ORG")]

    def _club_name(self, e: int) -> int:
        """Where a sports club's name that no lexicon knows ends, from token e after «تیم» and its
        sport: one to three words of no language's lexicon («بوریرام», «آلانیا اسپور»); e if none."""
        known = _known_words()[0]
        k = e
        while k < self.n and k - e < 3 and self.joined(k) and self._plain_name(k) and not self.first_name(k) \
                and self.keys[k] not in self.g.tagged and self.keys[k] not in known \
                and not self._inflected_word(self.keys[k]) and not self._animate_plural(self.keys[k]) \
                and not self.tags[k].keys() & {"title", "head", "org", "hon", "nat", "country"}:
            k += 1
        return k

    @staticmethod
    def _animate_plural(key: str) -> bool:
        """A plural in «ان» of a word of the language: «جوانان», «نوجوانان», «نمایندگان»."""
        known = _known_words()[0]
        return (key.endswith("ان") and key[:-2] in known) or (key.endswith("گان") and key[:-3] + "ه" in known)

    def _sports_club(self, a: int, b: int) -> bool:
        """Is tokens a..b a sports club (a known one, or read from a results line)?"""
        rec = self.longest(a, "org")
        return (rec is not None and rec[0] <= b - a and rec[1].kind == "sports") or self._score_boundary(a)

    def _score_boundary(self, i: int) -> bool:
        """Can a club's name open at token i of a results line: after punctuation or a score?"""
        if i == 0 or self.gaps[i] != JOIN:
            return True
        prev = self.keys[i - 1]
        return prev.isdigit() or prev in _SCORE_WORDS

    def _club_before(self, i: int, end: int, floor: int) -> int | None:
        """«گل گهر سیرجان صفر - مس کرمان یک»: the place at tokens i..end, then a score, after one or
        two name words that open at a score boundary, near match words: where the club's name
        (an ORG holding the LOC) starts, else None."""
        if end >= self.n or not self.joined(end) or not (self.keys[end].isdigit() or self.keys[end] in _SCORE_WORDS):
            return None
        world = self.tags[i].get("world")
        if "place" not in self.tags[i] and (world is None or world.kind != "city"):
            return None  # a club bears a city's name, not a country's («مقابل کامبوج ۲»)
        for a in (i - 1, i - 2):
            if a < floor or not self.joined(a + 1):
                return None
            if self.stops[a] or self.keys[a].isdigit() or self.keys[a] in _SCORE_WORDS or self.keys[a] in _MATCH_SIDES \
                    or self.tags[a].keys() & {"title", "head", "hon", "country", "world", "nat", "place", "org"}:
                return None
            if self._score_boundary(a):
                return a if self._sports_near(i) else None
        return None

    def _press_context(self, i: int) -> bool:
        """Is the one-word medium at token i named as one: after «خبرنگار (اعزامی)», or opening a
        line of a press review, then «:», «به نقل از» or «از قول» («شرق: …», «اسرار به نقل از …»)?"""
        prev = self.keys[i - 1] if i > 0 and self.gaps[i] == JOIN else ""
        if prev in _REPORTER_WORDS or (prev == "اعزامی" and i > 1 and self.keys[i - 2] in _REPORTER_WORDS):
            return True
        starts, text = self.toks.starts, self.text
        if i > 0 and "\n" not in text[max(0, starts[i] - 3):starts[i]]:
            return False
        after = text[self.toks.ends[i]:self.toks.ends[i] + 3].strip()
        if after.startswith(":"):
            return True
        return i + 2 < self.n and self.joined(i + 1) and " ".join(self.keys[i + 1:i + 3]) in ("به نقل", "از قول")

    def _land_at(self, j: int) -> bool:
        """Token j opens a land a ruler or a state holds: a country, a world place, or a province or a
        town of the gazetteer whose name is no common word."""
        tags = self.tags[j]
        if tags.keys() & {"country", "world"}:
            return True
        return _sure_town(tags.get("place"))

    def _occasion_end(self, k: int) -> int:
        """The end of an occasion named at token k («گرامیداشت دهه فجر», «هفته دولت», «هفته دفاع
        مقدس»), else k: a celebration's word, then «دهه» or «هفته» and one or two words that end there."""
        j = k + 1 if k < self.n and self.keys[k] in _CELEBRATIONS and self.joined(k + 1) else k
        if j + 1 >= self.n or self.keys[j] not in _OCCASION_SPANS or not self.joined(j + 1) or self.stops[j + 1]:
            return k
        for end in (j + 2, j + 3):
            if end <= self.n and all(self.joined(x) and not self.stops[x] for x in range(j + 1, end)) \
                    and (self._name_ends(end) or self.word_kind(end, "place_head") or self.loc_at(end) is not None):
                return end
        return k

    def _village_only(self, j: int) -> bool:
        """Is token j a place only as a village or rural district whose name is also a word
        («وحدت»), and no country, world place or larger town?"""
        places = self.tags[j].get("place")
        return bool(places) and not self.tags[j].keys() & {"country", "world"} \
            and all(p.needs_head and p.kind in ("village", "rural_district") for p in places)

    def _government_of(self, j: int) -> tuple[int, Spans] | None:
        """What names a government after «دولت»/«کابینه»: its head's name («دولت اوباما», «دولت حسن
        روحانی», the PERSON inside) or its ordinal («دولت یازدهم»)."""
        if self.keys[j] in _ORDINALS:
            return j + 1, []
        p = self.person_at(j)
        if p is not None and p[0] == j:
            return p[1], [(j, p[1], "PERSON")]
        if self.word_kind(j, "notable"):
            w = self.longest(j, "word")  # «رژیم صدام حسین»: the public figure's whole name
            e = j + (w[0] if w is not None and "notable" in w[1] else 1)
            return e, [(j, e, "PERSON")]
        if self.keys[j] in self.surname_keys and self._name_ends(j + 1):
            return j + 1, [(j, j + 1, "PERSON")]
        return None

    def _sports_near(self, i: int, window: int = 25) -> bool:
        """Is there a sports word («تیم», «لیگ», «سرمربی») within `window` tokens of token i?"""
        near = self._sports
        if near is None:
            near = list(compress(range(self.n), map(_SPORT_SET[0].__contains__, self.keys)))
            if all(self.keys[k] in _WEAK_SPORT_WORDS for k in near):
                near = []  # «دیدار», «بازی» alone: a meeting, a game of any kind (not «تیم», «لیگ»)
            self._sports = near
        if not near:
            return False
        at = bisect_left(near, i - window)
        return at < len(near) and near[at] <= i + window

    def _quoted_end(self, k: int) -> int | None:
        """The end of a name of one to three words in «…» that opens at token k, else None."""
        starts, ends, text = self.toks.starts, self.toks.ends, self.text
        if k >= self.n or "«" not in text[ends[k - 1]:starts[k]]:
            return None
        for e in range(k + 1, min(self.n, k + 3) + 1):
            if "»" in text[ends[e - 1]:starts[e] if e < self.n else ends[e - 1] + 2]:
                return e
            if e < self.n and (self.stops[e] or not self.joined(e)):
                return None
        return None

    def _media_name(self, j: int) -> int:
        """A news medium's name after its head: up to two name words («خبرگزاری فارس»). A channel
        («شبکه») is named by a number («شبکه سه سیما») or a word the language does not have
        («شبکه العالم»), not by a common noun («شبکه قاچاق», «شبکه جهانی اینترنت»)."""
        if j < self.n and self.joined(j) and self.keys[j - 1] == "شبکه":
            if self.keys[j] in _SCORE_WORDS and self.keys[j] not in ("صفر", "نه"):
                return j + 2 if self.joined(j + 1) and self.keys[j + 1] == "سیما" else j + 1
            if self.keys[j] in self.g.tagged and not self.tags[j].keys() & _PLACE_OR_BODY \
                    and not self.word_kind(j, "notable"):
                return j
        if j < self.n and self.joined(j) and self.keys[j - 1] in _PROPER_NAMED_MEDIA and self._common_word(j) \
                and not (self.joined(j + 1) and self.tags[j + 1].keys() & _PLACE_OR_BODY):
            return j  # «رادیو و تلویزیون | مسائل را …», «تلویزیون | گاهی خودش …» (not «رادیو صدای آمریکا»)
        if j < self.n and self.joined(j) and self.keys[j] in _MEDIUM_ADJECTIVES:
            named = self._media_name(j + 1) if j + 1 < self.n else j + 1
            for k in range(j + 2, named):
                if any(q in self.text[self.toks.ends[k - 1]:self.toks.starts[k]] for q in _ALL_QUOTES):
                    named = k  # «شبکه ماهواره‌ای «فدک» متعلق به …»: the quoted name ends it
                    break
            return named if named > j + 1 else j  # «شبکه رادیویی «…»»: a medium described; its name may follow
        e = j
        while e < self.n and e - j < 2 and self.joined(e) and not self.stops[e]:
            tags = self.tags[e]
            if tags.keys() & {"title", "head", "hon"} or self.word_kind(e, "place_head", "desk", "reporter"):
                break
            if e == j and self.word_kind(e, "plain_adjective") and not self._nat_before_name(e):
                break  # «روزنامه انگلیسی حاکی از …»: a paper described, not named
            if e > j and "country" in tags and "org" not in tags and self._proper_before_country(j, e):
                break  # «روزنامه گرانما کوبا», «هفته‌نامه اشپیگل آلمان»: the paper's country follows its name
            e += 1
            if tags.keys() & _NAME_ENDING_TAGS:  # «خبرگزاری فرانسه | مخابره کرده»: a place ends the name
                break
        return e

    def _proper_before_country(self, j: int, e: int) -> bool:
        """Are the words j..e a medium's own name (a word no lexicon knows or a known body), outside
        an open quotation, so that a country at e is no part of it? Not «رادیو صدای آمریکا»,
        «خبرگزاری رسمی لبنان» (words of the language: the country names the medium)."""
        span = self.text[self.toks.starts[j]:self.toks.starts[e]]
        if span.count("«") > span.count("»") or span.count('"') % 2:
            return False
        known = _known_words()[0]
        return any("org" in self.tags[k] or (not self.tags[k] and self.keys[k] not in self.g.tagged
                                             and self.keys[k] not in known and self.keys[k][:-1] not in known)
                   for k in range(j, e) if "nat" not in self.tags[k])

    def _nat_before_name(self, k: int) -> bool:
        """Is token k a nationality between a medium's head and its name: «خبرگزاری روسی اسپوتنیک»,
        «روزنامه فرانسوی «فیگارو»» (a known body's name, a word no lexicon knows, or a quoted name)?"""
        e = k + 1
        if "nat" not in self.tags[k] or e >= self.n or self.gaps[e] != JOIN or self.stops[e]:
            return False
        if "org" in self.tags[e]:
            return True
        lead = self.text[self.toks.ends[k]:self.toks.starts[e]]
        if any(q in lead for q in _QUOTE_MARKS):
            return True
        return not self.tags[e] and self.keys[e] not in self.g.tagged and not self._inflected_word(self.keys[e])

    def complements(self, j: int, generic: bool, title: bool, weak: bool | str = False,
                    numbers: bool = False, head: str = "") -> tuple[int, Spans]:
        """The complements of a head or an office starting at token j: (end, nested spans).

        Items: an ORG (ends the chain), places joined by «و», complement phrases, generic
        words (`generic`), another office (`title`). Items join by «و», or by commas in a
        list that ends with «و» («میراث فرهنگی، صنایع‌دستی و گردشگری»). After a `weak` head
        (a common word such as «حوزه», «مرکز») generic words count only before a place or an ORG.
        """
        spans: Spans = []
        e = j
        safe_end = j  # end of the chain without trailing generic words
        n_described = 0
        n_generic = 0
        had_place = False
        prep = False
        numbered = False
        comma_at: int | None = None  # the first comma of a list of fields
        and_at = -1  # the last «و» between items
        adjectives = True  # every item so far an adjective read as a common noun's («حوزه سیاسی و …»)
        gen_starts: list[int] = []  # the generic items (a head and plain adjectives name nothing)
        branch_number = -1  # end of a branch's number («شعبه ۲»): a body or a place must follow it
        last_kind = ""  # the kind of the last item taken
        phrase_at: int | None = None  # a list's comma followed by a phrase of common words (no list of fields)
        nisba_end = -1  # end of a relational adjective right after a field («امنیت غذایی»)
        area = False  # the last item the bare word of an area («استان», «کشور»): only a place's name may follow
        while e < self.n:
            start = e
            if e > j:
                # connectors between items
                if self.keys[e] == _AND and self.gaps[e] == JOIN and self.joined(e + 1):
                    if e + 2 < self.n and self.joined(e + 2) and self.keys[e + 2] in _QUANTIFIERS:
                        break  # «سازمان تربیت‌بدنی استان | و تلاش تمام کارکنان …»: a phrase of its own
                    if self.keys[e + 1] in _BIG_NUMBERS or self.keys[e + 1].isdigit():
                        break  # «دانشگاه سما | و یک‌هزار و ۴۰۰ دانشجو»: a count of its own
                    if "vhead" in self.tags[e + 1] and "head" not in self.tags[e + 1] \
                            and not self.word_kind(e + 1, "place_head") \
                            and (venue := self.loc_at(e + 1)) is not None and venue[0] > e + 2 \
                            and not (venue[0] < self.n and self.tags[venue[0]].keys() & {"head", "org"}):
                        break  # «موزه باستان‌شناسی | و کلیسای حضرت مریم»: a named venue of its own (not
                        # «سازمان پایانه‌ها و پارک سوارهای شهرداری تهران»: the body's name goes on)
                    start = e + 1
                    and_at = e
                elif ((self.keys[e] in ("با", "از") and self.keys[e - 1] in _PREP_NOUNS)
                      or _NOUN_PREPS.get(self.keys[e - 1]) == self.keys[e]) and self.gaps[e] == JOIN \
                        and self.joined(e + 1):
                    start = e + 1  # «ستاد مبارزه با قاچاق کالا و ارز», «سازمان حمایت از مصرف‌کنندگان»
                    prep = True
                elif self.gaps[e] == JOIN:
                    start = e  # ezafe chain: «منابع آب», «علوم پزشکی»
                elif self.gaps[e] == COMMA and generic and not had_place and self._list_ahead(e):
                    start = e
                    if comma_at is None:
                        comma_at = e  # a list of fields goes on only if it reaches its «و»
                elif self.gaps[e] == COMMA and title and not had_place and self._fields_to_office(e):
                    start = e  # «معاون سیاسی، اجتماعی فرماندار همدان»: a deputy's fields, then the office
                else:
                    break
            elif not self.joined(e):
                break
            item = self._item(start, generic and not had_place, title)
            if item is None and title and not had_place and not n_generic:
                item = self._town_in(start)
            if item is None and start > j and start == e and self.gaps[start] == JOIN \
                    and self.keys[start] in _ZONE_WORDS and self.joined(start + 1) and self.loc_at(start + 1) is not None:
                item = (start + 1, "GEN", [])  # «فرمانده انتظامی ویژه کیش»: the special zone of a place
            if item is None and start > j and start == e and self.keys[start - 1] in _BRANCH_WORDS \
                    and self.gaps[start] == JOIN:
                named = self.person_at(start)
                if named is not None and not had_place and all("hon" in self.tags[x] for x in range(start, named[0])):
                    e = safe_end = named[1]  # «دانشگاه آزاد اسلامی واحد آیت‌الله آملی»: a branch named for a person
                    break
            if item is None and had_place and start == e and self.gaps[start] == JOIN \
                    and self.keys[start] in _BRANCH_COMPASS and j <= e - 2 and self.keys[e - 2] in _BRANCH_WORDS:
                e = safe_end = start + 1  # «واحد تهران شمال»: a branch of a city's part
                break
            if item is None:
                if self.gaps[start] == JOIN and self.keys[start].isdigit() and not (
                        start + 1 < self.n and self.keys[start + 1] in _COUNT_UNITS) and (
                        (numbers and len(self.keys[start]) <= 3)
                        or (start > j and self.keys[start - 1] in _NUMBERED and self.keys[start - 1] != "شماره")
                        or (start == j and j > 0 and self.keys[j - 1] in _NUMBERED_BODIES)):
                    e = start + 1  # «تیپ ۶۵ هجرت», «لشکر ۱۸»; «کمیسیون ماده ۱۰۰» (a number is a stop word;
                    # not a count: «نیروی زمینی | ۱۲۰ هزار نفری»)
                    if start == j and self.keys[j - 1] in _NUMBERED_BODIES:
                        branch_number = e
                    n_described += 1
                    safe_end = e
                    numbered = not numbers  # after an article's number only a body or a place («… وزارت کشور»)
                    continue
                break
            end, kind, sub = item
            if (had_place and kind != "LOC") or (numbered and kind not in ("LOC", "ORG")):
                break
            if area and kind != "LOC" and (self.keys[start] in self.g.tagged or self.keys[start] in _known_words()[0]) \
                    and not self.keys[start].endswith(_PLACE_SUFFIX):
                break  # «فرماندهی نیروی انتظامی استان | امنیت این پارک‌ها …»: after «استان» only its name
                # (a word of the language; not «شورای تامین استان خورستان», a place's name misspelt)
            area = kind == "COMP" and end == start + 1 and self.keys[start] in _AREA_WORDS
            if kind == "GEN" and self._copular(start):
                break  # «شورای امنیت سازمان ملل | مخالفند و …»: an adjective and its copula
            if kind == "COMP" and weak == "strict" and head and (not n_described or (adjectives and start > e)):
                comp = self.longest(start, "comp")
                pos = self.g.tagged.get(self.keys[start], "").split(",") if comp is not None and comp[0] == 1 else []
                adjective = "AJ" in pos or (comp is not None and comp[0] == 1 and head in _ADJ_HEADS and pos == [""]
                                            and self.keys[start].endswith("ی") and " " not in self.keys[start])
                if comp is not None and start + comp[0] == end and (adjective or (head in _LOOSE_HEADS and comp[0] == 1)) \
                        and comp[1].heads and head not in comp[1].heads:
                    kind = "GEN"  # «نیروی نظامی», «نظام اسلامی»: a common noun's adjective, not its field
            if kind == "COMP" and weak == "strict" and start == j and end == start + 1 and self.word_kind(start, "place_head"):
                kind = "GEN"  # «مرکز شهرستان», «جمعیت استان»: a common noun of the area, no field
            if kind != "GEN":
                adjectives = False
            if kind == "ORG" and end == start + 1 and n_generic >= 2 and "head" in self.tags[start] \
                    and "org" not in self.tags[start]:
                break  # «دولت نرخ ارز حقوق ورودی گمرک»: a body named alone after a run of common words
            if start == e and e > j and self.gaps[e] == COMMA and kind in ("LOC", "ORG", "TITLE"):
                break  # «سازمان ملل، آمریکا و …»: a list of fields goes on, not one of places or bodies
            if start > e and kind in ("TITLE", "ORG") and self.keys[e] == _AND:
                break  # «وزیر کشور و استاندار تهران», «اداره محیط زیست و شهرداری کرج»: two of them
            if start > e and kind == "GEN" and self.tags[start].keys() & {"head", "vhead", "venue"} \
                    and not (self.joined(start + 1) and self.keys[start + 1].endswith(_HA_PLURALS)):
                break  # «موزه باستان‌شناسی و کلیسای …»: a second place or body (not «و پارک سوارهای»)
            if start > e and kind == "GEN" and self.keys[end - 1].endswith(_PLURAL_WORD) \
                    and not self.keys[e - 1].endswith(_PLURAL_WORD + (" ها",)) \
                    and not (last_kind == "GEN" and start == e + 1 and self._plural_noun(e - 1)
                             and self.keys[end - 1].endswith(("های", " های")) and self.joined(end)) \
                    and not (start == e + 1 and end == start + 1 and self._plural_field(end)) \
                    and not (start == e + 1 and end == start + 1 and self._parallel_fields(j, e)):
                break  # «قوه قضاییه و برنامه‌های دولت»: «و» and a plural open a phrase of their own
                # (not «سازمان شهرداری‌ها و دهیاری‌های کشور», «خانه مطبوعات و رسانه‌های استان»: plurals in a row;
                # nor «مرکز مدیریت حوادث و فوریت‌های پزشکی سبزوار»: a second field, see `_plural_field`)
            if start == e + 1 and kind == "GEN" and last_kind == "COMP" and self.keys[e] == _AND \
                    and self._plural_of_noun(start):
                break  # «وزارت اطلاعات و سربازان گمنام امام زمان»: a body named, then people of their own
            if kind == "GEN" and last_kind == "GEN" and start == e and self.gaps[e] == JOIN \
                    and comma_at is not None and and_at < comma_at:
                phrase_at = comma_at  # «وزارت جهاد کشاورزی، تبادل دانش و …»: a phrase after the comma, no field
            spans += sub
            e = end
            prev_kind, last_kind = last_kind, kind
            if kind != "GEN" or prep:
                safe_end = e  # (the object of «مبارزه با …» completes the name)
            elif prev_kind == "COMP" and safe_end == start == e - 1 and self.keys[start - 1] not in _AREA_WORDS \
                    and self.gaps[start] == JOIN and self._field_nisba(start):
                nisba_end = e  # «هیات عالی امنیت غذایی», «سازمان آموزش و پرورش استثنایی»: the field's adjective
            prep = False
            if (kind in ("GEN", "COMP") and not had_place) or (
                    kind == "LOC" and sub and sub[0][2] == "ORG" and self.longest(start, "comp") is not None) or (
                    kind == "LOC" and not had_place and sub and min(sp[0] for sp in sub) > start):
                n_described += 1  # (and a field read with the body after it: «کمیته | محیط زیست شورای …»,
                # «مرکز | مدیریت حوادث و فوریت‌های پزشکی سبزوار»: words of a field before the place)
            if kind == "ORG":
                break
            if kind == "LOC":
                had_place = True
            elif kind == "GEN":
                n_generic += 1
                if n_generic <= 3:
                    gen_starts.append(start)
                if n_generic >= _MAX_GENERIC:
                    break
            elif kind == "TITLE":
                break
        if e == branch_number:
            return j, []  # «شعبه ۲ بازپرسی»: a branch's number and no body after it
        if comma_at is not None and (and_at < comma_at or phrase_at is not None):
            # «کارخانه خوراک دام، صنایع تبدیلی، …»: the list never reached its «و»; the name ends at the comma
            # (nor is it a list when two common words in a row open it: «…، تبادل دانش و اطلاعات»)
            e, safe_end = min(e, comma_at), min(safe_end, comma_at)
            spans = [sp for sp in spans if sp[1] <= e]
        if nisba_end == safe_end + 1 and not (nisba_end < self.n and self.joined(nisba_end)
                                              and not self.stops[nisba_end] and nisba_end < e):
            safe_end = nisba_end  # (the adjective ends the name: a stop word or the chain's end follows)
        if weak and not any(lab in ("LOC", "ORG") for _, _, lab in spans):
            return safe_end, spans
        if e > safe_end and self._open_generic(safe_end, e) > _MAX_OPEN_GENERIC \
                and not (e == j + 5 and self._parallel_fields(j, j + 2)):
            e = safe_end  # «شورا مصوباتی درجهت تحقق …»: a run of common words is no name
        if j < safe_end < e and self._clause_tail(e):
            e = safe_end  # «اداره کل تربیت‌بدنی | اقدامات زیادی …»: the clause's noun, no word of the name
        if j < safe_end < e and self._commission_named(j, safe_end) \
                and not any(sp[0] >= safe_end and sp[2] in ("LOC", "ORG") for sp in spans):
            e = safe_end  # «کمیسیون تلفیق | خلاف آیین‌نامه …»: a parliament's commission named by its field takes
            # common words after it only on the way to its parliament («کمیسیون تلفیق برنامه مجلس»)
        if weak == "strict" and not n_described and not (
                head in _BODY_PART_HEADS and spans and spans[0][0] == j and spans[0][2] == "ORG"):
            return j, []  # «جمعیت استان البرز»: a common noun before a place (not «ستاد فرماندهی …», a body's part)
        if not spans and n_generic and n_generic == n_described and n_generic == len(gen_starts) and not prep and all(
                self._adjective(k) or self.word_kind(k, "plain_adjective") for k in gen_starts):
            return j, []  # «شرکت خارجی», «درمانگاه شبانه‌روزی و روزانه»: a head and plain adjectives name nothing
        return e, spans

    def _commission_named(self, j: int, e: int) -> bool:
        """Do the complements from token j to e name one of a parliament's commissions whole
        («تلفیق», «امنیت ملی و سیاست خارجی», after «کمیسیون»)? Only its parliament or a place may follow."""
        if j == 0 or self.keys[j - 1] != _COMMISSION:
            return False
        comp = self.longest(j, "comp")
        return comp is not None and j + comp[0] == e and comp[1].field == "parliament"

    def _parallel_fields(self, j: int, a: int) -> bool:
        """Are the complements from token j two parallel fields, a noun and its adjective, «و» at token a,
        then a plural and its adjective that end the name: «سازمان مدارس غیردولتی و مشارکت‌های مردمی»?
        (Not «هلال‌احمر و نیروهای مردمی», «دولت افغانستان و نیروهای خارجی»: no adjective before «و».)"""
        b = a + 2  # the second field's adjective
        if a != j + 2 or b >= self.n or self.keys[a] != _AND or not self.keys[a + 1].endswith(("های", " های")):
            return False
        if self.stops[j] or self.tags[j].keys() & {"head", "org", "place", "country", "title"}:
            return False
        if not (self._field_adjective(a - 1) and self.joined(b) and self._field_adjective(b)):
            return False
        return b + 1 >= self.n or not self.joined(b + 1) or self.stops[b + 1]

    def _plural_field(self, i: int) -> bool:
        """After «و» and a plural in «های» ending at token i: is that plural a second field of the name?
        It is when its adjectives (at most two, «پزشکی», «اجتماعی») lead to a place or a body
        («حوادث و فوریت‌های پزشکی آذربایجان شرقی», «درمان و حمایت‌های اجتماعی ستاد …», «صدور پروانه و
        سرویس‌های رادیویی سازمان …»), or the plural stands right before a place («حمل و نقل و پایانه‌های
        خراسان شمالی»); not «قوه قضاییه و برنامه‌های دولت», «گروه‌های مقاومت فلسطین» (a noun in between)
        nor «نظام اسلامی و ارزش‌های اسلامی است» (no place or body after the adjective)."""
        if not self.keys[i - 1].endswith(("های", " های")) or not self._plural_noun(i - 1):
            return False
        k = i
        while k < self.n and k - i < 2 and self.joined(k) and self._field_adjective(k):
            k += 1
        if k >= self.n or not self.joined(k) or self.stops[k]:
            return False
        if self.loc_at(k, loose=True) is not None:
            return True
        return k > i and (self._body_head(k) or "head" in self.tags[k])

    def _field_adjective(self, i: int) -> bool:
        """A relational adjective in «ی» (one word, no place or body) after a plural field: «پزشکی»,
        «مردمی», «رادیویی», «اجتماعی» (an adjective hazm lists, or the «ی» of a noun the language knows)."""
        k = self.keys[i]
        if " " in k or self.stops[i] or self.tags[i].keys() & {"place", "country", "province", "org", "head", "title"}:
            return False
        if not k.endswith("ی") or len(k) < 4:
            return False  # (not «داخل»: «جریان‌های افراطی داخل عراق» is a phrase of its own)
        if "AJ" in self.g.tagged.get(k, "").split(","):
            return True
        known = _known_words()[0]
        stem = k[:-2] if k.endswith("یی") else k[:-1]
        return stem in known or "N" in self.g.tagged.get(stem, "").split(",")

    def _field_nisba(self, i: int) -> bool:
        """A relational adjective in «ی» of a noun the language knows, right after a field: it names the
        field's kind («امنیت غذایی», «آموزش و پرورش استثنایی»; not «… مردمی»: a plain adjective listed)."""
        k = self.keys[i]
        if " " in k or not k.endswith("ی") or self.tags[i] or self.stops[i] or self.word_kind(i, "plain_adjective"):
            return False
        stem = k[:-2] if k.endswith("یی") else k[:-1]
        if stem.endswith(("ا", "و")) and not k.endswith("یی"):
            return False  # «حمل و نقل کالای کشور»: the «ی» of the ezafe after a vowel
        return len(stem) >= 3 and "N" in self.g.tagged.get(stem, "").split(",")

    def _clause_tail(self, e: int) -> bool:
        """Do the common words a chain ends on belong to the clause after the name: a noun with a
        quantity («اقدامات زیادی») or a determiner («شرکت آب و فاضلاب | افتتاح یک مورد …»), or a bare
        plural («اداره امور کشور | واقعیت‌ها را …»)?"""
        if e < self.n and self.joined(e) and (self.keys[e] in _TAIL_QUANTITIES or self.keys[e] in _DETERMINERS):
            return self.keys[e - 1] not in _NUMBERED_NOUNS  # (not «آموزش و پرورش ناحیه یک»: a numbered district)
        return self.keys[e - 1].endswith(" ها") and self._plural_noun(e - 1)

    def _copular(self, i: int) -> bool:
        """An adjective written with its copula «ند» (`مخالفند`, `معتقدند`): a predicate, no word of a name."""
        k = self.keys[i]
        return len(k) > 4 and k.endswith("ند") and " " not in k and k not in self.g.tagged \
            and "AJ" in self.g.tagged.get(k[:-2], "").split(",")

    def _plural_noun(self, i: int) -> bool:
        """A plural (maybe indefinite) of a known word, no complement of a name: «اقدامات»,
        «مذاکراتی», «برنامه‌ها» (not «امور», «خدمات», «مطالعات»: listed complements)."""
        k = self.keys[i]
        if "comp" in self.tags[i]:
            return False
        known = _known_words()[0]
        for end in (" ها", " های", " هایی", "های", "ها", "ات", "اتی"):
            if k.endswith(end) and len(k) > len(end) + 2:
                stem = k[:-len(end)]
                return stem in known or stem + "ه" in known or stem.strip() in known
        return False

    def _fields_to_office(self, e: int) -> bool:
        """After a comma inside an office: one more field phrase, then the office it serves
        («… سیاسی، اجتماعی فرماندار همدان»)?"""
        comp = self.longest(e, "comp")
        if comp is None or comp[0] > 2:
            return False
        k = e + comp[0]
        return self.joined(k) and self.longest(k, "title") is not None

    def _town_in(self, i: int) -> tuple[int, str, Spans] | None:
        """After an office, a word no lexicon knows before a known place is a town of that
        place: «امام جمعه زیراب سوادکوه» (LOC «زیراب» and «سوادکوه»)."""
        if i + 1 >= self.n or not self.joined(i + 1) or self.tags[i] or self.stops[i]:
            return None
        if _LOC_TAGS.isdisjoint(self._kinds(i + 1)) or self._unknown_name(i) != i + 1:
            return None
        loc = self.loc_at(i + 1, loose=False)
        if loc is None:
            return None
        return loc[0], "LOC", [(i, i + 1, "LOC")] + loc[1]

    def _body_head(self, i: int) -> bool:
        """Does token i open a body of its own (a required head, a municipality or governorate,
        a department word, a known unambiguous organization) rather than name a field?"""
        for n, tags in self.matches(i):
            if not _BODY_OPENING_WORDS.isdisjoint(tags.get("word", ())):
                return True  # (a region opens a body only before one: «منطقه ۲۷ دانشگاه آزاد اسلامی»)
            org = tags.get("org")
            if org is not None and (not org.ambiguous or (org.kind == "sports" and self._sports_near(i))
                                    or (org.kind in _MEDIA_KINDS and n == 1 and self._press_context(i))):
                return True
            head = tags.get("head")
            if head is not None:
                return head.complement == "required" or head.kind not in ("department", "university")
        return False

    def _open_generic(self, a: int, b: int) -> int:
        """Words (not «و») between a and b."""
        return sum(1 for k in range(a, b) if self.keys[k] != _AND)

    def _proper_only(self, i: int) -> bool:
        """A public figure's name that is no adjective or common noun of the language
        («ترامپ», «پوتین»: hazm knows them only as nouns), not «روحانی», «ظریف», «مبارک», «مشعل»."""
        if self.tags[i].keys() & {"country", "world", "place", "org"}:
            return False  # «کامرون»: also a country
        pos = self.g.tagged.get(self.keys[i])
        return pos is None or (pos == "N" and not self.word_kind(i, "common_noun"))

    def _adjective(self, i: int) -> bool:
        """Is token i an adjective (and no noun) in hazm's lexicon?"""
        pos = self.g.tagged.get(self.keys[i])
        return pos is not None and "AJ" in pos.split(",") and "N" not in pos.split(",")

    def _glued_cue(self, i: int) -> bool:
        """Is token i a speech verb written as one word, the noun of a cue and a past light verb
        («اظهارداشت», «تصریحکرد»; not «قرارداد», «گرامیداشت»: nouns)?"""
        k = self.keys[i]
        got = _GLUED_CUES.get(k)
        if got is None:
            got = any(k.endswith(st) and len(k) > len(st) + 2 and "cue" in self.g.words.get(k[:-len(st)], ())
                      for st in _LIGHT_PAST)
            remember(_GLUED_CUES, k, got)
        return got

    def _light(self, i: int) -> bool:
        """A light verb («کرد», «کرده‌اند», «می‌کند»), which makes the word before it a verb's noun."""
        k = self.keys[i]
        first, _, rest = k.partition(" ")
        if first in ("می", "نمی") and rest:
            first = rest.partition(" ")[0]
            return first in _LIGHT_PRESENT
        return "light" in self.g.words.get(first, ())

    def _descriptor(self, i: int) -> bool:
        """Can token i describe a body («راه», «ترابری», «فرهنگی»)? Not a plain adjective or adverb
        («موفق», «سابق», «سالانه»), which tells that the head was a common noun."""
        k = self.keys[i]
        pos = self.g.tagged.get(k)
        if pos is None or "N" in pos.split(","):
            return True
        return k.endswith("ی")

    def _list_ahead(self, e: int) -> bool:
        """A comma at token e continues a list when «و» comes within four content words."""
        for k in range(e, min(self.n, e + 5)):
            if k > e and self.gaps[k] == BREAK:
                return False
            if self.keys[k] == _AND:
                return k > e
            if self.stops[k] or self.first_name(k):
                return False
        return False

    def _item(self, i: int, generic: bool, title: bool) -> tuple[int, str, Spans] | None:
        if i >= self.n or self.stops[i] or self.first_name(i):
            return None
        if "hon" in self.tags[i] and not self.longest(i, "head") and not self.longest(i, "org"):
            return None
        # (`_kinds` holds every kind of the entries at i: the tests below that it rules out are skipped)
        kinds = self._kd[i] or self._kinds(i)
        org = self.org_at(i) if not _ORG_TAGS.isdisjoint(kinds) else None
        loc = self.loc_at(i, loose=True) if not _LOC_TAGS.isdisjoint(kinds) else None
        if loc is not None and (org is None or loc[0] > org[0]):
            comp = self.longest(i, "comp")
            if comp is not None and i + comp[0] > loc[0]:
                return i + comp[0], "COMP", []  # «بندر و دریانوردی»: a field phrase that opens with a place's name
        if org is not None and (loc is None or org[0] >= loc[0]):
            if not self._body_head(i):
                # a field named as a complement («جهاد کشاورزی» in «سازمان جهاد کشاورزی …»): no ORG of
                # its own, and the chain goes on («منابع طبیعی و آبخیزداری»)
                inner = [sp for sp in org[1] if sp[0] != i or sp[2] != "ORG"]
                return org[0], ("LOC" if any(sp[2] == "LOC" for sp in inner) else "COMP"), inner
            return org[0], "ORG", org[1]
        if loc is not None:
            return loc[0], "LOC", loc[1]
        hd = self.tags[i].get("head") if org is None else None  # a one-word head named alone
        if hd is not None and hd.complement == "optional" and i > 0 and self.gaps[i] == JOIN:
            if hd.kind == "military" and self._unit_word(i - 1):
                return i + 1, "ORG", [(i, i + 1, "ORG")]  # «نیروی زمینی ارتش»: a unit of the army named alone
            if title and hd.kind in ("governorate", "municipality") and self._name_ends(i + 1):
                return i + 1, "COMP", []  # «معاون عمرانی استانداری»: the office's own governorate, named alone
            if hd.kind == "agency" and self._name_ends(i + 1):
                return i + 1, "ORG", [(i, i + 1, "ORG")]  # «سخنگوی گمرک», «دفتر صادرات گمرک»
        if title and self.keys[i] in self.surname_keys:
            return i + 1, "ORG", [(i, i + 1, "PERSON")]  # «معاون ترامپ»: ends the chain like an ORG
        t = self.longest(i, "title") if "title" in kinds else None
        if t is not None and generic and not title and t[0] == 1 and t[1].generic and i > 0 \
                and self.gaps[i] == JOIN and self.keys[i - 1] != _AND and self.word_kind(i, "member_plural"):
            t = None  # «صندوق پژوهشگران و فناوران کشور», «فراکسیون نمایندگان …»: the people a body is for
            # (not after «و»: «وزارت فرهنگ و ارشاد و نمایندگان مجلس»: a second party)
        if t is not None:
            if title and not t[1].generic:
                tt = self.title_at(i)
                if tt is not None:
                    return tt[0], "TITLE", tt[1][1:]
            return None
        comp = self.longest(i, "comp") if "comp" in kinds else None
        if comp is not None:
            return i + comp[0], "COMP", []
        if generic:
            rec = _asked(self.info[i])
            word = rec[_GENERIC_AT]
            if word is None:
                word = rec[_GENERIC_AT] = self._generic_word(i)
            if not word:
                return None
            if self._pronoun_word(self.keys[i]):
                return None  # «حزب متبوعش»: a word with a pronoun, no name
            if i + 1 < self.n and self.gaps[i + 1] == JOIN and self.keys[i + 1] == "به" \
                    and self.keys[i] in _PREDICATE_ADJECTIVES:
                return None  # «نهاد سپاه | محدود به کارمندان …»: a predicate adjective and its «به»
            if i + 1 < self.n and self.gaps[i + 1] == JOIN and (self._light(i + 1) or (
                    self.keys[i + 1][-1:] == "ه" and _light_form(self.keys[i + 1]))):
                return None  # «اذعان کرد», «تصرف کرده‌اند», «اطلاع‌رسانی کرده» (a light verb's participle): the noun of a compound verb
            if i + 1 < self.n and self.gaps[i + 1] == JOIN and self.keys[i + 1] in _FUTURE:
                return None  # «… استان محقق خواهد شد»: a predicate before the future auxiliary
            if self._verb_noun_before(i):
                return None  # «کمیسیون تلفیق تشکیل جلسه دهد»
            if self.keys[i] in self.surname_keys:
                return None
            if self.keys[i][-3:] == " ای" and self._indefinite(i):
                return None  # «کارگروه ویژه‌ای»: an indefinite noun phrase, no name
            if self.keys[i] == "شهرهای" or (self.keys[i] == "شماره" and i + 1 < self.n and self.keys[i + 1].isdigit()):
                return None  # «مدیریت شهرهای استان», «… و شماره ۳۳۰۴۴۰۱۳»: towns in general, a phone number
            return i + 1, "GEN", []
        return None

    def _generic_word(self, i: int) -> bool:
        """May token i be a generic word of a body's name, by its key alone (kept in its record; the
        tests of the words around it follow in `_item`)?"""
        if self.word_kind(i, "desk", "reporter", "cue") or "hon" in self.tags[i] or any(map(str.isdigit, self.keys[i])):
            return False  # (a cue word: «فدراسیون چوگان ابراز …»)
        if self.keys[i].isascii() and (self.keys[i].lower() in _WEB_WORDS or "." in self.keys[i] or "@" in self.keys[i]):
            return False  # «… معاونت توسعه مدیریت و پشتیبانی | http://…»: an address follows the name
        if not self._descriptor(i) or self.keys[i] in _NOT_DESCRIPTORS:
            return False
        if _clause_word(self.keys[i]):
            return False  # «سازمان مدیریت استان مذاکراتی داشته‌ام»: an indefinite object, a verb
        return not self._glued_cue(i)  # «اظهارداشت»: a speech verb written as one word

    def _indefinite(self, i: int) -> bool:
        """An adjective with the indefinite «‌ای»: «ویژه‌ای», «عادلانه‌ای», «سازمان‌یافته‌ای» (listed:
        the relational «‌ای» of a noun looks the same: «هسته‌ای», «رسانه‌ای»)."""
        k = self.keys[i]
        if not k.endswith(" ای") or self.tags[i].keys() & {"comp", "place", "org"}:
            return False
        base = k[:-3]
        return base in _INDEFINITE_ADJECTIVES

    def _plural_of_noun(self, i: int) -> bool:
        """A common noun's plural in «ان» that no surname list gives («داوران», «کارشناسان»)."""
        k = self.keys[i]
        if not k.endswith("ان") or len(k) < 5 or "sur" in self.tags[i]:
            return False
        return "N" in self.g.tagged.get(k[:-2], "").split(",")

    def _indefinite_noun(self, i: int) -> bool:
        """A common noun with the indefinite «‌ای» written apart (`نامه‌ای`, `جلسه‌ای`), no surname
        (not «خامنه‌ای»: «خامنه» is no word of the language)."""
        k = self.keys[i]
        if not k.endswith(" ای") or self.tags[i].keys() & {"sur", "first", "place", "org", "comp"}:
            return False
        return "N" in self.g.tagged.get(k[:-3], "").split(",") and _known_words()[2].get(k[:-3], 0) >= _GLUED_FREQ

    def _verb_noun_before(self, i: int) -> bool:
        """Is token i the noun of a compound verb whose object comes between: «تشکیل جلسه دهد»,
        «ارائه گزارش کرد» (a stop noun, then a verb form)?"""
        j = i + 2
        if j >= self.n or not self.stops[i + 1] or not (self.joined(i + 1) and self.joined(j)):
            return False
        if self.keys[i] not in self.g.common or self.word_kind(i + 1, "cue", "light") or self.keys[i + 1] in self.g.verbs \
                or "N" not in self.g.tagged.get(self.keys[i + 1], "").split(",") \
                or self.keys[i + 1] in _known_words()[1] or self.tags[i + 1].keys() & {
                "place", "country", "world", "org", "head", "title"}:
            return False  # «… و صنایع‌دستی اعلام کرد»: the body's last word, then a compound verb
        return self.keys[j] in self.g.verbs or self._light(j)

    def title_at(self, i: int, plural: bool = False) -> tuple[int, Spans, bool] | None:
        """An office at token i: (end, spans including the TITLE, bare). `plural`: right after
        names, a plural office with its body is theirs («حسن زیاری و … اعضای شورای شهر تهران»)."""
        if i >= self.n or (self.stops[i] and not self._org_from_stop(i)) or self._depth >= _MAX_DEPTH:
            return None
        key = (i, plural)
        if key in self._title:
            return self._title[key]
        self._title[key] = None
        self._depth += 1
        try:
            res = self._title_at(i, plural)
        finally:
            self._depth -= 1
        self._title[key] = res
        return res

    def _title_at(self, i: int, plural: bool) -> tuple[int, Spans, bool] | None:
        best: tuple[int, Spans, bool] | None = None
        # every office entry at i («رئیس دانشکده», «رئیس»): the one whose complements reach furthest
        for n, tags in self.matches(i):
            rec = tags.get("title")
            if rec is None or (rec.generic and not plural):
                continue
            cand = self._title_from(i, i + n, rec)
            if cand is not None and rec.generic and not any(sp[2] in ("ORG", "LOC") for sp in cand[1]):
                continue  # a plural without its body («مدیران», «اعضای جدیدی») is never an entity
            if cand is not None and (best is None or cand[0] > best[0] or (
                    cand[0] == best[0] and (best[2] and not cand[2] or len(cand[1]) > len(best[1])))):
                best = cand
        return best

    def _after_settlement_head(self, i: int) -> bool:
        """Does token i follow a head of settlements or areas («روستای», «روستاهای», «مناطق»)?"""
        if i == 0 or self.gaps[i] != JOIN:
            return False
        prev = self.keys[i - 1]
        return prev in _SETTLEMENT_PLURALS or (self.word_kind(i - 1, "place_head") and prev not in ("کشور", "استان"))

    def _title_from(self, i: int, e0: int, rec: Any) -> tuple[int, Spans, bool] | None:
        if e0 == i + 1 and self.keys[i] in _HONORIFIC_OFFICES:
            # «استاد اقتصاد دانشگاه علامه طباطبائی»: an office only with its body; else the honorific
            # of a name («استاد شهریار»)
            if e0 < self.n and self.first_name(e0):
                return None
            got = self._title_from_fields(i, e0, rec)
            return got if got is not None and any(sp[2] == "ORG" for sp in got[1]) else None
        got = self._title_from_fields(i, e0, rec)
        if " ".join(self.keys[i:e0]) in _EVENT_OFFICES and (got is None or got[0] <= e0 + 3):
            event = self._event_office(i, e0)
            if event is not None and (got is None or event[0] > got[0]):
                return event
        return got

    def _event_office(self, i: int, e0: int) -> tuple[int, Spans, bool] | None:
        """An office of an event (`event_name` in the word table) with the event's name, its
        ordinal before it: «دبیر هفتمین کنگره سراسری سکته مغزی», «دبیر همایش ملی مدیریت بحران»,
        «دبیر نخستین جشنواره محصولات و فعالیت‌های فرهنگی و هنری …». The name's words are those a
        body's name may hold (`_item`); it ends at a place or a body, at a stop word, a verb or a
        mark; an event named by its head alone is none («دبیر همایش گفت»)."""
        k = e0
        if self.joined(k) and self._ordinal(k):
            k += 1
        elif k + 2 < self.n and self.joined(k) and self.keys[k + 1] == _AND and self.joined(k + 1) \
                and self.joined(k + 2) and self._ordinal(k + 2):
            k += 3  # «سی و سومین»
        if k > e0 and self.joined(k) and self.keys[k] == "دوره" and self.joined(k + 1):
            k += 1  # «چهارمین دوره جشنواره …»
        if not self.joined(k) or not self.word_kind(k, "event_name"):
            return None
        head = k
        e = k + 1
        spans: Spans = []
        words = 0
        while e < self.n and words < _EVENT_WORDS:
            if self.keys[e] == _AND and self.gaps[e] == JOIN and self.joined(e + 1):
                start = e + 1
            elif self.keys[e] in ("با", "از") and self.keys[e - 1] in _PREP_NOUNS and self.joined(e) \
                    and self.joined(e + 1):
                start = e + 1  # «مقابله با شبکه‌های ماهواره‌ای»
            elif self.gaps[e] == JOIN:
                start = e
            else:
                break
            if self.word_kind(start, "event_name") or self._ordinal(start):
                break  # a second event
            item = self._item(start, True, False)
            if item is None and start == e and self.keys[e] in _TERM_ORDINALS:
                item = (e + 1, "GEN", [])  # «جشنواره سراسری شعر خط سوم»
            if item is None or item[1] == "TITLE":
                break
            end, kind, sub = item
            spans += sub
            e = end
            words += 1
            if kind in ("LOC", "ORG"):
                break
        if e > head + 2 and self._plural_noun(e - 1) and self.gaps[e - 1] == JOIN and self.keys[e - 2] != _AND:
            e -= 1  # «دبیر دومین همایش رسانه و اقتصاد | موضوعات …»: a bare plural opens the clause's object
        if e == head + 1 or self._clause_tail(e):
            return None
        if e < self.n and self.gaps[e] == JOIN and (quoted := self._quoted_end(e)) is not None:
            e = quoted  # «… ماهواره‌ای بیگانه «مصاف»»: the event's own name after its description
        return e, [(i, e, "TITLE")] + spans, False

    def _ordinal(self, k: int) -> bool:
        """An ordinal adjective before its noun: «هفتمین», «نخستین», «سی‌وسومین»."""
        key = self.keys[k] if k < self.n else ""
        return key in _FIRST_ORDINALS or (len(key) > 4 and key.endswith("مین") and key[:-3] in _ORDINAL_STEMS)

    def _title_from_fields(self, i: int, e0: int, rec: Any) -> tuple[int, Spans, bool] | None:
        key = " ".join(self.keys[i:e0])
        if self._after_settlement_head(i):
            return None  # «مناطق قاضی دشت»: a place's name that opens with an office's word
        if key in _PEOPLE_TITLE:
            return self._mp_at(i, e0)
        if e0 + 1 < self.n and self.keys[e0] in _COURTESIES and self.joined(e0) and self.joined(e0 + 1) \
                and key + " " + self.keys[e0 + 1] in _PEOPLE_TITLE:
            return self._mp_at(i, e0 + 2)  # «نماینده محترم مردم پارس‌آباد»: a courtesy inside the office
        if key == "نماینده" and self.joined(e0) and "در" in self.keys[e0 + 1:e0 + 16]:
            mp = self._mp_at(i, e0)  # «نماینده سوادکوه، …، جویبار و سیمرغ در مجلس شورای اسلامی»
            if mp is not None and mp[1][-1][2] == "ORG" and any(sp[2] == "LOC" for sp in mp[1]) \
                    and self.gaps[mp[1][-1][0] - 1] == JOIN and self.keys[mp[1][-1][0] - 1] == "در":
                return mp
        if key in _NOT_AFTER and i > 0 and self.keys[i - 1] in _NOT_AFTER[key]:
            return None
        if key in _NOT_BEFORE and e0 < self.n and self.keys[e0] in _NOT_BEFORE[key]:
            return None  # «سرپرست خانوار»: an idiom, not the office
        if key in _MEMBER and i > 0 and self.gaps[i] == JOIN and not self.stops[i - 1] \
                and self.keys[i - 1] not in self.surname_keys and not self.first_name(i - 1) \
                and not self._name_word(i - 1):
            return None  # «کشورهای عضو …», «وزرای فرهنگ عضو آیسسکو»: membership, not an office
            # (not after a name: «تیسیر خالد عضو کمیته اجرایی …», a given name that is a word too)
        comp = rec.complement
        timed = None
        if self.joined(e0) and (self.keys[e0] in _OFFICE_TIMES or self._now_at(e0)) and not (
                i > 0 and self.joined(i) and self.keys[i - 1] in _DETERMINERS and self.keys[i - 1] != "یک"):
            # (after «یک» too: «نک محمد، یک رهبر سابق طالبان»)
            timed = self._time_modified(i, e0, rec)
            if timed is not None and (timed[0] == e0 + 1 or self.keys[timed[0]:timed[0] + 1] != ["در"]):
                return timed
        if timed is None and e0 + 1 < self.n and "nat" in self.tags[e0] and self.joined(e0) and self.joined(e0 + 1):
            # «سرمربی برزیلی تیم ملی فوتبال قطر»: the holder's nationality between the office and its body
            e, spans = self.complements(e0 + 1, generic=False, title=True)
            if spans and spans[0][:2] == (e0 + 1, e) and spans[0][2] == "ORG":
                return e, [(i, e, "TITLE")] + spans, False
        if timed is not None:
            # «سفیر جدید برزیل در تهران»: the modified office, then its post as below
            e, spans, bare = timed[0], timed[1][1:], False
        else:
            if comp == "none":
                e, spans = self.complements(e0, generic=False, title=False)
                spans = [s for s in spans if s[2] in ("LOC", "ORG", "PERSON")]
            else:
                e, spans = self.complements(e0, generic=comp == "required", title=True)
            if e == e0 and comp == "required":
                return None
            if comp == "required" and rec.category == "royal" and (
                    not any(sp[2] == "ORG" or (sp[2] == "LOC" and self._land_at(sp[0])) for sp in spans)
                    or self._listed_surname_at(e0)):
                return None  # «امیر قطر», «پادشاه عربستان»: a ruler's office names a land (not «امیر احمدی»,
                # «امیر خیرگو»: a village's name is no land a ruler holds;
                # «امیر قلعه نویی»: a surname of the list that opens with a village's name)
            bare = e == e0 and comp != "none"
            if bare and rec.category in _TOWN_OFFICES and e0 < self.n and self.joined(e0) \
                    and self._town_of_body(e0):
                e, spans, bare = e0 + 1, [(e0, e0 + 1, "LOC")], False  # «شهردار شهریار», «امام جمعه قدس»
        if e > e0 and e + 1 < self.n and self.keys[e] == "در" and self.joined(e) and self.joined(e + 1) and any(
                (sp[2] == "LOC" and (rec.category == "diplomatic" or (key == "نماینده" and "country" in self.tags[sp[0]])))
                or (sp[2] == "ORG" and key == "نماینده" and sp[0] == e0 and self.keys[e + 1] in _PARLIAMENTS)
                for sp in spans):  # (and «نماینده ائتلاف ملی در مجلس عراق»: a party's member of parliament)
            body = self.org_at(e + 1)  # «نماینده دائم ایران در سازمان ملل»: the envoy's post
            if body is None and rec.category == "diplomatic":
                body = self.loc_at(e + 1, loose=True)  # «سفیر جمهوری اسلامی ایران در کوبا»
            if body is not None and body[1] and body[1][0][:2] == (e + 1, body[0]):
                e, spans = body[0], spans + body[1]
        if e > e0 and e + 1 < self.n and self.keys[e] == "در" and self.joined(e) and self.joined(e + 1):
            # a mission's post: «سخنگوی دفتر سازمان ملل در عراق», «مسئول دفتر نمایندگی ولی فقیه در سپاه …»
            mission = next((sp for sp in spans if sp[2] == "ORG" and sp[1] == e and self.keys[sp[0]] in _MISSION_HEADS), None)
            if mission is not None:
                post = self.loc_at(e + 1, loose=True) or self.org_at(e + 1)
                if post is not None and post[1] and post[1][0][:2] == (e + 1, post[0]):
                    e, spans, bare = post[0], spans + post[1] + [(mission[0], post[0], "ORG")], False
        if (rec.canonical in _ENVOY_TITLES or " ".join(self.keys[i:e]) in _ENVOY_TITLES) and e + 1 < self.n \
                and self.keys[e] == "در" and self.joined(e) \
                and self.joined(e + 1):
            loc = self.loc_at(e + 1, loose=True)  # «نماینده ولی فقیه در استان کرمان»: the province served
            if loc is None:
                loc = self.org_at(e + 1)  # «نماینده مقام معظم رهبری در بنیاد مسکن»: the body served
            if loc is not None and loc[1] and loc[1][0][:2] == (e + 1, loc[0]):
                e, spans, bare = loc[0], spans + loc[1], False
        if (key in _FIELD_IN_TITLES or (key in _DEPUTIES and e + 1 < self.n and self.keys[e + 1] == "امور")) \
                and e + 1 < self.n and self.keys[e] == "در" and self.joined(e) and self.joined(e + 1):
            # (and a deputy's field: «معاون وزیر نفت ایران در امور بین‌الملل»)
            f_end, f_spans = self.complements(e + 1, generic=True, title=False)  # «وزیر مشاور در تجارت خارجی ترکیه»
            if f_end > e + 1 and (self.longest(e + 1, "comp") is not None or any(sp[2] in ("LOC", "ORG") for sp in f_spans)):
                e, spans, bare = f_end, spans + f_spans, False
        if self.joined(e) and self.keys[e] in _OFFICE_TIMES and (
                self.keys[e] not in _OFFICE_TIME_LOOSE or not self.joined(e + 1) or self._name_follows(e + 1)):
            e += 1  # «وزیر کشور وقت», «شهردار تهران سابق»: the modifier after the office's body
            bare = False
        if self.joined(e) and self.keys[e] == _OUR_COUNTRY:
            e += 1  # «سخنگوی وزارت امور خارجه کشورمان», «رئیس‌جمهور وقت کشورمان»: the office of «our country»
            bare = False
        if e > e0 and i > 0 and self.joined(i) and self.keys[i - 1] in _DEMONSTRATIVES \
                and (not any(sp[2] in ("LOC", "ORG") for sp in spans)
                     or (self.keys[i] in _BARE_ANAPHORS and e < self.n and self.keys[e] == _RA)):
            # «این مسئول | انتخاب آژانس‌های معتبر را …», «این مسئول | هدف بسیج را …»: the anaphor, then
            # its object (not «این عضو شورای شهر تهران», whose body is named, nor «این نماینده افراطی
            # پارلمان هلند را …», the object itself)
            return e0, [(i, e0, "TITLE")], True
        if e + 1 < self.n and self.keys[e] == _THROUGHOUT and self.keys[e + 1] == "کشور" and self.joined(e) \
                and self.joined(e + 1) and e > e0 and any(self.keys[k].endswith(_PLURAL_WORD) for k in range(e0, e)):
            e += 2  # «مدیر حوزه‌های علمیه سراسر کشور»: the office over all the bodies of the country
        if e0 - i >= 2 and self.keys[e0 - 1] in _LEADER_OFFICE_HEADS and self.keys[e0] == _SEAT_OF_MP \
                and (e0, e, "ORG") in spans:
            # «مسئول دفتر | نمایندگی ولی فقیه در سپاه …» (an office ending in «دفتر»): the body is the whole office
            spans = [(e0 - 1, e, "ORG") if sp == (e0, e, "ORG") else sp for sp in spans]
        return e, [(i, e, "TITLE")] + spans, bare

    def _time_modified(self, i: int, e0: int, rec: Any) -> tuple[int, Spans, bool] | None:
        """An office with a time modifier at token e0, then its usual complements:
        «رئیس‌جمهور کنونی روسیه», «وزیر وقت کشور», «معاون رئیس‌جمهور وقت آمریکا»."""
        comp = rec.complement
        m = e0 + 2 if self._now_at(e0) else e0 + 1
        if comp == "none":
            e, spans = self.complements(m, generic=False, title=False)
            spans = [s for s in spans if s[2] in ("LOC", "ORG", "PERSON")]
        else:
            e, spans = self.complements(m, generic=comp == "required", title=True)
        if e == m:
            if comp == "required":
                return None
            if self.keys[e0] in _OFFICE_TIME_LOOSE and self.joined(m) and not self._name_follows(m):
                return None  # «رئیس‌جمهور وقت زیادی …»: «وقت» is time here
            return m, [(i, m, "TITLE")], False
        if self.keys[e0] in _OFFICE_TIME_LOOSE and not spans and self.longest(m, "comp") is None:
            return None  # «انتخاب مربی جدید خبردادند»: an adjective before common words, no office's body
        return e, [(i, e, "TITLE")] + spans, False

    def _now_at(self, k: int) -> bool:
        """Do tokens k, k+1 say «حال حاضر» (at present), a time modifier of an office («سرمربی حال حاضر
        تیم ملی ایران»)?"""
        return self.keys[k] == _NOW[0] and self.joined(k + 1) and self.keys[k + 1] == _NOW[1]

    def _name_follows(self, k: int) -> bool:
        """Does a person's name, an honorific or a speech verb («گفت») come at token k?"""
        return k < self.n and (self.first_name(k) or "hon" in self.tags[k] or self.word_kind(k, "cue"))

    def _mp_at(self, i: int, j: int) -> tuple[int, Spans, bool] | None:
        """«نماینده مردم X (و Y) در مجلس (شورای اسلامی)»."""
        spans: Spans = []
        if not self.joined(j):
            return None
        if self.keys[j] in _SETTLEMENT_PLURALS and self.joined(j + 1):
            j += 1  # «نماینده مردم شهرستان‌های بیرجند، خوسف و درمیان …»
        e = first = j
        while e < self.n:
            loc = self._seat_place(e)
            if loc is None:
                break
            spans += loc[1]
            e = loc[0]
            if e + 1 < self.n and self.keys[e] == _AND and self.gaps[e] == JOIN and self.joined(e + 1):
                nxt = e + 1
            elif e < self.n and self.gaps[e] == COMMA:
                nxt = e  # a list of places: «شهریار، قدس و ملارد»
            else:
                break
            if self._seat_place(nxt) is None:
                break
            e = nxt
        if e == first:
            # no place named: the constituency the text gave before («نماینده مردم در مجلس شورای
            # اسلامی», «نماینده مردم این شهرستان در مجلس»), only with the parliament after it
            if e + 1 < self.n and self.keys[e] in ("این", "آن") and self.joined(e + 1) \
                    and self.keys[e + 1] in _SEAT_WORDS:
                e += 2
            if not (e + 1 < self.n and self.keys[e] == "در" and self.joined(e) and self.joined(e + 1)
                    and self.keys[e + 1] == "مجلس"):
                return None
        if e + 1 < self.n and self.keys[e] == "در" and self.joined(e) and self.joined(e + 1):
            org = self.longest(e + 1, "org") or self.longest(e + 1, "head")
            if org is not None and self.keys[e + 1] == "مجلس":
                end = e + 1 + org[0]
                spans.append((e + 1, end, "ORG"))
                e = end
        return e, [(i, e, "TITLE")] + spans, False

    def _seat_place(self, e: int) -> tuple[int, Spans] | None:
        """A constituency in «نماینده مردم …»: any place, or a county's or city's name that is also
        a common word or a first name («شهریار», «ری», «قدس»): the office says it is a place."""
        loc = self.loc_at(e, loose=True)
        if loc is not None or e >= self.n or self.stops[e]:
            return loc
        places = self.tags[e].get("place") if self.tags[e] else None
        if places and any(p.kind in ("county", "city", "province") for p in places):
            return e + 1, [(e, e + 1, "LOC")]
        return None

    def _unquoted(self, p: tuple[int, int] | None) -> tuple[int, int] | None:
        """A name never runs across a quotation mark: «جان کیریاکو» افسر … ends at «»»."""
        if p is None or p[1] - p[0] < 2:
            return p
        starts, ends, text = self.toks.starts, self.toks.ends, self.text
        for k in range(p[0] + 1, p[1]):
            a = ends[k - 1]
            if starts[k] - a == 1 and text[a] == " ":
                continue  # one space: no mark (the usual gap)
            if any(q in text[a:starts[k]] for q in _ALL_QUOTES):
                if all("hon" in self.tags[x] for x in range(p[0], k)):
                    return None  # «سید «مرتضی آوینی»»: the quoted name is read on its own
                return p[0], k
        return p

    def _holy_figure(self, i: int, j: int) -> tuple[int, int] | None:
        """An imam or a holy figure named after «امام», «حضرت» or «حضرت امام» at token i (the name
        at j), the honorific inside the span (but «حضرت» before «امام»): it is part of how the figure is named («امام صادق»,
        «حضرت فاطمه زهرا», «امام موسی کاظم», «امام حسن مجتبی»); None for anything else after them
        («امام جمعه») and for «امام خمینی» (read as the public figure «خمینی»)."""
        hon = " ".join(self.keys[i:j])
        if j >= self.n or hon not in ("امام", "حضرت", "حضرت امام"):
            return None
        k = self.keys[j]
        if hon == "حضرت":
            if not (k in _HOLY_NAMES or self._core_first(j)):
                return None
        elif k not in _IMAM_NAMES and not (k in _IMAM_GIVEN and self._core_first(j)) or k == "خمینی":
            return None
        e = j + 1
        if self.joined(e) and self.keys[e] in _HOLY_EPITHETS:
            e += 1  # «امام جعفر صادق», «حضرت فاطمه زهرا», «امام حسن مجتبی»
        elif self.joined(e) and self.nameish(e) and self.keys[e] not in _BENEDICTIONS and k not in _ONE_NAME_IMAMS \
                and (self.word_kind(e, "notable") or self.surname_like(e, strict=True)):
            return None  # «امام محمد غزالی»: a scholar's name after the honorific, read on its own (not «قیام
            # امام حسین | حرکتی را …»: an imam named by one name, the object after him)
        if hon == "حضرت امام":
            return i + 1, e  # «حضرت امام جعفر صادق»: the imam as named, «حضرت» a courtesy before him
        return i, e

    def person_at(self, i: int) -> tuple[int, int] | None:
        """A person's name at token i: (name start, end); an honorific before it stays outside. An
        Arabic name goes on through its father's names and its family («عبدالله بن سعود بن محمد»,
        «ترکی آل الشیخ», «حمد بن عیسی آل خلیفه»)."""
        p = self._person_at(i)
        if p is None:
            return None
        start, e = p
        keys = self.keys
        for n in (1, 2):  # «ایاد فتایه خلیفه الراوی», «صدام حسین التکریتی»: an Arabic name's «ال…» last word
            last = e + n - 1
            if last < self.n and self._nisba_al(last) and all(self.joined(x) and self.nameish(x) for x in range(e, last + 1)):
                e = last + 1
                break
        while e + 1 < self.n and keys[e] in _ARABIC_LINKS and self.joined(e) and self.joined(e + 1) \
                and self.nameish(e + 1) and not self.tags[e + 1].keys() & {"place", "country", "world", "title"}:
            if keys[e] == _FAMILY and e - start > 1 and _NAME_LINKS.isdisjoint(keys[start:e]):
                break  # a Persian name and its surname, then the family as object: «محمد کریمی | آل سعود را …»
            e += 2
            if keys[e - 2] == _FAMILY:
                if e < self.n and self.joined(e) and keys[e - 1] in _FAMILY_ARTICLES and self.nameish(e):
                    e += 1  # «آل ال شیخ» written apart
                break  # (the family ends the name)
        return p if e == p[1] else (start, e)

    def _nisba_al(self, k: int) -> bool:
        """An Arabic name's last word in «ال…» that no lexicon knows as a word («الراوی», «التکریتی»)."""
        key = self.keys[k]
        return (key.startswith("ال") and len(key) >= 5 and " " not in key and not self.stops[k]
                and key not in self.g.tagged and key not in _known_words()[0]
                and not self.tags[k].keys() & {"place", "country", "world", "org", "title", "head", "comp"})

    def _person_at(self, i: int) -> tuple[int, int] | None:
        if i >= self.n:
            return None
        if i > 0 and self.gaps[i] == JOIN and self.keys[i - 1] in _COUNT_UNITS:
            return None  # «۲ میلیون لاله بهاری»: a counted noun, no name
        j = i
        hon = False
        while j < self.n:
            h = self.longest(j, "hon")
            if h is None or (j > i and not self.joined(j)):
                break
            if j - i >= _MAX_HONORIFICS:
                return None  # a run of honorifics names no one (and each of its words would read the rest)
            if h[1].name_part and h[1].kind == "lineage" and self.first_name(j + h[0]):
                break  # «سید ناصر اسحاقی»: kept in the name
            hon = True
            j += h[0]
        if hon:
            if not self.joined(j) or self._after_settlement_head(i):
                return None  # «روستاهای استاد کلایه»: a village's name
            if i > 0 and self.gaps[i] == JOIN and (self.keys[i - 1] in _COUNTS or (
                    self.keys[i - 1].isdigit() and not self.surname_like(j, strict=True) and not self.first_name(j))):
                return None  # «خانواده‌های ۲۰۰ شهید عشایری», «دو شهید گمنام»: counted, the honorific a common
                # noun (not a numbered body's namesake: «کلانتری ۱۳ شهید هاشمی‌نژاد»)
            if i > 0 and self.gaps[i] == JOIN and self.keys[i - 1] in _DEMONSTRATIVES \
                    and not (i > 1 and self.keys[i - 2] == "از"):
                return None  # «این شهید گرانقدر», «این سردار رشید اسلام»: the honorific a common noun, no name
                # after it (not «پیش از این شیخ عبدالمهدی …»: «این» ends the adverbial there)
            if " ".join(self.keys[i:j]) in _HOLY_HONORIFICS:
                return self._holy_figure(i, j)  # «امام صادق (ع)», «حضرت زهرا (س)»
            if j < self.n and " ".join(self.keys[i:j + 1]) in _HONORIFIC_IDIOMS:
                return None  # «کاپ آقای گل»: the top scorer's award, no one named
            t = self.longest(i, "title")
            if t is not None and i + t[0] > j:
                return None  # «امام جمعه زیراب»: the honorific opens an office
            start = j
            if "hon" in self.tags[j] and self.first_name(j + 1):
                j += 1
            e = j
            while e < self.n and e - j < _MAX_NAME + 1 and (e == j or self.joined(e)):
                if e > j and self.keys[e] in _NAME_LINKS and self.joined(e + 1) and self.nameish(e + 1):
                    e += 2  # «سالم بن المالک»
                    continue
                if e > j and self.keys[e] in _SURNAME_TAILS and self._name_ends(e + 1):
                    e += 1  # «سردار محمد عبدالله پور»: the surname's suffix written apart
                    break
                if not self.nameish(e) or (e > j and not (self.surname_like(e) or self.first_name(e))):
                    break
                if e > j and (e + 1 >= self.n or self._marks_before(e + 1)[:1] in (".", "!", "؟")) \
                        and self.keys[e] in _known_words()[1] and not self.tags[e].keys() & {"sur", "first"}:
                    break  # «… در پایگاه شهید بابایی | پرداخت.»: the clause's verb at its end, no name
                if self._indefinite_noun(e) or (e > j and (self._word_after_surname(j, e) or self._coordinated_verb_noun(e))):
                    break  # «آقای خاتمی درعین‌حال …», «جناب کریم زمانی مجلد …», «دکتر علی محمدی | تقدیر و تشکر کرد»,
                    # «آقای سروش | نامه‌ای موهن … نوشته», «مرگ و میر | جاده‌ای»
                if e > j and e + 1 < self.n and self.joined(e + 1) and self._light(e + 1) \
                        and not (self.first_name(e - 1) and self.surname_like(e, strict=True)):
                    break  # «آیت‌الله رئیسی ابلاغ شده است»: a verb's noun, not a name (not «سردار قاسم سلیمانی گرفت»)
                e += 1
            if e == j + 1 and self.joined(e) and "core_first" in self.tags[j] and self._word_surname(e):
                e += 1  # «دکتر مصطفی معین», «مهندس محمد سوری»: after a title and a first name, a word is the surname
            if e == j + 1 and self.longest(i, "hon")[1].kind in _COMMON_HONORIFIC_KINDS \
                    and " ".join(self.keys[i:j]) in self.g.common and self.keys[j] in self.g.tagged and not (
                    "sur" in self.tags[j] or self.first_name(j) or self.surname_shape(j)):
                return None  # «شهید بزرگوار», «استاد راهنما»: a common word as honorific, then a word of the language
            if e > j and self.keys[i] == _AMIR and j == i + 1 and not self._military():
                start = i  # «امیر قلعه نویی سرمربی …», «امیر شمسایی»: a given name where no army is spoken of
            return (start, e) if e > j else None
        start = i
        hon_rec = self.tags[i].get("hon")
        if hon_rec is not None and hon_rec.kind == "lineage" and self.first_name(i + 1) and self.joined(i + 1):
            j = i + 1  # name-part honorific kept: «سید حسن»
        if self.joined(j + 1) and self.keys[j + 1] in _NAME_LINKS and self.joined(j + 2) \
                and ("first" in self.tags[j] or "core_first" in self.tags[j]) and self.nameish(j) and (
                    self._core_first(j + 2) or "first" in self.tags[j + 2] or self._plain_name(j + 2)):
            e = j + 3  # «جابر بن عبدالله انصاری», «عبدالله بن عمر»: a name, «بن» and the father's name
            if self.joined(e) and "sur" in self.tags[e] and self.nameish(e) and self._name_ends(e + 1):
                e += 1
            return start, e
        if j + 1 < self.n and self.keys[j + 1] in _SURNAME_SUFFIXES and self.joined(j + 1) and j == i \
                and self._core_first(j) and self._name_ends(j + 2) and not (j > 0 and self.gaps[j] == JOIN and not self.stops[j - 1]):
            return j, j + 2  # «عبدالعلی زاده از …»: a surname written with its suffix apart
        if j == i and j + 2 < self.n and self.keys[j + 1] == _QOLI and self.joined(j + 1) and self.joined(j + 2) \
                and (self._core_first(j) or self.keys[j] in _QOLI_FIRSTS) and self.nameish(j + 2) \
                and not self.tags[j + 2].keys() & {"place", "country", "world", "core_first"} \
                and self._name_ends(j + 3):
            return j, j + 3  # «محمد قلی اسلامی», «الله قلی محمدی»: a first name in «قلی» written apart
        if j == i and j + 1 < self.n and self.keys[j + 1] in _COMPOUND_SECONDS and not self.first_name(j) \
                and self._compound_first(j):
            p = self.person_at(j + 1)
            if p is not None and p[0] == j + 1:
                return j, p[1]  # «شعبان علی خاوری»: a first name of two words written apart
        if not self.first_name(j) or (j > 0 and self.gaps[j] == JOIN and self.keys[j - 1] in _NOT_NAME_AFTER):
            return None
        if self.keys[j] in _IDIOM_AFTER_FIRST and self.joined(j + 1) \
                and self.keys[j + 1] in _IDIOM_AFTER_FIRST[self.keys[j]]:
            return None  # «دارای حسن شهرت»: an idiom
        if j > 0 and self.gaps[j] == JOIN and self.keys[j - 1] in _IDIOM_FIRSTS.get(self.keys[j], ()) \
                and j + 1 < self.n and self.keys[j + 1] in self.g.tagged and "sur" not in self.tags[j + 1]:
            return None  # «با کمال تاسف»: an idiom (not «با کمال خرازی»)
        e = j + 1
        if e + 1 < self.n and self.keys[e] in _HAJ and self.joined(e) and self.joined(e + 1) and self._core_first(j) \
                and (self.surname_like(e + 1, strict=True) or self.surname_shape(e + 1)) and self._name_ends(e + 2):
            return start, e + 2  # «مهرداد حاج علیزاده سرمربی …»: «حاج» after the given name opens the surname
        if self.joined(e) and self._core_first(e) and e + 1 < self.n and self.keys[e + 1] in _SURNAME_SUFFIXES \
                and self.joined(e + 1) and self._name_ends(e + 2):
            return start, e + 2  # «علی حسین زاده»: a first name, then a surname written apart from its suffix
        if self.joined(e) and self.word_kind(j, "foreign_first") and self.word_kind(e, "notable"):
            return start, e + 1  # «دیوید کامرون»: a public figure's name that is also a country's
        if e == j + 1 and self.joined(e) and self.joined(e + 1) and self._core_first(j) \
                and (sur := self.longest(e, "sur")) is not None and sur[0] == 2 and not sur[1].ambiguous:
            return start, e + 2  # «محمدحسین صفار هرندی»: a listed surname of two words, whole
        if self.joined(e) and self.first_name(e) and self.joined(e + 1) and self.surname_like(e + 1):
            e += 1
        elif e == j + 1 and self.joined(e) and self._titled_given(e) and self._core_first(j) and self.joined(e + 1) \
                and self.surname_like(e + 1) and self._name_ends(e + 2):
            e += 1  # «قاضی محمد سلطان همتیار»: a second given name that is an office's word too
        # a foreign first name that is no word of the language («کارلوس», not «بیل»): any word may follow as surname
        foreign = self.word_kind(j, "foreign_first") and _known_words()[2].get(self.keys[j], 0) < _GLUED_FREQ
        if e == j + 1 and self.word_kind(j, "foreign_first") and self.keys[j] not in self.g.common \
                and self.joined(e) and self.joined(e + 1) and self.keys[e] in self.g.tagged \
                and not self.surname_like(e, strict=True) and self._word_surname(e + 1) and self._plain_name(e + 1) \
                and self.keys[e + 1] not in self.g.tagged and self.keys[e + 1] not in _known_words()[0] \
                and not self.tags[e].keys() & {"place", "country", "world", "nat", "venue", "first", "title", "org"} \
                and self.nameish(e) and not self.word_kind(e, "cue", "light") \
                and (self._name_ends(e + 2) or self.keys[e + 2] in _TIME_WORDS or self.keys[e + 2] in _FRAME_TIMES):
            return start, e + 2  # «فیلیپ دوست بلازی امروز …»: a foreign surname of a word of the language and another
        if not (self.joined(e) and (self.surname_like(e) or (
                foreign and e == j + 1 and self._word_surname(e) and self.keys[e] not in self.g.common
                and "nat" not in self.tags[e]) or (e == j + 1 and self._place_surname(j, e))
                or (e == j + 1 and self._tail_ends(e + 1) and self.nameish(e) and self._core_first(j))
                or (e == j + 1 and self._office_surname(start, j, e))
                or (e == j + 1 and self._word_surname_ends(j, e))
                or (e == j + 1 and self._spoken_surname(j, e)))):
            return None  # (not a nationality: «رافائل برزیلی»)
        if not self.surname_like(e, strict=True) and not self.surname_shape(e) and (
                self.keys[e].endswith(_PLURAL_ENDINGS) or (
                    self.keys[e] in self.g.tagged and not self._name_ends(e + 1) and not foreign
                    and not self._tail_ends(e + 1) and not (e == j + 1 and self._word_surname_ends(j, e))
                    and not (e == j + 1 and self._spoken_surname(j, e)))
                or (self.keys[e] in self.g.tagged and not foreign and e + 1 < self.n and self.joined(e + 1)
                    and _light_form(self.keys[e + 1]))
                or (e + 1 < self.n and self.joined(e + 1) and self._light(e + 1))
                or self._coordinated_verb_noun(e) or self._inflected_noun(e)):
            return None  # «نسرین بازداشت شد», «اعظم تحصیلات تکمیلی»: a first name that is a word, then a noun
            # (or a noun with its possessive: «محمد دستش را …»)
        if e == j + 1 and ((self._word_adjective(self.keys[e]) and self._noun_ezafe_before(start)) or (
                self._plural_ezafe_before(start) and "AJ" in self.g.tagged.get(self.keys[j], "").split(",")
                and not self.surname_like(e, strict=True))):
            return None  # «طرح هادی روستایی», «فضاهای سالم ورزشی»: a common noun, then a first name that is an
            # adjective too and a word no surname list gives
        if e == j + 1 and not self._core_first(j) and (self.keys[j] in self.g.tagged or self._ezafe_of_word(self.keys[j])) \
                and (self._word_adjective(self.keys[e]) or self._manner_word(self.keys[e])) \
                and not self.surname_like(e, strict=True):
            return None  # «با فرهنگ غذایی», «هنری سینمایی», «کسری بالایی»: a rare first name that is a word,
            # then an adjective of a word in «‌یی»: a noun phrase (not «الیاس حضرتی», «فرید محبی»)
        e += 1
        if self._tail_ends(e):
            return start, e + 1  # «علی سایه وند»: a surname written apart from its bound suffix
        if self.joined(e) and not self.first_name(e) and self.keys[e].split(" ")[0] not in _TIME_WORDS \
                and not self._coordinated_verb_noun(e) and (
                self.surname_like(e, strict=True)
                or (self.keys[e] in _SURNAME_TAILS and self._name_ends(e + 1))  # «محمد عبدالله پور»
                or ("sur" in self.tags[e] and self.nameish(e) and self._name_ends(e + 1))
                or (self.keys[e][-1:] == "ی" and self.surname_like(e - 1, strict=True) and self._nisba(e)
                    and (self._name_ends(e + 1) or self.keys[e + 1] in _TIME_WORDS or self.keys[e + 1] in _FRAME_TIMES))
                or (self._plain_name(e) and self.keys[e] not in self.g.common and not self._glued_preposition(e)
                    and (self._name_ends(e + 1) or self.keys[e + 1] in _TIME_WORDS or self.keys[e + 1] in _FRAME_TIMES)
                    and (" " not in self.keys[e] or self.tags[e].keys() & {"sur", "first"})
                    and not self._ezafe_of_word(self.keys[e]) and not self.keys[e].endswith(_PLURAL_ENDINGS)
                    and not self._plural_of_noun(e))):  # «… سیدصالحی بازیکنی», «جواد سلیمی | داوران،»
            e += 1
        return start, e

    def _manner_word(self, k: str) -> bool:
        """«هوشمندانه», «صادقانه»: a frequent word plus «انه» (an adverb or adjective of manner), no
        given name («فرزانه», «ریحانه») nor a surname of no known base («یگانه»)."""
        return k.endswith("انه") and len(k) > 5 and " " not in k \
            and _known_words()[2].get(k[:-3], 0) >= _BASE_WORD_FREQ and "first" not in self.g.table.get(k, _EMPTY)

    def _inflected_noun(self, k: int) -> bool:
        """A word of the language with a possessive or plural suffix that is itself no word, name or
        surname any lexicon lists: «دستش», «سرش», «بابایم» (not «آرامش», «رادمان», «بهجت»)."""
        key = self.keys[k]
        freq = _known_words()[2]
        if " " in key or self.tags[k].keys() & {"sur", "first", "core_first"} or key in self.g.tagged:
            return False
        # (the bare word a frequent one: not «باردم», «آذرکش», «استیوارت», names no list holds)
        return any(key.endswith(suffix) and freq.get(key[:-len(suffix)], 0) >= _BASE_WORD_FREQ
                   for suffix in _POSSESSIVES + _VOWEL_POSSESSIVES + ("ها", "های"))

    def _nisba(self, k: int) -> bool:
        """A surname's second part named for a town no lexicon lists: «غلامیان دهکردی» (دهکرد + ی),
        not an adjective of a known word («اسلامی», «جدیدی»)."""
        if k >= self.n or self.stops[k] or not self.nameish(k):
            return False
        key = self.keys[k]
        if not key.endswith("ی") or len(key) < 5 or " " in key or key in self.g.common or key.endswith(_PLURAL_ENDINGS):
            return False
        if self.tags[k].keys() & {"place", "country", "world", "org", "comp", "venue", "vhead", "first", "nat"}:
            return False
        base = key[:-1]
        places = self.g.table.get(base, _EMPTY).get("place")
        if places and any(p.kind in ("city", "county", "province") for p in places):
            return True  # «اصفهانی», «شیرازی»
        return base not in _known_words()[0] and base not in self.g.tagged and not self._inflected_word(key)

    def _word_after_surname(self, j: int, e: int) -> bool:
        """After an honorific's name j..e that holds a surname, is token e a word of the language that
        ends the name (not a listed name, a nisba, or a word right before punctuation: «شعبان راسخ،»)?"""
        if self.keys[e] not in self.g.tagged or self.tags[e].keys() & {"sur", "first"}:
            return False
        if not any(("sur" in self.tags[x] or (x > j and self.surname_shape(x)))
                   and not self.tags[x].keys() & {"first", "core_first"} for x in range(j, e)):
            return False  # (a surname no list gives, by its shape after the given name: «آقای مارکار
            # آقاجانیان | مدرک مربیگری دارد»)
        if self._town_nisba(e) or e + 1 >= self.n or self.gaps[e + 1] != JOIN:
            return False
        return True

    def _town_nisba(self, k: int) -> bool:
        """A surname's nisba part: an unknown town's («دهکردی») or a city's, county's or province's
        adjective («اصفهانی», «یزدی»)."""
        if self._nisba(k):
            return True
        key = self.keys[k]
        places = self.g.table.get(key[:-1], _EMPTY).get("place") if key.endswith("ی") else None
        return bool(places) and any(p.kind in ("city", "county", "province") for p in places)

    def _word_surname(self, k: int) -> bool:
        """Can token k, a word of the language («معین», «سوری», «تاجیک»), be the surname after an
        honorific and a first name? Not a stop word, a verb's noun, an office, a body or a place."""
        if k >= self.n or self.stops[k] or any(map(str.isdigit, self.keys[k])) or self.keys[k].endswith(_PLURAL_ENDINGS) \
                or self.keys[k] in _WEEKDAYS or self.keys[k] in _TIME_WORDS or self.keys[k] in _KIN_WORDS:
            return False  # («توفان کاترینا سه‌شنبه …», «شیخ محمود | فرزند شیخ محمد»)
        if self.keys[k] in self.g.common and not (self._name_ends(k + 1) or self.keys[k + 1] in _TIME_WORDS):
            return False  # «شیخ محمدحسین راه هجرت …»: a frequent noun that goes on into the sentence
        if self.tags[k].keys() & {"title", "head", "hon", "org", "country", "world", "venue", "vhead", "core_first"}:
            return False
        places = self.tags[k].get("place")
        if places and any(not p.ambiguous for p in places):
            return False
        if self.word_kind(k, "place_head", "desk", "reporter", "dept", "cue", "light", "direction"):
            return False
        return not (k + 1 < self.n and self.joined(k + 1) and self._light(k + 1))

    def _place_surname(self, j: int, e: int) -> bool:
        """A county or district name as the surname after a common first name, before the end of a
        name: «علی چگنی سفیر …» (not a city or province: «رضا مشهد», «علی کرمان»)."""
        places = self.tags[e].get("place")
        first = self.tags[j].get("first")
        return bool(places) and first is not None and not first.ambiguous and self._core_first(j) \
            and self._name_ends(e + 1) and self.keys[e] not in self.g.common \
            and all(p.kind in ("county", "district", "rural_district") and not p.ambiguous for p in places)

    def _office_surname(self, start: int, j: int, e: int) -> bool:
        """A common first name opening a clause, then any one word, then an office: the word is the
        surname though it is a common word or a town («حسین مهاجران رئیس اتحادیه …», «رضا شمس
        مدیرکل …»); not a country or province, a verb's noun or a word of a phrase."""
        first = self.tags[j].get("first")
        if first is None or not self.joined(e + 1):
            return False
        if (first.ambiguous or not self._core_first(j)) and not (self.keys[j] in _MONTH_FIRSTS and e == j + 1):
            return False  # (a month's name as given name: «رمضان رویین‌تن مدیر کل …»)
        if start > 0 and self.gaps[start] == JOIN and not self.stops[start - 1]:
            return False
        k = self.keys[e]
        if not self.nameish(e) or any(map(str.isdigit, k)) or k.endswith(_PLURAL_ENDINGS) \
                or (" " in k and not self._compound_surname(e)) \
                or k in _WEEKDAYS or k in _TIME_WORDS or k in _FRAME_TIMES or "core_first" in self.tags[e]:
            return False
        if self.tags[e].keys() & {"world", "venue", "vhead", "comp"} or self.word_kind(
                e, "place_head", "desk", "reporter", "dept", "cue", "light", "direction"):
            return False
        places = self.tags[e].get("place")
        if places and any(p.kind == "province" for p in places):
            return False
        return self.longest(e + 1, "title") is not None

    def _compound_surname(self, e: int) -> bool:
        """Token e a surname of two words joined by a ZWNJ (a word of the language too: «رویین‌تن»,
        «دست‌نشان»), neither of them a place, an office or a body, nor a plural's or a verb's suffix."""
        parts = self.keys[e].split(" ")
        if len(parts) != 2 or any(len(w) < 2 or w in _STOP_PARTS for w in parts):
            return False
        for w in parts:
            tags = self.g.table.get(w, _EMPTY)
            if tags.keys() & {"title", "head", "org", "country", "world"} \
                    or not _word_towns_only(tags.get("place") or ()):
                return False  # (a village's name that is a word too may be a part: «رویین»)
        return True

    def _word_surname_ends(self, j: int, e: int) -> bool:
        """A common first name opening a clause or after a preposition, then a frequent word of the
        language as surname right before punctuation or a time word: «از همدان، حسن نوری ظهر امروز
        …», «علی تک شامگاه …» (not before a word that goes on the phrase: «حسن ختام کار»)."""
        first = self.tags[j].get("first")
        if first is None or "core_first" in self.tags[e] or self.keys[e] in _DIVINE:
            return False  # («رسول خدا», «حبیب الله»: an epithet of the Prophet)
        if (first.ambiguous or not self._core_first(j)) and not ("sur" in self.tags[e] and self._from_town(e + 1)):
            return False  # (a given name that is a word too, only with a listed surname and a hometown: «وحید
            # سپاهی از اصفهان»)
        if j > 0 and self.gaps[j] == JOIN and not self.stops[j - 1]:
            return False  # «کاکا رضا سلام»: inside a phrase; a name opens a clause or follows a preposition
        k = e + 1
        if not (k >= self.n or self.gaps[k] != JOIN or self.keys[k] in _TIME_WORDS or self.keys[k] in _FRAME_TIMES
                or self._glued_preposition(k) or self._from_town(k)):
            return False
        return self._word_surname(e) and not self.tags[e].keys() & {"place", "nat", "comp"} and " " not in self.keys[e]

    def _from_town(self, k: int) -> bool:
        """«از» at token k, then a town or a province whose name ends there: where a listed athlete or
        guest comes from («… و وحید سپاهی | از اصفهان دوم شد»)."""
        if k + 1 >= self.n or self.keys[k] != "از" or not self.joined(k + 1):
            return False
        return _sure_town(self.tags[k + 1].get("place")) and self._name_ends(k + 2)

    def _titled_given(self, k: int) -> bool:
        """A given name that is also an office's word taking no complement of its own: «سلطان», «امیر»."""
        tags = self.tags[k]
        rec = tags.get("title")
        return rec is not None and "first" in tags and rec.complement != "required" and not rec.generic \
            and not tags.keys() & {"place", "country", "world", "org", "head", "hon"}

    def _spoken_surname(self, j: int, e: int) -> bool:
        """A common first name opening a clause, then a word of the language that opens a sentence
        of the article right before a speech verb: the speaker's surname («به گزارش …، سید محمد آسوده
        که …» with «¶ آسوده گفت: …» later; not «محمد جوان …» without «جوان گفت»)."""
        if self.keys[e] not in self._speaking_words() or not (self._core_first(j) or self.first_name(j)) \
                or "core_first" in self.tags[e]:
            return False
        if j > 0 and self.gaps[j] == JOIN and not self.stops[j - 1] and "hon" not in self.tags[j - 1]:
            return False  # inside a phrase: a name opens a clause or follows a preposition or «سید»
        return not self.tags[e].keys() & {"place", "nat", "comp", "org", "head", "title"}

    def _speaking_words(self) -> frozenset[str]:
        """Words that open a sentence right before a speech verb («آسوده گفت:», «آسوده در ادامه تصریح
        کرد»): a speaker named by one word (computed once per text)."""
        if self._speaking is None:
            self._speaking = frozenset()  # (none while they are read: `first_name` asks for them)
            found = set()
            keys = self.keys
            # the openings: the first token and those after a break
            openings = self._break_positions()
            if self.n > 1 and self.gaps[0] != BREAK:
                openings = [0] + openings
            for i in openings:
                if i >= self.n - 1:
                    break
                k = keys[i]
                if self.joined(i + 1):
                    speaks = self.word_kind(i + 1, "cue") or (keys[i + 1] == "در" and i + 2 < self.n
                                                              and keys[i + 2] in ("ادامه", "پایان"))
                else:
                    # the word alone, then a comma, opening a paragraph («¶ مفید، به فجایع … اشاره کرد»);
                    # not an adverb or a conjunction («همچنین، …», «بنابراین، …»)
                    speaks = self.gaps[i + 1] == COMMA and (i == 0 or "\n" in self.text[self.toks.ends[i - 1]:self.toks.starts[i]]) \
                        and not self.stops[i] \
                        and self.g.tagged.get(k, "").split(",")[0] not in ("ADV", "CONJ", "PRO", "DET", "P", "NUM")
                # (a word of the language may be a stop word, even a participle: «آسوده»; not a verb,
                # a pronoun or a number)
                if speaks and len(k) > 2 and (k not in self.g.verbs or "AJ" in self.g.tagged.get(k, "").split(",")) \
                        and k not in _PRONOUNS and self._nameish(i) and not self.first_name(i):
                    found.add(k)
            self._speaking = frozenset(found)
        return self._speaking

    def _glued_preposition(self, k: int) -> bool:
        """A preposition glued to a frequent word, which no lexicon lists: «دردقیقه», «ازطریق»."""
        key = self.keys[k]
        if " " in key or key in self.g.tagged or self.tags[k].keys() & {"first", "sur"}:
            return False
        return key[:2] in _GLUED_PREPOSITIONS and len(key) >= 5 and key[2:] in self.g.common

    def _compound_first(self, j: int) -> bool:
        """Can token j open a first name of two words written apart, with a common first name such
        as «علی» or «رضا» after it («شعبان علی», «قربان علی», «غلام رضا»)? A listed first name or
        surname (a word of the language too), opening a clause, no place: not «ماه رمضان علی …»."""
        if not self.tags[j].keys() & {"first", "sur"} or not self.joined(j + 1) or not self.nameish(j) \
                or self._month_at(j):
            return False
        if j > 0 and self.gaps[j] == JOIN and not self.stops[j - 1]:
            return False
        places = self.tags[j].get("place")
        return not (places and any(not p.ambiguous for p in places)) \
            and not self.tags[j].keys() & {"world", "comp", "venue"}

    def _month_at(self, i: int) -> bool:
        """Is token i a month that is also a given name, after «ماه», «نیمه» or a day (`ماه رمضان`,
        `نیمه شعبان`, `۱۵ صفر`)?"""
        return i > 0 and self.joined(i) and (self.keys[i - 1] in _MONTH_BEFORE or self.keys[i - 1].isdigit())

    def _tail_ends(self, k: int) -> bool:
        """Is token k a bound surname suffix written apart («وند», «نژاد», «کیا»), ending the name?"""
        return k < self.n and self.keys[k] in _SURNAME_TAILS and self.joined(k) and self._name_ends(k + 1)

    def _name_ends(self, k: int) -> bool:
        """Does a name plausibly end before token k (punctuation, a stop word, an office)?"""
        return k >= self.n or self.gaps[k] != JOIN or self.stops[k] or self.longest(k, "title") is not None

    def cue_subject(self, i: int, opened: bool = False) -> int | None:
        """A sentence that opens with a name and a speech verb: «محمدی با بیان اینکه …»,
        «کمالیان تصریح کرد», «رضایی که …». Returns the end of the name (one or two words).
        `opened`: token i follows a lineage honorific that opens the sentence («سید حسین اسلامی در
        گفت‌وگو با …»)."""
        if not opened and i > 0 and self.gaps[i] != BREAK and not (self.gaps[i] == COMMA and self._after_report(i)):
            return None
        if self.keys[i] in _WHEN_WORDS and i + 1 < self.n and self.keys[i + 1] == "که":
            return None  # «زمانی که …», «هنگامی که …»: «when», not a surname and a relative clause
        for n in (1, 2):
            e = i + n
            if e >= self.n:
                return None
            if not (self._cue_name(i) and (n == 1 or self._cue_name(i + 1))):  # every word a name's
                if n == 1 and (self._core_first(i) or self._listed_pair(i) or self._first_and_unknown(i)):
                    continue  # «محمد جوان امروز در گفت‌وگو …»: a first name opens the name
                if not (n == 2 and (self._first_and_word(i) or self._listed_pair(i) or self._first_and_unknown(i) or (
                        opened and self.nameish(i) and "sur" in self.tags[i + 1] and self.nameish(i + 1)))):
                    return None  # (after «سید» the first word is the given name: «سید راضی نوری»)
            if n == 2 and not self.joined(i + 1):
                return None
            if self.joined(e) and self._speech_after(e):
                return e
        return None

    def _after_report(self, i: int) -> bool:
        """Does token i open the clause after a report's attribution and its comma, the subject's
        slot of a sentence: «به گزارش خبرگزاری فارس از قم، | عباس کرمانی امروز در …»?"""
        k = i - 1
        while k > 0 and i - k < _REPORT_REACH and self.gaps[k] == JOIN:
            k -= 1
        return k + 1 < i and self.keys[k] == "به" and self.keys[k + 1] == "گزارش" and (k == 0 or self.gaps[k] == BREAK)

    def _foreign_first_before(self, i: int) -> bool:
        """Is token i a public figure's name (`notable`) after a word no lexicon knows, its first
        name in another spelling: «ولادیمیر پوتین» written «ولادمیر پوتین»?"""
        if not self.word_kind(i, "notable") or i == 0 or self.gaps[i] != JOIN:
            return False
        k = self.keys[i - 1]
        return (not self.tags[i - 1] and not self.stops[i - 1] and len(k) >= 3 and " " not in k
                and self._unknown_name(i - 1) == i)

    def _according_name(self, i: int) -> int | None:
        """«به گفته شاکری، …», «به گفته علی شاکری …»: one or two name words after «به گفته», then
        punctuation, a stop word or an office; the end of the name, else None."""
        for n in (1, 2):
            e = i + n
            if n == 2 and not self.joined(i + 1):
                return None
            if not all(self._cue_name(k) for k in range(i, e)):
                if n == 1 and "core_first" in self.tags[i]:
                    continue
                return None
            if (e >= self.n or self.gaps[e] != JOIN) and (n == 2 or self.surname_like(i, strict=True)
                                                          or self.keys[i] not in self.g.tagged):
                return e
        return None

    def _quoted_person(self, i: int) -> int | None:
        """«به گفته «عمرو موسی»، …», «"شوکت عزیز" که به مالزی سفر کرده است، …», «به گزارش فارس، «سعد
        عبود» در گفت‌وگو با …»: two or three name words in quotation marks from token i, after «به گفته»
        or opening a sentence or a comma's clause, before «که», a comma, an office in apposition or
        the frame of a speech («در گفت‌وگو», «نیز») (the news agencies' way with foreign names no list
        knows); the end, else None."""
        according = i >= 2 and self.keys[i - 1] in _ACCORDING and self.keys[i - 2] == "به"
        inside = not according and self.gaps[i] == JOIN  # within a clause: only before an office
        starts, ends, text = self.toks.starts, self.toks.ends, self.text
        named = False  # a name word among them
        plain = True  # no word of them a body's, an office's, a cue's or a word list's
        unknown = False  # a word of them no lexicon of the language knows
        for e in range(i, min(self.n, i + 3)):
            tags = self.tags[e]
            places = tags.get("place")
            if self.stops[e] or (e > i and self.gaps[e] != JOIN) or any(map(str.isdigit, self.keys[e])) \
                    or not _HARD_QUOTED_BLOCKS.isdisjoint(tags) or (places and not all(p.needs_head for p in places)) \
                    or self.keys[e].endswith(_PLURAL_ENDINGS):
                return None
            plain = plain and _QUOTED_PERSON_BLOCKS.isdisjoint(tags)
            named = named or bool(tags.keys() & {"first", "sur"})
            unknown = unknown or (self.keys[e] not in self.g.tagged and self.keys[e] not in _known_words()[0])
            after = text[ends[e]:starts[e + 1]] if e + 1 < self.n else text[ends[e]:]
            if "«" in after:
                return None
            if "»" in after:
                if e == i:
                    return None
                if inside or not (named and plain):
                    # «نهاد المشنوق» وزیر کشور لبنان, «در جریان کنگره این حزب «مهراج عبدالله اف» رئیس
                    # حزب کمونیست تاجیکستان …»: a name before an office of its own in apposition (with
                    # its body or place); a name no list knows has one word that no lexicon knows
                    if not inside and unknown and plain and self.joined(e + 1) and self.word_kind(e + 1, "cue"):
                        return e + 1  # «زیاد ساسابی» افزود …: a speech verb's subject
                    office = e + 1 < self.n and self.gaps[e + 1] != BREAK and self.title_at(e + 1)
                    return e + 1 if office and office[0] - (e + 1) >= 2 and (unknown or (named and plain)) else None
                if according or (e + 1 < self.n and (
                        self.keys[e + 1] == "که" or self.gaps[e + 1] == COMMA
                        or (self.gaps[e + 1] == JOIN and (self.keys[e + 1] in _AFTER_QUOTED_NAME
                                                          or "title" in self.tags[e + 1]
                                                          or self.word_kind(e + 1, "cue"))))):
                    return e + 1  # (a clause's subject: an office in apposition, the frame of a speech
                    # or its verb: «زیاد ساسابی» افزود …)
                return None
        return None

    def _quote_opens(self, i: int) -> bool:
        """Does a quotation mark open right before token i?"""
        return "«" in self._marks_before(i)

    def _quoted_name_at(self, i: int, e: int) -> tuple[int, int, str, Spans, bool]:
        """The quoted name of tokens i..e as the parse's best reading, its words remembered for
        later mentions."""
        self._add_surname(i, e)
        self._quoted_people.add(tuple(self.keys[i:e]))
        return (e, 1, "PERSON", [(i, e, "PERSON")], False)

    def _quoted_according(self) -> list[int]:
        """Tokens right after «به گفته «», a report's attribution and its comma, or a quotation mark
        within a clause: where `_quoted_person` may start («به گفته «عمرو موسی»، …», «به گزارش فارس،
        «سعد عبود» در …», «در کنگره این حزب «مهراج عبدالله اف» رئیس حزب …»)."""
        out = []
        at = self.text.find("«")
        while at >= 0:
            j = bisect_left(self.toks.starts, at)
            if 2 <= j < self.n and (self.gaps[j] == JOIN or (self.keys[j - 1] in _ACCORDING and self.keys[j - 2] == "به")
                                    or (self.gaps[j] == COMMA and self._after_report(j))):
                out.append(j)
            at = self.text.find("«", at + 1)
        return out

    def _quoted_again(self, spans: Spans) -> Spans:
        """The later unquoted mentions of a quoted person's full name («عمرو موسی در این باره گفت …»)
        where no other span stands."""
        covered = [False] * self.n
        for a, b, label in spans:
            if label != "PERSON" or b - a > 1:  # (a lone surname inside the name gives way to it)
                covered[a:b] = [True] * (b - a)
        out: Spans = []
        for name in self._quoted_people:
            m = len(name)
            for j in range(self.n - m + 1):
                if self.keys[j] == name[0] and tuple(self.keys[j:j + m]) == name \
                        and not any(covered[j:j + m]) and all(self.gaps[k] == JOIN for k in range(j + 1, j + m)):
                    out.append((j, j + m, "PERSON"))
        return out

    def _core_first(self, i: int) -> bool:
        """A common first name, or two written as one word: «محمد», «محمد‌مهدی», «محمدهمایون» (by
        the key alone: kept in its record)."""
        rec = _asked(self.info[i])
        got = rec[_CORE_FIRST_AT]
        if got is None:
            got = rec[_CORE_FIRST_AT] = self._core_first_key(i)
        return got

    def _core_first_key(self, i: int) -> bool:
        if "core_first" in self.tags[i]:
            return True
        parts = self.keys[i].split(" ")
        if len(parts) == 1:
            return "core_first" in _glued_compound_first(parts[0], self.g)  # «محمدهمایون»
        return len(parts) <= 3 and all("core_first" in self.g.table.get(p, _EMPTY) for p in parts)

    def _common_word(self, i: int) -> bool:
        """Is token i a word of the language or its inflection («قرارداد», «مشکلی», «گلایه‌ها»),
        neither a field, a name, a place nor a listed body?"""
        k = self.keys[i]
        return (k in _known_words()[0] or self._inflected_word(k)) and not self.tags[i].keys() & _NAME_WORD_TAGS

    def _inflected_word(self, key: str) -> bool:
        """A word of the language with a possessive or plural suffix: «نظرتان», «دانشمندانی»."""
        known = _known_words()[0]
        if key.endswith("انی") and key[:-1] in known and key[:-3] in known:
            return True  # a plural and «ی»: «دانشمندانی» (not «سلیمانی»: «سلیمان» + «ی»)
        if key.endswith("گانی") and key[:-4] + "ه" in known:
            return True  # the plural of a word in «ه» and «ی»: «نمایندگانی» (نماینده, نمایندگان)
        for suffix in _POSSESSIVES + ("هایی", "ها", "های", " ای", " ی"):
            if key.endswith(suffix) and len(key) - len(suffix) >= 2 and key[:-len(suffix)].rstrip(" ") in known:
                return True
        return False

    def _listed_pair(self, i: int) -> bool:
        """A listed given name and a listed surname, each also a word (`بهمن طالبی`: a month and a
        melon): a name only as a speaker right before a speech frame (`cue_subject`)."""
        return "first" in self.tags[i] and self.joined(i + 1) and "sur" in self.tags[i + 1] \
            and not self.stops[i] and not self.stops[i + 1]

    def _first_and_unknown(self, i: int) -> bool:
        """A listed given name that is also a word, then a word no lexicon knows: «بهمن لازمی» (a
        month and no word; only as a speaker right before a speech frame: `cue_subject`)."""
        k = i + 1
        return "first" in self.tags[i] and not self.stops[i] and self.joined(k) \
            and self.keys[k] not in self.g.tagged and self._cue_name(k)

    def _first_and_word(self, i: int) -> bool:
        """A common first name, then a word of the language as surname: «محمد جوان» (only as a
        speaker before a speech frame: «محمد جوان امروز در گفت‌وگو با …»)."""
        k = i + 1
        if not self._core_first(i) or not self.nameish(i) or not self.joined(k) or self.stops[k] \
                or any(map(str.isdigit, self.keys[k])):
            return False
        if self.tags[k].keys() & {"title", "head", "hon", "country", "world", "venue", "vhead", "comp", "nat"}:
            return False
        org = self.tags[k].get("org")
        if (org is not None and not org.ambiguous) or self.word_kind(k, "place_head", "desk", "reporter", "dept"):
            return False
        places = self.tags[k].get("place")
        if places and any(not p.needs_head for p in places):
            return False
        # (a comparative in «ی» may be a surname: «یوسف بهتری»; not a plural)
        return not self.keys[k].endswith(_PLURAL_ENDINGS[:4]) and not self.word_kind(k, "cue", "light", "direction")

    def _cue_name(self, k: int) -> bool:
        """May token k be a word of a speaker's name before a speech frame (`cue_subject`)? The
        same for every token of one key (cached)."""
        got = _CUE_NAMES.get(self.keys[k])
        if got is None:
            got = self._cue_name_at(k)
            remember(_CUE_NAMES, self.keys[k], got)
        return got

    def _cue_name_at(self, k: int) -> bool:
        if not self.nameish(k) or self.keys[k] in self.g.common:
            return False
        tags = self.tags[k]
        if tags.keys() & {"comp", "world", "venue", "vhead"} or (
                "word" in tags and not self.g.words.get(self.keys[k], _EMPTY_SET) <= _NOTABLE_ONLY):
            return False  # (a public figure's name is a name: «سعدی کریمی امروز در گفت‌وگو …»)
        places = tags.get("place")
        if places and any(not p.ambiguous for p in places):
            return False
        named = bool(tags.keys() & {"sur", "first"})
        if " " in self.keys[k] and not named:
            return False  # «آینده‌ای»: a word with a suffix
        if named:
            return True
        return (self.keys[k] not in self.g.tagged and not self._inflected_word(self.keys[k])) \
            or self._from_first_name(self.keys[k])  # not «نظرتان در مورد …»

    def _from_first_name(self, k: str) -> bool:
        """A surname made from a first name: «محمدی», «رضایی», «حسن‌زاده»; «موسوی», «مصطفوی» (the
        nisba of a name in «ی»: «موسی», «مصطفی»)."""
        table = self.g.table
        for suffix in ("یی", "ی", "زاده", " زاده", "پور", " پور"):
            if k.endswith(suffix) and "core_first" in table.get(k[: -len(suffix)], _EMPTY):
                return True
        return k.endswith("وی") and len(k) >= 5 and "core_first" in table.get(k[:-2] + "ی", _EMPTY)

    def _speech_after(self, e: int) -> bool:
        """Does a speech verb (or its framing) follow at token e?"""
        k = self.keys[e]
        name_end = e
        if self.word_kind(e, "cue"):
            return True
        if k in ("با", "ضمن") and e + 1 < self.n and self.word_kind(e + 1, "cue"):
            return True
        if k in ("درباره", "پیرامون") and e + 1 < self.n and self.joined(e + 1):
            prev = self.keys[e - 1]  # «کمالوندی درباره تهدید … گفت», not «مکاتباتی درباره …»
            return bool(self.tags[e - 1].keys() & {"sur", "first"}) or self._from_first_name(prev) or (
                prev.endswith("وندی") and not self._ezafe_of_word(prev))
        if k in _FRAME_TIMES and e + 1 < self.n and self.joined(e + 1):
            e += 1  # «محمد جوان امروز در گفت‌وگو با …», «… روز شنبه در …»
            if k == "روز" or (self.keys[e] in _WEEKDAYS and e + 1 < self.n and self.joined(e + 1)):
                e += self.keys[e] in _WEEKDAYS
            k = self.keys[e]
            if k != "در" or e + 1 >= self.n:
                return False
        if k == "در" and e + 1 < self.n and (self.keys[e + 1] in _SPEECH_FRAMES or (
                e + 2 < self.n and self.joined(e + 2) and self.keys[e + 1] + " " + self.keys[e + 2] in _SPEECH_FRAMES)
                or (e + 3 < self.n and self.joined(e + 3) and " ".join(self.keys[e + 1:e + 4]) in _SPEECH_FRAMES)):
            if e > name_end or self.keys[e + 1] in _TALK_FRAMES:
                return True  # «… امروز در …», «… در گفت‌وگو با …»: only a person talks so
            sur = self.tags[name_end - 1].get("sur")  # «شهبازی در ادامه …», not «سخنرانی در خصوص …»
            return (sur is not None and not sur.ambiguous) or not self._ezafe_of_word(self.keys[name_end - 1])
        if k in _CUE_ADVERBS and e + 1 < self.n and self.joined(e + 1) and self.word_kind(e + 1, "cue"):
            return True  # «یونسی همچنین گفت»: an adverb between the name and its speech verb
        if k == "که" and (self._ezafe_of_word(self.keys[e - 1]) or self.keys[e - 1] in _known_words()[1]):
            return False  # «کاری که …», «محصولی که …»: a noun with the indefinite «ی» before its relative
            # clause, not «رضایی که …» (a surname from a first name); a verb («… بیاید که …») names no one
        return (k == "که" or k == "نیز") and bool(self.tags[e - 1].keys() & {"sur", "first"})

    def headline_speaker(self, i: int) -> bool:
        """A headline's speaker: one name word opening a line or after «/», then «:» («ملارد/ صائبی: …»)."""
        if self.gaps[i] != BREAK or not self.nameish(i) or self.keys[i] in self.g.tagged:
            return False
        e = self.toks.ends[i]
        if self.text[e:e + 1] != ":":
            return False
        before = self.text[max(0, self.toks.starts[i] - 4):self.toks.starts[i]].rstrip(" ")
        return before == "" or before.endswith(("/", "\n"))

    def lone_surname(self, i: int) -> bool:
        """A known surname standing alone that is no word of the language: «محمدی», «رضایی»;
        or a public figure's name from the entity layer's own list («روحانی», «ترامپ»)."""
        if i > 0 and self.keys[i - 1] in _DETERMINERS and not self._proper_only(i):
            return False  # «یک روحانی», «این مبارک»: a common noun or adjective after a determiner
        if i > 0 and self.gaps[i] == JOIN and self.keys[i - 1] in _VICE:
            return False  # «نایب رییسی فدراسیون»: the office held, no one's name
        if i > 0 and self.gaps[i] == JOIN and self.keys[i - 1] in _DAY_NAMES and not self._proper_only(i):
            return False  # «روز روحانی», «هفته مبارک»: a day named for a class of people or a feast
        if self.word_kind(i, "notable") and (i == 0 or self.gaps[i] != JOIN or self.stops[i - 1]
                                             or self.word_kind(i - 1, "cue") or self._proper_only(i)):
            if self._named_for(i):
                return False  # «دبستان فردوسی», «خیابان سعدی»: a body or a place named for the figure
            nxt = i + 1
            if nxt < self.n and self.keys[nxt] == "که" and self.gaps[nxt] == JOIN and self._ezafe_of_word(self.keys[i]) \
                    and self.keys[i] not in self.surname_keys:
                return False  # «کالا: محصولی که …»: a noun with the indefinite «ی» before its relative clause
            if nxt < self.n and self.gaps[nxt] == JOIN and not self.stops[nxt] and not self._proper_only(i) \
                    and not self.word_kind(nxt, "cue") and self.longest(nxt, "title") is None:
                return False  # «دهه مبارک فجر»: an adjective inside a phrase, not «مبارک» the president
            return nxt >= self.n or self.gaps[nxt] != JOIN or self.stops[nxt] or not self.tags[nxt].keys() & {"sur", "first"}
        if not self.surname_like(i, strict=True) or self._ezafe_of_word(self.keys[i]) or (
                self.keys[i] in self.g.tagged and not self._from_first_name(self.keys[i])):
            return False
        tags = self.tags[i]
        if tags.keys() & {"first", "comp", "world", "venue", "vhead"}:
            return False
        if i > 0 and self.gaps[i] == JOIN and not self.stops[i - 1]:
            return False  # «ابراز خرسندی», «ایستگاه صلواتی»: a word in a phrase, not a name
        places = tags.get("place")
        return not places or all(p.kind not in ("province", "county", "city") for p in places)

    def surname_pair_at(self, i: int) -> int | None:
        """Two known surnames in a row make a name: «واعظی آشتیانی»."""
        if not (self.surname_like(i, strict=True) and self.joined(i + 1) and self.surname_like(i + 1, strict=True)):
            return None
        if self.keys[i] in self.g.common or self.keys[i + 1] in self.g.common or self.first_name(i):
            return None
        if not self._name_ends(i + 2) or (i > 0 and self.gaps[i] == JOIN and not self.stops[i - 1]):
            return None
        return i + 2

    # ------------------------------------------------------------ driver

    def parse(self) -> tuple[Spans, list[tuple[int, int, bool]]]:
        """All spans (top-level and nested) and the top-level TITLE spans with their bare flag."""
        out: Spans = []
        titles: list[tuple[int, int, bool]] = []
        covered = [False] * self.n
        last_end = 0
        last_label = ""
        i = 0
        n = self.n
        tags, stops, keys, prefixes, gaps = self.tags, self.stops, self.keys, self.g.prefixes, self.gaps
        # the tokens that may open an entity (see `_key_info`), and non-stop words after a break;
        # the loop jumps from one to the next, which skips most tokens without a Python step
        starts = list(compress(range(n), map(_INFO_OPENS, self.info)))
        info = self.info
        after_break = [j for j in self._break_positions() if not stops[j] and not info[j][_OPENS_AT]]
        quoted_at = self._quoted_according()
        if quoted_at:
            after_break = sorted(after_break + quoted_at)
        according = frozenset(quoted_at)  # (asked of every token visited: a set)
        if after_break:
            starts = sorted(starts + after_break)  # (two sorted runs, merged by the sort in one pass)
        nxt = 0
        while True:
            nxt = bisect_left(starts, i, nxt)
            if nxt >= len(starts):
                break
            i = starts[nxt]
            # only a gazetteer hit (or the start of a multi-word entry) can open an entity
            if (stops[i] and (keys[i] not in prefixes or not self._org_from_stop(i))) or (
                    not tags[i] and gaps[i] != BREAK and (keys[i] not in prefixes or not self.matches(i))
                    and i not in according):
                i += 1  # a word the gazetteer does not know, nor any entry it opens
                continue
            best: tuple[int, int, str, Spans, bool] | None = None  # (end, prio, label, spans, bare)
            # the kinds of every entry that starts here (one token's tags unless it opens a longer entry)
            kinds = self._kd[i] or self._kinds(i)
            t = None
            if "title" in kinds:
                t = self.title_at(i, plural=self.gaps[i] == JOIN and i > 0 and (
                    (last_end == i and last_label == "PERSON") or ("sur" in self.tags[i - 1] and self.nameish(i - 1))))
            if t is not None:
                best = (t[0], 3, "TITLE", t[1], t[2])
            o = self.org_at(i) if not _ORG_TAGS.isdisjoint(kinds) else None
            if o is not None and (best is None or o[0] > best[0]):
                best = (o[0], 2, "ORG", o[1], False)
            q = self._quoted_org(i) if "head" in tags[i] else None
            if q is not None and (best is None or q > best[0]):  # «گروه مینسک»: the quotes mark the name
                best = (q, 2, "ORG", [(i, q, "ORG")] + self._places_in(i + 1, q), False)
            p = self.person_at(i) if not _PERSON_TAGS.isdisjoint(kinds) else None
            if p is not None and p[0] == i + 1 and gaps[i] == BREAK \
                    and (hon_rec := tags[i].get("hon")) is not None and hon_rec.kind == "lineage":
                cs = self.cue_subject(i + 1, opened=True)
                if cs is not None and cs > p[1]:
                    p = (i, cs)  # «سید راضی نوری امروز در گفت‌وگو …»: a rare given name, then a surname that
                    # is also a word; the speech frame ends the name («سید» kept, as with a common given name)
            if p is not None and p[1] - p[0] >= 2:
                p = self._unquoted(p)
            if p is not None and self._settlement_head_before(p[0]):
                p = None  # «روستای ذاکر کندی»: a name after a settlement's head names the place
            if p is None and keys[i] in self._sur_firsts and i + 1 < n and self.joined(i + 1) \
                    and keys[i] + " " + keys[i + 1] in self.surname_keys:
                p = (i, i + 2)  # «رحمانی فضلی» after «عبدالرضا رحمانی فضلی»
            if p is None and i >= 2 and keys[i - 1] == "نام" and keys[i - 2] in ("به", "با") and "core_first" in tags[i] \
                    and gaps[i] == JOIN and gaps[i - 1] == JOIN:
                p = (i, i + 1)  # «زنی به نام فاطمه»: a first name is the person's name; later «فاطمه» is them
                self.surname_keys.add(keys[i])
            if p is None and "notable" in kinds and keys[i] in prefixes:  # (kinds: every entry's here)
                for m, mtags in self.matches(i):
                    if m > 1 and "notable" in mtags.get("word", ()):
                        p = (i, i + m)  # «بان کی مون»: a public figure's name of several words
                        break
            if p is not None and (best is None or p[1] > best[0]):
                best = (p[1], 1, "PERSON", [(p[0], p[1], "PERSON")], False)
                self._add_surname(p[0], p[1])
            if best is not None and best[2] == "ORG" and self._quote_opens(i) \
                    and (qp := self._quoted_person(i)) is not None and qp >= best[0]:
                best = self._quoted_name_at(i, qp)  # «نهاد المشنوق» وزیر کشور لبنان: a name, not a body
            if best is None:
                sur = "sur" in kinds
                sp = self.surname_pair_at(i) if sur else None
                if sp is not None:
                    best = (sp, 1, "PERSON", [(i, sp, "PERSON")], False)
                    self._add_surname(i, sp)
                elif ((sur or "notable" in kinds) and self.lone_surname(i)) or (gaps[i] == BREAK and self.headline_speaker(i)):
                    a = i - 1 if i - 1 >= last_end and self._foreign_first_before(i) else i
                    best = (i + 1, 1, "PERSON", [(a, i + 1, "PERSON")], False)
                    self._add_surname(i, i + 1)
                elif gaps[i] == BREAK or (gaps[i] == COMMA and self._after_report(i)):
                    cs = self.cue_subject(i)
                    hon = tags[i].get("hon")
                    if cs is None and hon is not None and hon.kind == "lineage" and self.joined(i + 1) \
                            and self._core_first(i + 1):
                        cs = self.cue_subject(i + 1, opened=True)  # «سید حسین اسلامی در گفت‌وگو …»: «سید» kept
                    if cs is not None:
                        best = (cs, 1, "PERSON", [(i, cs, "PERSON")], False)
                        self._add_surname(i, cs)
                if best is None and (gaps[i] != COMMA or self._after_report(i)) and self._quote_opens(i):
                    qp = self._quoted_person(i)
                    if qp is not None:  # «به گفته «عمرو موسی»، …», «"شوکت عزیز" که …»
                        best = self._quoted_name_at(i, qp)
                if best is None and i >= 2 and keys[i - 1] in _ACCORDING and keys[i - 2] == "به" and gaps[i] == JOIN:
                    ac = self._according_name(i)
                    if ac is not None:  # «به گفته شاکری، …»
                        best = (ac, 1, "PERSON", [(i, ac, "PERSON")], False)
                        self._add_surname(i, ac)
            if best is None and keys[i] in _SEAT_HEADS and i + 1 < n and gaps[i + 1] == JOIN and "vhead" not in tags[i + 1]:
                seat = self.org_at(i + 1)  # «کاخ ریاست جمهوری فرانسه»: the seat of a body stands for it
                if seat is not None:
                    best = (seat[0], 2, "ORG", [(i, seat[0], "ORG")] + [sp for sp in seat[1] if sp[2] != "ORG"], False)
            if best is None and not _LOC_TAGS.isdisjoint(kinds) and not (
                    keys[i] in self.surname_keys and ("notable" in kinds or self._surname_over_place(i))) \
                    and not (keys[i] == _REPUBLIC and i > 0 and gaps[i] == JOIN and keys[i - 1] == _PRESIDENCY):
                # (not «ریاست جمهوری تاجیکستان»: the presidency's «جمهوری», then the country alone)
                loc = self.loc_at(i)  # (not «کامرون» after «دیوید کامرون»: the person again)
                if i > last_end and keys[i - 1] in _HEAD_PLACE_KINDS and gaps[i] == JOIN:
                    listed = self._plural_places(i - 1)  # «شهرهای پرند و پردیس»
                    if listed and (loc is None or listed[-1][1] > loc[0]):
                        best, loc = (listed[-1][1], 0, "LOC", listed, False), None
                if loc is not None:
                    club = self._club_before(i, loc[0], last_end)
                    if club is not None:
                        best = (loc[0], 2, "ORG", [(club, loc[0], "ORG")] + loc[1], False)
                    else:
                        best = (loc[0], 0, "LOC", loc[1], False)
            if best is None:
                i += 1
                continue
            end, _, label, spans, bare = best
            if label == "TITLE":
                before = self._name_before(i, last_end)
                if before is None and (self.gaps[i] == COMMA or self._semicolon_at(i)) and not bare:
                    before = self._name_before_comma(i, last_end)
                    if before is None:
                        before = self._two_word_surname_before(i, last_end)
                if before is None and self.gaps[i] != BREAK:
                    before = self._quoted_before(i, last_end)
                if before is not None:
                    out.append((before, i, "PERSON"))
                    self._add_surname(before, i)
                    for k in range(before, i):
                        covered[k] = True
                titles.append((i, end, bare))
                if bare:
                    spans = spans[1:]
                else:
                    spans = spans + (self._org_in_title(i, end, spans) or self._field_office(i, end, spans)) \
                        + self._notable_in(i + 1, end, spans)
            out += spans
            if label == "ORG" and len(spans) > 1:
                for a, b, lab in spans:
                    if lab == "PERSON":  # «دولت ایاد علاوی»: «علاوی» later is the same person
                        self._add_surname(a, b)
            for k in range(i, end):
                covered[k] = True
            i = end
            last_end = end
            last_label = label
            if label == "TITLE":
                t0 = titles[-1][0]  # «این استاد دانشگاه مسیحی …»: a reference back, no name after it
                after = self._name_after(end, bare and not (t0 > 0 and gaps[t0] == JOIN and keys[t0 - 1] in _DETERMINERS))
                if after is not None and keys[end - 1] in _COACHES and not self.tags[end].keys() & _PERSON_TAGS \
                        and not self.word_kind(end, "notable"):
                    after = None  # «سرمربی مونشن گلادباخ»: a coach's team, not his name
                if after is not None:
                    out.append((end, after, "PERSON"))
                    self._add_surname(end, after)
                    for k in range(end, after):
                        covered[k] = True
                    i = last_end = after
        if not _PEOPLE_LIST_INTROS.isdisjoint(keys):
            out += self._introduced_people(covered)
        out += self._list_mates(out, covered)
        if not _VILLAGE_PLURALS.isdisjoint(keys):
            out += self._village_lists(covered)
        if not _MEDIA_PLURALS.isdisjoint(keys):
            out += self._media_lists(covered)
        if _PLACE_WORD in keys:
            out += self._ranked_people(covered)
        if _VOTES in keys:
            out += self._voted_people(covered)
        out += self._owner_names(covered)
        # surname-only mentions: «کریمی» after «جابر کریمی»
        if self.surname_keys:
            gaps, sk = self.gaps, self.surname_keys
            firsts = sk | self._sur_firsts
            # (the positions of the remembered words, found in C; most tokens are none of them)
            for i in compress(range(n), map(firsts.__contains__, keys)):
                if covered[i]:
                    continue
                k = keys[i]
                two = k + " " + keys[i + 1] if i + 1 < n and gaps[i + 1] == JOIN else None
                if two in self.surname_keys:
                    out.append((i, i + 2, "PERSON"))
                    covered[i] = covered[i + 1] = True
                elif k in self.surname_keys and not self.stops[i] and not self._named_for(i) \
                        and not self._word_in_phrase(i):
                    whole = self._quoted_name_with(i, out)
                    if whole is not None:  # «مطر ابراهیم مطر»: the quoted name's first word, no mention of its own
                        out.remove((i + 1, whole, "PERSON"))
                        out.append((i, whole, "PERSON"))
                    else:
                        out.append((i, i + 1, "PERSON"))
                    covered[i] = True
        out += self._lone_firsts(covered)
        out = self._two_part_surnames(out, covered)
        out = self._listed_names(out, covered)
        return out, titles

    def _listed_names(self, spans: Spans, covered: list[bool]) -> Spans:
        """Names in a list of names («…، محمد گلچین، قدرت نصیری، الله قلی محمدی، …»): between two
        persons, each followed by a comma, an item of two to four name words that ends in a surname is
        a person too («قدرت نصیری»: a given name that is a word); a person's item that opens with one
        or two name words more is the person's whole name («الله قلی محمدی», «گل محمد جمشیدی»)."""
        persons = sorted((a, b) for a, b, lab in spans if lab == "PERSON")
        if len(persons) < 3:
            return spans
        gaps, n = self.gaps, self.n

        def item(a: int, b: int) -> bool:
            # tokens a..b-1: name words joined by spaces alone, nothing else read there
            return all(self.nameish(k) and not covered[k] and _LISTED_NAME_BLOCKS.isdisjoint(self.tags[k])
                       and (k == a or (gaps[k] == JOIN and not self._marks_before(k)))
                       for k in range(a, b))

        add: Spans = []
        drop: set[tuple[int, int]] = set()
        for k in range(1, len(persons) - 1):
            (_, b0), (a, b), (a2, _) = persons[k - 1], persons[k], persons[k + 1]
            # three items in a row: the next person right after a comma or «و» (not «کارگردانی
            # حسین مختاری | و با موضوع …», a credit; not «لطیف محله، سوغات محله، برگشت …»)
            nxt = b + 1 if b < n and self.keys[b] == _AND and gaps[b] == JOIN else b
            while nxt < a2 and "hon" in self.tags[nxt]:
                nxt += 1  # («، شهید شعبان راسخ»)
            if not (b0 < n and gaps[b0] == COMMA and b < n and (
                    (gaps[b] == COMMA and (a2 == nxt or (a2 > b + 1 and gaps[a2] == COMMA)))
                    or (self.keys[b] == _AND and (a2 == nxt or (nxt < n and self.nameish(nxt) and (
                        "sur" in self.tags[nxt] or self.surname_shape(nxt))))))):
                continue  # (the list's last item a surname no rule read alone: «… و مشکینی»)
            if b0 < a <= b0 + 2 and gaps[a] == JOIN and item(b0, a) and not self._marks_before(a):
                drop.add((a, b))  # «، الله قلی محمدی،»: the item's first words are the name's too
                add.append((b0, b, "PERSON"))
                covered[b0:a] = [True] * (a - b0)
            if b < n and gaps[b] == COMMA and a2 < n and gaps[a2] == COMMA and 2 <= a2 - b <= 4 and item(b, a2) \
                    and ("sur" in self.tags[a2 - 1] or self.surname_shape(a2 - 1)):
                add.append((b, a2, "PERSON"))  # «، قدرت نصیری،» between two persons
                covered[b:a2] = [True] * (a2 - b)
        if not add:
            return spans
        return [sp for sp in spans if not (sp[2] == "PERSON" and sp[:2] in drop)] + add

    def _quoted_name_with(self, i: int, spans: Spans) -> int | None:
        """The end of a PERSON span that starts right after token i when a quotation mark opens before
        token i and closes after that span: the word is the first of the quoted name («مطر ابراهیم
        مطر» with «ابراهیم مطر» read), else None."""
        starts, ends, text = self.toks.starts, self.toks.ends, self.text
        if not self.joined(i + 1) or "«" not in text[ends[i - 1] if i else 0:starts[i]]:
            return None  # (the mark first: the spans are searched only at a quotation)
        end = next((b for a, b, lab in spans if a == i + 1 and lab == "PERSON"), None)
        if end is None:
            return None
        after = text[ends[end - 1]:starts[end] if end < self.n else ends[end - 1] + 2]
        return end if "»" in after else None

    def _two_part_surnames(self, spans: Spans, covered: list[bool]) -> Spans:
        """A person's name followed, in two mentions or more, by the same word that is a name word
        and no clause word: the second part of a two-part surname («محمد حسن اکبری مطلق امروز …»,
        «اکبری مطلق تنها راه …»). Every mention of the surname so followed grows by the word."""
        ends: dict[str, list[int]] = {}
        for k, (a, b, lab) in enumerate(spans):
            if lab == "PERSON" and b < self.n and self.gaps[b] == JOIN and not covered[b] \
                    and not self._marks_before(b):
                ends.setdefault(self.keys[b - 1] + " " + self.keys[b], []).append(k)
        # (in two sentences, not one sentence written twice: the words after the pair differ)
        # (a person named in full at least once: given names before the surname)
        grown = {k for ks in ends.values() if len(ks) >= 2 and self._second_surname(spans[ks[0]][1])
                 and len({self.keys[spans[x][1] + 1] if spans[x][1] + 1 < self.n else "" for x in ks}) >= 2
                 and any(spans[x][1] - spans[x][0] >= 2 for x in ks)
                 and all(not self._light(spans[x][1] + 1) for x in ks if spans[x][1] + 1 < self.n)
                 for k in ks}
        if not grown:
            return spans
        for k in grown:
            covered[spans[k][1]] = True
        return [(a, b + 1, lab) if k in grown else (a, b, lab) for k, (a, b, lab) in enumerate(spans)]

    def _second_surname(self, i: int) -> bool:
        """May token i be the second word of a surname: a name word, no verb, time word, function word,
        cue or office word, and not itself a given name («… اکبری مطلق», not «… اکبری امروز», «… اکبری گفت»)?"""
        k = self.keys[i]
        if not self.nameish(i) or k in _TIME_WORDS or k in _FRAME_TIMES or k in _WEEKDAYS or self.first_name(i) \
                or self.word_kind(i, "cue", "light") or k in self.g.verbs or self._light(i) or _clause_word(k):
            return False
        pos = self.g.tagged.get(k, "").split(",")
        if ("N" in pos and "AJ" not in pos) or _comparative(k):
            return False  # a noun opens the clause's object or predicate: «خامنه‌ای خواستار …»
        places = self.tags[i].get("place")
        if places and not _word_towns_only(places):
            return False  # (a town whose name is a word or a surname too may be one: «حسینی محمدی»)
        return not self.tags[i].keys() & {"world", "venue", "vhead", "title", "head", "org", "hon"}

    def _notable_in(self, a: int, b: int, spans: Spans) -> Spans:
        """A public figure's name inside an office's words is a PERSON too: «نماینده ویژه بان کی مون»."""
        out: Spans = []
        k = a
        openers = _word_keys(self.g, "notable")
        while k < b:
            key = self.keys[k]
            if key not in openers:
                k += 1  # (most words open no public figure's name: one test in C)
                continue
            for m, mtags in self.matches(k):
                if k + m <= b and "notable" in mtags.get("word", ()) and not self.word_kind(k, "common_noun") \
                        and (m > 1 or k + m == b) and "head" not in self.tags[k - 1] \
                        and not any(x[0] <= k and k + m <= x[1] and x[2] in ("PERSON", "ORG") for x in spans):
                    # (not «دانشگاه خوارزمی», «بنیاد سینمایی فارابی»: a body named for the figure)
                    out.append((k, k + m, "PERSON"))
                    k += m - 1
                    break
            k += 1
        return out

    @staticmethod
    def _foreign_word(key: str) -> bool:
        """A word of one piece that no lexicon of the language holds, nor a known word with a suffix
        (`باوفای`, `باوفایشان`, `ستم‌دیدگان`): a foreign name («هینن»)."""
        known = _known_words()[0]
        return " " not in key and key not in known and not any(
            key.endswith(end) and len(key) - len(end) >= 2 and key[:-len(end)] in known for end in _WORD_SUFFIXES)

    def _owner_names(self, covered: list[bool]) -> Spans:
        """A name after a noun that only a person owns: a coach's players («شاگردان قلعه‌نویی»,
        «یاران شمسایی»), a coaching («تحت سرمربیگری شوبرت»), a person's words («سخنان
        احمدی‌نژاد», «صحبت‌های شمسایی»). A full name, a listed surname, a word shaped like one that
        the language does not have, or after a coach's noun a word of no lexicon («شاگردان هینن»); then
        the name must end."""
        keys, out = self.keys, []
        if _OWNED_NOUNS.isdisjoint(self._keys_present()):
            return out
        for k in compress(range(self.n - 1), map(_OWNED_NOUNS.__contains__, keys)):
            i = k + 1
            if covered[i] or self.gaps[i] != JOIN:
                continue
            p = self.person_at(i) if self.tags[i].keys() & _PERSON_TAGS else None
            if p is not None and p[0] == i and p[1] - i >= 2 and not any(covered[p[0]:p[1]]):
                e = p[1]
            elif self.surname_like(i, strict=True) or self.word_kind(i, "notable") or (
                    not self.tags[i] and keys[i] not in self.g.tagged and (self.surname_shape(i) or (
                        keys[k] in _COACHED and self._foreign_word(keys[i]) and self._plain_name(i)))):
                e = i + 1  # (or a word of no lexicon: a foreign coach, «شاگردان هینن»)
            else:
                continue
            if not self._name_ends(e):
                continue
            out.append((i, e, "PERSON"))
            self._add_surname(i, e)
            for x in range(i, e):
                covered[x] = True
        return out

    def _lone_firsts(self, covered: list[bool]) -> Spans:
        """A first name standing alone as a person's name, said twice or more in the text: «نسرین
        بازداشت شد و ماموران در منزل نسرین …» (a story's people named by their first name). One
        mention alone is no evidence; nor a name after an honorific («امام حسین», «یا زهرا») or
        inside a phrase («سوره یوسف»), or with «(ع)» after it."""
        keys, gaps, stops = self.keys, self.gaps, self.stops
        found: dict[str, list[int]] = {}
        present = _core_firsts(self.g).intersection(self._keys_present())
        if not present:
            return []
        # the positions of the common first names (found in C), and the names said twice or more
        at = list(compress(range(self.n), map(present.__contains__, keys)))
        said: dict[str, int] = {}
        for i in at:
            said[keys[i]] = said.get(keys[i], 0) + 1
        named = {k for k, times in said.items() if times >= 2}
        if not named:
            return []  # (a name said once is no evidence: most texts stop here)
        for i in at:
            if keys[i] in named and not covered[i] and self._lone_first(i):
                found.setdefault(keys[i], []).append(i)
        # one mention at least must stand free (a clause's subject, after a preposition or «و»)
        return [(i, i + 1, "PERSON") for places in found.values() if len(places) >= 2
                and any(i == 0 or gaps[i] != JOIN or stops[i - 1] for i in places) for i in places]

    def _lone_first(self, i: int) -> bool:
        t = self.tags[i]
        rec = t["first"]
        if rec.ambiguous or self.stops[i] or t.keys() & _NOT_LONE_FIRST:
            return False
        gaps, keys = self.gaps, self.keys
        if "AJ" in self.g.tagged.get(keys[i], "").split(","):
            return False  # «حسن نیت», «عید سعید»: a name that is an adjective too
        if i > 0:
            prev = keys[i - 1]
            if prev in _INVOCATIONS or prev in _HOLY_HONORIFICS or prev in _NAMED_NOUNS:
                return False
            if gaps[i] == JOIN and not self.stops[i - 1] and prev not in self.g.tagged:
                return False  # «عمرو موسی»: a foreign first name before it, the name's last word
            if gaps[i] == JOIN and (self.tags[i - 1].keys() & _NAMING_TAGS or self.word_kind(i - 1, "place_head", "direction")):
                return False  # «مدرسه فاطمه», «خیابان …», «شمال دیانا»: a body, a place or a saint
            if any(d in self.text[self.toks.ends[i - 1]:self.toks.starts[i]] for d in "-ـ_–"):
                return False  # «جاده مرگه - دیانا»: a road's end, a place
        e = i + 1
        if e < self.n and gaps[e] == JOIN and not self.stops[e] and (
                self.tags[e].keys() & {"first", "sur"} or self.keys[e] not in self.g.tagged):
            return False  # a name word after it: a surname the lexicons may not know
        after = self.text[self.toks.ends[i]:self.toks.ends[i] + 4].replace(" ", "")
        if gaps[i] == COMMA and after.startswith(("،", ",")):
            return False  # «شباهنگ، رضا، حسابداری مدیریت»: a book list's «surname, first name»
        return not after.startswith(_BLESSINGS)

    def _word_in_phrase(self, i: int) -> bool:
        """Is a remembered surname that is a frequent word («پهلوی», «جان», «علی») at token i the
        complement of a word of the language that is no name: «ربع پهلوی», «پدر جان», «سوره
        ابراهیم»? (Not after a name word: «فضل‌الله نوری», «ماهاتیر محمد».)"""
        if i == 0 or self.gaps[i] != JOIN or self.stops[i - 1] or self.keys[i] not in self.g.common:
            return False
        return self.keys[i - 1] in self.g.tagged and not self.tags[i - 1].keys() & {"first", "sur", "core_first"}

    def _named_for(self, i: int) -> bool:
        """Is the surname at token i the name of a body or venue named for the person: «باشگاه شکوهی»,
        «تیم شکوهی», «خیابان مطهری» (a head right before it)?"""
        if i == 0 or self.gaps[i] != JOIN:
            return False
        prev = self.tags[i - 1]
        head = prev.get("head")
        return (head is not None and head.kind in _NAMED_FOR_KINDS and not self.first_name(i - 1)) or "vhead" in prev

    def _introduced_people(self, covered: list[bool]) -> Spans:
        """The names listed after a plural of people and «مثل», «همچون», «چون», «مانند», «نظیر»:
        «کاراته‌کاهایی مثل امیر میرزایی، آباذری، مسکینی، کریمی، نفراتی هستند», «بازیکنانی همچون ناظری،
        سخاوی، چوگان …». Two items or more, separated by commas or «و», each one or two name words."""
        found: Spans = []
        for t in compress(range(1, self.n - 1), map(_PEOPLE_LIST_INTROS.__contains__, self.keys[1:-1])):
            if self.gaps[t] != JOIN or not self.joined(t + 1) or not self._people_plural(t - 1):
                continue
            items: list[tuple[int, int]] = []
            a = t + 1
            while a < self.n and len(items) < 20:
                b = a
                while b < self.n and b - a < 2 and (b == a or self.gaps[b] == JOIN) and self.keys[b] != _AND \
                        and self._list_name_word(b):
                    b += 1
                if b == a:
                    break
                items.append((a, b))
                if b < self.n and self.gaps[b] == COMMA:
                    a = b
                elif b + 1 < self.n and self.keys[b] == _AND and self.gaps[b] == JOIN and self.joined(b + 1):
                    a = b + 1
                else:
                    if b < self.n and self.gaps[b] == JOIN and not self.stops[b]:
                        items.pop()  # the last item runs on into a phrase: not a name of the list
                    break
            strong = sum(1 for a, b in items if all(covered[a:b]) or any(self._strong_name_word(k) for k in range(a, b)))
            if len(items) < 2 or strong < max(2, (len(items) + 1) // 2):
                continue  # «بازیکنانی مثل مصدوم، محروم و یا سرباز»: kinds of players, no names
            for a, b in items:
                if not any(covered[a:b]):
                    covered[a:b] = [True] * (b - a)
                    found.append((a, b, "PERSON"))
                    self._add_surname(a, b)
        return found

    def _village_lists(self, covered: list[bool]) -> Spans:
        """The places a plural head of villages or countries lists: «روستاهای کبکیان، سروک و مختار»,
        «مناطق پریکدان، سرآسیاب و گناوه», «کشورهای ترکیه، … چین، عمان، مالزی» (a country's name that is
        also a word). Each item is a place of the gazetteer, one or two words no lexicon knows
        (`_unknown_name`) or a rarely counted word, the items parted by commas and a last «و»; two
        items at least, one a gazetteer place or an unknown word (an adjective or a common word ends
        the list: «روستاهای محروم و کم‌برخوردار»)."""
        out: Spans = []
        keys, n = self.keys, self.n
        for h in compress(range(n - 1), map(_VILLAGE_PLURALS.__contains__, keys)):
            if not self.joined(h + 1):
                continue
            items: list[tuple[int, int]] = []
            sure = read = 0  # items of the gazetteer or unknown to every lexicon; items read already
            j = h + 1
            while True:
                e = self._place_name(j, head=True)
                if covered[j]:  # an item read already (a place): the list goes on after it
                    if e is None:
                        break
                    sure += 1
                    read += 1
                else:
                    if e is None:
                        e = self._unknown_name(j)
                    if e is not None:
                        sure += 1
                    elif self._rare_list_word(j, last=j > h + 1 and keys[j - 1] == _AND):
                        e = j + 1
                    else:
                        break
                    items.append((j, e))
                j = self._list_next(e)
                if j is None:
                    break
            if items and len(items) + read >= 2 and sure:
                for a, b in items:
                    out.append((a, b, "LOC"))
                    covered[a:b] = [True] * (b - a)
        return out

    def _list_next(self, e: int) -> int | None:
        """The next item of a list after the item that ends at token e: after a comma, or after a
        «و» joined on both sides; None where the list ends."""
        if e < self.n and self.gaps[e] == COMMA:
            return e
        if e + 1 < self.n and self.keys[e] == _AND and self.gaps[e] == JOIN and self.joined(e + 1):
            return e + 1
        return None

    def _media_lists(self, covered: list[bool]) -> Spans:
        """The papers a plural head of the press lists: «روزنامه‌های کیهان، اطلاعات، همشهری، ابرار و
        جوان» (each a medium of the gazetteer, a one-word name that is a common word too, which alone
        needs a press context); the items parted by commas and a last «و», two at least."""
        out: Spans = []
        keys, n = self.keys, self.n
        for h in compress(range(n - 1), map(_MEDIA_PLURALS.__contains__, keys)):
            items: list[tuple[int, int]] = []
            j = h + 1
            while self.joined(j) or (items and j < n):
                known = self.longest(j, "org")
                if known is None or known[1].kind not in _MEDIA_KINDS:
                    break
                e = j + known[0]
                items.append((j, e))
                j = self._list_next(e)
                if j is None:
                    break
            if len(items) >= 2:
                for a, b in items:
                    if not any(covered[a:b]):
                        out.append((a, b, "ORG"))
                        covered[a:b] = [True] * (b - a)
        return out

    def _rare_list_word(self, j: int, last: bool) -> bool:
        """A word of a list of places that a lexicon knows but rarely counts (`_LIST_WORD_FREQ`: «کبکیان»
        read as «کبک» + «یان»), one word between the list's marks (`last`: the item after «و», which
        the sentence goes on after); no adjective in «ی» («مرزی»), no plural, no verb."""
        k = self.keys[j]
        known, verbs, freq = _known_words()
        place = "place" in self.tags[j]
        if not self.tags[j].keys() <= _LIST_NAME_TAGS or self.stops[j] or len(k) < 3 or any(map(str.isdigit, k)) \
                or (k[-1] == "ی" and not place) or k.endswith(_PLURAL_ENDINGS) or k in verbs or k in self.g.verbs \
                or (freq.get(k, 0) >= _LIST_WORD_FREQ and not place):
            return False
        if " " in k and (k.count(" ") > 1 or k.replace(" ", "") in known or k.replace(" ", "\u200c") in known):
            return False  # a compound written with ZWNJ that no lexicon knows («گل‌آباد», «نوجه‌مهر») only
        e = j + 1
        return last or e >= self.n or self.gaps[e] != JOIN or (self.keys[e] == _AND and self.joined(e + 1))

    def _people_plural(self, k: int) -> bool:
        """A plural (or its indefinite) of a noun of people before a list: «بازیکنانی», «کاراته‌کاهایی»,
        «چهره‌هایی», «افرادی» (not «کشورهایی», a plural of things: the list's words must be names)."""
        key = self.keys[k].replace(" ", "")
        for ending in ("هایی", "ها", "گانی", "گان", "یانی", "یان", "انی", "ان"):
            if key.endswith(ending):
                stem = key[: -len(ending)]
                if stem in _PEOPLE_NOUNS or (ending.startswith("گ") and stem + "ه" in _PEOPLE_NOUNS):
                    return True
        return False

    def _strong_name_word(self, b: int) -> bool:
        """A given name, a listed surname, a surname's shape or a word no lexicon knows."""
        return bool(self.tags[b].keys() & {"first", "core_first", "sur"}) or self.surname_shape(b) \
            or self._unknown_name(b) is not None

    def _list_name_word(self, b: int) -> bool:
        """A word of a listed person's name: a given name, a surname, or a word no lexicon knows."""
        tags = self.tags[b]
        if self.stops[b] or tags.keys() & {"place", "country", "world", "org", "comp", "head", "vhead", "nat"}:
            return False
        if tags.keys() & {"first", "core_first", "sur"}:
            return True  # (a given name that is also a rank: «امیر میرزایی»)
        return "title" not in tags and self.nameish(b) and " " not in self.keys[b]  # («چوگان», «عیدی»: the list makes them names)

    def _list_mates(self, spans: Spans, covered: list[bool]) -> Spans:
        """Names listed with a person's name are persons too: «با من، ذوالقدر و پولادگر», «حضور
        خلعتبری و شریفی», «ترکیب سعید معروف، میلاد عبادی، …». A list slot (between «،» or «و»
        and the next «،», «و» or a stop word) holds a surname-shaped word, a listed surname or a
        word no lexicon knows, or a common first name and one more word."""
        people = sorted((a, b) for a, b, lab in spans if lab == "PERSON")
        if not people:
            return []
        found: Spans = []
        todo = list(people)
        while todo and len(found) < 50:
            a, b = todo.pop()
            for side in (-1, 1):
                slot = self._list_slot(a, b, side)
                if slot is None or any(covered[k] for k in range(slot[0], slot[1])):
                    continue
                if (b - a == 1 and not self.word_kind(a, "notable")) or (
                        _known_words()[2].get(self.keys[a], 0) > _WORD_FIRST_FREQ and not self._core_first(a)):
                    continue  # «فرهنگ حسینی و عاشورایی»: a lone surname may be an adjective; it vouches for no one
                for k in range(slot[0], slot[1]):
                    covered[k] = True
                found.append((slot[0], slot[1], "PERSON"))
                self._add_surname(slot[0], slot[1])
                todo.append(slot)
        return found

    def _ranked_people(self, covered: list[bool]) -> Spans:
        """The names of a results list: «… سال  الما برزگر مقام اول   رامیلا عباسی مقام دوم …». In a
        text that gives two places at least («مقام اول», «مقام دوم»), the two or three words before
        each place, after a break, a run of spaces or the age group's word, are a person's name when
        they open with a given name (one that is also a word too: «صبا مهراد», «هما دهقانی») and hold
        no place, body, office or stop word (not «شهرستان تفرش مقام اول»)."""
        keys, gaps, n = self.keys, self.gaps, self.n
        ranks = [k for k in compress(range(n - 1), map(_PLACE_WORD.__eq__, keys))
                 if keys[k + 1] in _RANKS and gaps[k + 1] == JOIN]
        if len(ranks) < 2:
            return []
        found: Spans = []
        for k in ranks:
            for size in (2, 3):
                a = k - size
                if a < 0 or any(covered[x] for x in range(a, k)) or not all(self.joined(x) for x in range(a + 1, k + 1)):
                    continue
                if not self._rank_boundary(a):
                    continue
                opens = "first" in self.tags[a] or (  # (or an unknown word before a surname: «رامیلا عباسی»)
                    not self.tags[a] and self.keys[a] not in self.g.tagged and self.nameish(a)
                    and (self.surname_like(a + 1, strict=True) or self._listed_surname(a + 1)))
                if opens and not self.stops[a] and all(self._list_name_word(x) or (
                        not self.tags[x] and self.nameish(x) and self.keys[x] not in self.g.tagged) for x in range(a + 1, k)):
                    found.append((a, k, "PERSON"))  # (a surname with its parts apart: «بهار نیک‌اخلاق»)
                    for x in range(a, k):
                        covered[x] = True
                    if self.keys[k - 1] not in self.g.tagged:  # (not «کار» of «نجمه نیکو کار» found alone later)
                        self._add_surname(a, k)
                    break
        return found

    def _voted_people(self, covered: list[bool]) -> Spans:
        """The candidates of a vote's count: «(نجفی با ۲۱ رای، مرعشی با ۲۰ رای، … افشانی ۱۴ رای و …)»,
        «کروبی ۱۲۹ رای و رضایی ۶۵۵ رای». The word before «(با) N رای» is a surname when it opens a
        list's slot (after a break, a comma or «و») and is a listed surname or a word no lexicon
        knows; a given name before it joins it («مهدی کروبی با ۳۴۱ رای»)."""
        keys, gaps = self.keys, self.gaps
        found: Spans = []
        for k in compress(range(self.n), map(_VOTES.__eq__, keys)):
            j = k - 1  # the count
            if j < 1 or not keys[j].isdigit() or gaps[j] != JOIN:
                continue
            if keys[j - 1] == "با" and gaps[j - 1] == JOIN:
                j -= 1
            b = j  # the name ends here
            a = b - 1
            if a < 0 or covered[a] or self.stops[a] or gaps[b] != JOIN:
                continue
            if not ("sur" in self.tags[a] or (not self.tags[a] and self.keys[a] not in self.g.tagged
                                              and self.keys[a] not in _known_words()[0] and self.nameish(a))):
                continue
            if a > 0 and gaps[a] == JOIN and self.first_name(a - 1) and not covered[a - 1]:
                a -= 1
            if not (a == 0 or gaps[a] != JOIN or keys[a - 1] == _AND):
                continue  # (not the end of a phrase: «قطعنامه را با ۱۵ رای»)
            found.append((a, b, "PERSON"))
            covered[a:b] = [True] * (b - a)
            self._add_surname(a, b)
        return found

    def _rank_boundary(self, a: int) -> bool:
        """Does a results list's slot open at token a: after a break, two spaces or more, a number,
        an age group's word or a place won just before («… مقام اول  رامیلا …»)?"""
        if a == 0 or self.gaps[a] != JOIN:
            return True
        prev = self.keys[a - 1]
        if prev in _RANKS or prev in _AGE_WORDS or any(map(str.isdigit, prev)):
            return True
        return self.toks.starts[a] - self.toks.ends[a - 1] >= 2

    def _list_sep(self, k: int) -> bool:
        """Is there a list separator before token k: a comma gap, or «و» at k - 1?"""
        return 0 < k < self.n and (self.gaps[k] == COMMA or (self.keys[k - 1] == _AND and self.gaps[k] == JOIN
                                                              and self.gaps[k - 1] == JOIN))

    def _sep_after(self, b: int) -> bool:
        """Does a list separator (a comma or «و») follow the name ending at token b?"""
        return b < self.n and (self.gaps[b] == COMMA or (self.keys[b] == _AND and self.gaps[b] == JOIN))

    def _from_place(self, b: int) -> int:
        """The end of «از» and a place right after a listed name at token b («… ثنا صمدی از کردستان،
        …»: each name of a list of athletes or candidates with their town), else b."""
        if b + 1 >= self.n or self.keys[b] != "از" or self.gaps[b] != JOIN or self.gaps[b + 1] != JOIN:
            return b
        loc = self.loc_at(b + 1)
        return loc[0] if loc is not None and loc[0] - b <= 4 else b

    def _place_before(self, a: int) -> int:
        """The start of «از» and a place that ends at token a (the slot before it ends there), else a."""
        for k in range(a - 2, max(0, a - 5) - 1, -1):
            if self.keys[k] == "از" and self.gaps[k] == JOIN and self._from_place(k) == a:
                return k
        return a

    def _list_slot(self, a: int, b: int, side: int) -> tuple[int, int] | None:
        """The list slot beside the name at tokens a..b (side -1: before it, 1: after it); a name's
        town («از تبریز») may stand between the name and the separator."""
        if side > 0:
            b = self._from_place(b)
        if side < 0 and self.gaps[a] == COMMA:
            a0 = a
            e = self._place_before(a)
            if e != a:  # «رحمان دادمان از تبریز، [name] …»: the slot before ends at «از»
                st = e - 2
                if st >= 0 and self.joined(st + 1) and (st == 0 or self.gaps[st] != JOIN or self.stops[st - 1]
                                                        or "core_first" in self.tags[st]) and self._slot_name(st, e):
                    return st, e
                return None
            a = a0
        if side < 0:
            if not self._list_sep(a) or (self.gaps[a] == COMMA and not self._sep_after(b)):
                return None  # a comma alone («به گزارش کیودونیوز، توماس باخ …») makes no list
            end = a - 1 if self.gaps[a] == JOIN else a
            for n in (1, 2):
                st = end - n
                if st < 0 or (n == 2 and not self.joined(st + 1)):
                    return None
                if st == 0 or self.gaps[st] != JOIN or self.stops[st - 1] or self.keys[st - 1] == _AND or (
                        n == 2 and "core_first" in self.tags[st]):  # «با ترکیب سعید معروف، …»
                    return (st, end) if self._slot_name(st, end) else None
            return None
        if not self._list_sep(b + 1 if b < self.n and self.keys[b] == _AND else b):
            return None
        if b < self.n and self.gaps[b] == COMMA and not self._list_sep(a):
            return None
        st = b + 1 if self.keys[b] == _AND and self.gaps[b] == JOIN else b
        if st < self.n and any(q in self.text[self.toks.ends[st - 1]:self.toks.starts[st]] for q in _QUOTE_MARKS):
            return None  # «… از کرج و «آناق» به کارگردانی …»: a work's title in quotes, not a name
        for n in (1, 2):
            end = st + n
            if end > self.n or (n == 2 and not self.joined(st + 1)):
                return None
            if end == self.n or self.gaps[end] != JOIN or self.stops[end] or self.keys[end] == _AND:
                return (st, end) if self._slot_name(st, end) else None
        return None

    def _slot_name(self, a: int, b: int) -> bool:
        """Can tokens a..b, a slot of a list of persons, be a person's name?"""
        if b - a == 2:
            return self._first_and_word(a) or self._listed_first(a) or self._split_surname(a)  # «سعید معروف»
        k = a
        if self._split_surname(k, glued=True):
            return True  # «فرزام‌نیا»
        if self.stops[k] or not self.nameish(k) or self.tags[k].keys() & {
                "place", "country", "world", "org", "comp", "venue", "vhead", "title", "head"}:
            return False
        key = self.keys[k]
        known = _known_words()[0]
        if not self.tags[k].keys() & {"sur", "first"} and (" " in key or self._inflected_word(key)):
            return False  # «همسرش», «جریمه‌ای», «دانشمندانی»
        if key.endswith("گی") and key[:-2] + "ه" in known:
            return False  # «شیفتگی»: an abstract noun
        if key[0] in "نبم" and (key[1:] in known or key[1:] in self.g.verbs or key[1:] in _known_words()[1]):
            return False  # «نشد»: a verb, not a name
        return (self.surname_like(k, strict=True) or self.surname_shape(k) or self._listed_surname(k)
                or self._unknown_name(k) == k + 1)

    def _split_surname(self, a: int, glued: bool = False) -> bool:
        """A surname and its bound suffix written apart («ملک زاده») or after a ZWNJ (`glued`: «فرزام‌نیا»),
        its first part a plain word (no place, body or office), as a slot of a list of persons."""
        if glued:
            first, _, tail = self.keys[a].partition(" ")
            if not tail or " " in tail or self.tags[a]:
                return False
        else:
            if a + 1 >= self.n or not self.joined(a + 1):
                return False
            first, tail = self.keys[a], self.keys[a + 1]
            if self.tags[a].keys() - {"first", "sur", "word"}:
                return False
        return tail in _SURNAME_TAILS and len(first) >= 2 and not self.stops[a] and self.nameish(a) \
            and first not in self.g.verbs and not any(map(str.isdigit, first))

    def _listed_first(self, a: int) -> bool:
        """A listed first name that is also a word («رحمان», «خسرو»), then a listed surname or a word
        no lexicon knows, as a slot of a list of persons: «…، رحمان دادمان از تبریز، …»."""
        if "first" not in self.tags[a] or not self.nameish(a) or self.tags[a].keys() & {
                "place", "country", "world", "comp", "venue", "vhead"}:
            return False
        k = a + 1
        return self.surname_like(k, strict=True) or self.surname_shape(k) or self._listed_surname(k) \
            or self._unknown_name(k) == k + 1 or self._plain_surname_word(k)

    def _plain_surname_word(self, k: int) -> bool:
        """A word of the language as a surname after a listed first name in a list of persons
        («…، وحید جدی، علی پرهیزکار، …», «فرزین شاهباز»): a bare word (no place, body, office, verb,
        plural or possessive; a first name may be a surname), not a stop word or a number."""
        if k >= self.n or self.stops[k] or not self.nameish(k) or self.tags[k].keys() - {"first", "sur"}:
            return False
        key = self.keys[k]
        return not (" " in key or any(map(str.isdigit, key)) or key.endswith(_PLURAL_ENDINGS)
                    or self._inflected_word(key) or key in self.g.verbs or key in _known_words()[1]
                    or self.word_kind(k, "cue", "light", "direction"))

    def _org_in_title(self, i: int, end: int, spans: Spans) -> Spans:
        """The body inside an office written as one lexicon entry: «عضو شورای شهر» + «تهران» holds
        the ORG «شورای شهر تهران»."""
        t = self.longest(i, "title")
        if t is None or t[0] < 2:
            return []
        for k in range(i + 1, min(i + t[0], end)):
            if "head" in self.tags[k] or "org" in self.tags[k]:
                if any(lab == "ORG" and a <= k for a, _, lab in spans):
                    break  # (the body is there already; one that starts later is inside it: «رئیس سازمان |
                    # بسیج مستضعفین کشور» holds both)
                o = self.org_at(k)
                if o is not None and o[0] == end:
                    return [sp for sp in o[1] if sp not in spans]
                break
        return []

    def _field_office(self, i: int, end: int, spans: Spans) -> Spans:
        """A field and a place after an office name the field's provincial office: «مدیرکل محیط زیست
        استان البرز» holds the ORG «محیط زیست استان البرز» (a field that an «اداره کل» completes,
        not a deputy's field: «معاون سیاسی استاندار»)."""
        if any(lab in ("ORG", "TITLE") for _, _, lab in spans[1:]):
            return []
        t = self.longest(i, "title")
        if t is None:
            return []
        a = i + t[0]
        places = [sp[0] for sp in spans if sp[2] == "LOC" and sp[1] == end]
        if a >= end or not places or " ".join(self.keys[i:a]) in _PEOPLE_TITLE:
            return []
        c = self.longest(a, "comp")
        if c is None or a + c[0] != min(places) or not _OFFICE_HEADS.intersection(c[1].heads):
            return []
        return [(a, end, "ORG")]

    def _surname_over_place(self, i: int) -> bool:
        """Token i, a surname this text gave a person («علی چگنی»), is that person again, not the
        town of that name, when it opens a clause or follows a stop word other than a preposition of
        place: «چگنی ضمن اعلام …» (not «به چگنی رفت»)."""
        tags = self.tags[i]
        if tags.keys() & {"country", "world", "venue", "vhead", "nat"} \
                or any(p.kind == "province" for p in tags.get("place") or ()):
            return False  # a country or a province keeps its name
        if self.joined(i + 1) and (loc := self.loc_at(i)) is not None and loc[0] > i + 1:
            return False  # a longer place's name
        return i == 0 or self.gaps[i] != JOIN or (self.stops[i - 1] and self.keys[i - 1] not in _PREPOSITIONS)

    def _add_surname(self, a: int, b: int) -> None:
        """Remember a person's surname (last word, or last two of a longer name) for later mentions."""
        if self.keys[a] in _HOLY_HONORIFICS:
            return  # «حضرت علی», «امام صادق»: given names and epithets, no surname to find alone
        if b - a >= 2 and "AJ" in self.g.tagged.get(self.keys[b - 1], "").split(",") \
                and "sur" not in self.tags[b - 1] and "word" not in self.tags[b - 1] \
                and "notable" in self.g.words.get(" ".join(self.keys[b - 2:b]), _EMPTY_SET):
            self.surname_keys.add(" ".join(self.keys[b - 2:b]))  # «حداد عادل»: never «عادل» (an adjective) alone
            self._sur_firsts.add(self.keys[b - 2])
            return
        if self.keys[b - 1] in _SURNAME_TAILS and b - a >= 2:
            self.surname_keys.add(" ".join(self.keys[b - 2:b]))  # «عبدالعلی زاده»: never «زاده» alone
            self._sur_firsts.add(self.keys[b - 2])
            return
        if b - a >= 2 or self.surname_like(a, strict=True):
            self.surname_keys.add(self.keys[b - 1])
        if b - a >= 3 and not (b - 2 == a and self.first_name(a)):
            self.surname_keys.add(" ".join(self.keys[b - 2:b]))
            self._sur_firsts.add(self.keys[b - 2])
            if self._nisba(b - 1) and self.surname_like(b - 2, strict=True):
                self.surname_keys.add(self.keys[b - 2])  # «باغستانی» after «محمدعلی باغستانی میبدی»

    def _plain_name(self, k: int) -> bool:
        """A name word of an unknown name (not a common word): «شهامت», «کانگ»."""
        key = self.keys[k]
        return self.nameish(k) and (key not in self.g.tagged or "first" in self.tags[k]
                                    or "sur" in self.tags[k]) and "place" not in self.tags[k] \
            and not self._plural_noun(k) and not (" " in key and key.replace(" ", "\u200c") in _known_words()[1]) \
            and not (key.endswith(_PERFECT_PERSONS) and key[:key.rindex(" ")].endswith("ه")) \
            and not _clause_word(key)

    def _name_before(self, i: int, floor: int) -> int | None:
        """«…، شهامت هدایت مدیرکل …»: two or three name words right before an office."""
        if self._preposition_surname(i, floor):
            return i - 2  # «…، ابراهیم پیرامون مدیرعامل شرکت …»
        k = i
        while k - 1 >= floor and i - k < _MAX_NAME and self.joined(k) and self.nameish(k - 1):
            k -= 1
        # in a list of guests («…، شهامت هدایت مدیرکل …، امید قیامی مدیرکل …») the slot is a name
        # even when its words are also words of the language (opening the text, with a name's word
        # among them: not the headline «تدبیر هوشمندانه رئیس‌جمهور …»)
        listed = 2 <= i - k <= 3 and ((k == 0 and any(self.first_name(x) or "sur" in self.tags[x] for x in range(k, i)))
                                      or self.gaps[k] == COMMA or (
            self.keys[k - 1] == _AND and (k - 1 == floor or not self._clause_and(k - 1)))) \
            and not any(self.tags[x].keys() & {"place", "country", "world", "org", "comp"}
                        or self.keys[x].endswith(_HA_PLURALS) for x in range(k, i)) \
            and (k - 1 <= floor or any(self.tags[x].keys() & {"first", "sur"} or self.keys[x] not in self.g.tagged
                                        for x in range(k, i)))
        if listed:
            return k  # (right after the entity before, or a name's word among them: not «… و درایت
            # حکیمانه | مقام معظم رهبری», «نامگذاری سال، تدبیر هوشمندانه | مقام معظم رهبری»; no plural
            # in «ها»: «… و حمایت‌های بی‌دریغ | مقام معظم رهبری»)
        while k < i and not (self.first_name(k) or self._plain_name(k)):
            k += 1
        if k < i and " " in self.keys[k] and not self.tags[k].keys() & {"first", "sur"} \
                and self._ezafe_of_word(self.keys[k]):
            return None  # «گفت‌وگوی تلفنی رئیس‌جمهور»: a compound noun in ezafe, not a name
        if i - k < 2 and not (i - k == 1 and self.surname_like(k, strict=True) and (
                self.keys[k] in self.surname_keys or (k > floor and self.gaps[k] == JOIN and self.stops[k - 1]))) \
                and not (i - k == 1 and self.gaps[k] == BREAK and self._unknown_surname(k)):
            return None  # (a sentence may open with a surname no lexicon knows and its office: «غریبجانیان سفیر …»)
        if k > 0 and self.gaps[k] == JOIN and not self.stops[k - 1]:
            return None
        if not all(self.surname_like(x) or self.first_name(x) for x in range(k, i)):
            return None
        return k

    def _preposition_surname(self, i: int, floor: int) -> bool:
        """A list of guests' slot after a comma: a common first name and a surname that is a preposition
        of the language («پیرامون», «میان»), right before an office at token i («…، ابراهیم پیرامون
        مدیرعامل شرکت …»)."""
        k = i - 2  # (the entity before ends at the comma: a list of guests, each with an office)
        if k != floor or k < 1 or self.gaps[k] != COMMA or self.gaps[k + 1] != JOIN or self.gaps[i] != JOIN:
            return False
        if "core_first" not in self.tags[k] or not self.first_name(k) or not self.stops[k + 1]:
            return False
        word = self.keys[k + 1]
        pos = self.g.tagged.get(word, "").split(",")
        return len(word) >= 4 and "P" in pos and "N" in pos and not self.tags[k + 1].keys() - {"word"}

    def _clause_and(self, a: int) -> bool:
        """Does the «و» at token a join clauses or adjectives, not the items of a list of guests: a verb
        or an adjective before it that ends no entity («… قرار دادند و خواهان پیگیری …», «سخت و دشوار
        بیانگر …»; the caller lets a «و» right after an entity pass: «… فرماندار شهرستان و شهامت هدایت …»)?"""
        if a == 0 or self.gaps[a] != JOIN:
            return False
        k = a - 1
        key = self.keys[k]
        if self.tags[k].keys() & {"first", "sur", "title", "org", "head", "place", "country", "world"}:
            return False
        return key in self.g.verbs or _light_form(key) or "AJ" in self.g.tagged.get(key, "").split(",")

    def _name_before_comma(self, i: int, floor: int) -> int | None:
        """«… و داریاووش عزیزیان، کشیش کلیسای …»: a name, a comma, then its office. One to three
        name words that open a clause (after punctuation, «و» or a stop word), each a known name
        or a word the language does not know, with a first name or a listed surname among them."""
        k = i
        while k - 1 >= floor and i - k < _MAX_NAME and (k == i or self.joined(k)) and self._plain_name(k - 1):
            k -= 1
        if k == i or not (k == 0 or self.gaps[k] != JOIN or self.stops[k - 1]):
            return None
        words = range(k, i)
        if any(self.tags[x].keys() & {"place", "country", "world", "org", "comp", "title", "head"} for x in words):
            return None
        if i - k == 1:
            return k if self.keys[k] in self.surname_keys or self.surname_like(k, strict=True) or (
                self.gaps[k] == BREAK and self.surname_shape(k)) else None  # «کمالوندی، سخنگوی …» opening a sentence
        if self._semicolon_at(i):
            return None
        if self.first_name(k) or any(self._listed_surname(x) or self.surname_like(x, strict=True) for x in words):
            return k
        if (k == 0 or self.gaps[k] == BREAK or self._after_report(k)) \
                and all(self._unknown_name(x) is not None for x in words):
            return k  # «ساماک ساندراوج، نخست‌وزیر تایلند …»: a foreign name no lexicon knows opens the sentence
        return None

    def _unknown_surname(self, k: int) -> bool:
        """Token k shaped like a surname («غریبجانیان», «پولادگر»), no word of the language nor any
        lexicon's entry but a surname's."""
        key = self.keys[k]
        return self.surname_shape(k) and key not in self.g.tagged and key not in _known_words()[0] \
            and " " not in key and not self.tags[k].keys() - {"sur"}

    def _two_word_surname_before(self, i: int, floor: int) -> int | None:
        """«در حضور صفار هرندی؛ نماینده ریاست جمهوری»: a listed surname of two words, unambiguous and
        no place, body or office, right before an office after a comma or a semicolon."""
        k = i - 2
        if k < floor or k < 0 or not self.joined(k + 1) \
                or (k > 0 and self.gaps[k] == JOIN and self.first_name(k - 1)):
            return None
        sur = self.longest(k, "sur")
        if sur is None or sur[0] != 2 or sur[1].ambiguous:
            return None
        if any(self.tags[x].keys() & {"place", "country", "world", "org", "comp", "title", "head", "hon"} for x in (k, k + 1)):
            return None
        return k

    def _semicolon_at(self, i: int) -> bool:
        """Is the gap before token i a semicolon alone (an apposition's mark, as a comma)?"""
        return i > 0 and self.gaps[i] == BREAK and self._marks_before(i) == "؛"

    def _closed_quote_in(self, a: int, b: int) -> int | None:
        """The first token k of a..b (a < k < b) after a closing quotation mark «»» whose «««
        opened at a token of a..k, else None."""
        text, starts, ends = self.text, self.toks.starts, self.toks.ends
        close = text.find("»", ends[a], starts[b - 1])
        if close < 0:
            return None  # (one search in C: most names hold no quotation)
        k = bisect_left(starts, close, a + 1, b)
        if k >= b or text.find("«", starts[a], close) < 0:
            return None
        return k

    def _marks_before(self, i: int) -> str:
        """The text between token i - 1 and token i (before the first token: from the text's start)
        without its spaces and ZWNJs: "" where only spaces part them."""
        return self.text[self.toks.ends[i - 1] if i else 0:self.toks.starts[i]].strip(" \u200c")

    def _places_in(self, a: int, b: int) -> Spans:
        """The places inside tokens a..b (nested in a body's name: «کنفرانس امنیت و همکاری در اروپا»)."""
        out: Spans = []
        k = a
        while k < b:
            loc = self.loc_at(k) if not _LOC_TAGS.isdisjoint(self._kinds(k)) else None
            if loc is not None and loc[0] <= b:
                out += loc[1]
                k = loc[0]
            else:
                k += 1
        return out

    def _quoted_org(self, i: int) -> int | None:
        """The end of an organization's name in quotation marks that opens with its head at token i:
        ««گروه مینسک»», ««کنفرانس امنیت و همکاری در اروپا»», ««جبهه خلق برای آزادی فلسطین»». Two to
        eight words with no verb or other stop word than a preposition or «و» (not a quoted slogan:
        ««مجمع تشخیص مصلحت باید انقلابی باشد»»)."""
        starts, ends, text = self.toks.starts, self.toks.ends, self.text
        lead = text[ends[i - 1] if i > 0 else max(0, starts[i] - 2):starts[i]]
        if "«" not in lead or self.keys[i] in _NOT_QUOTED_ORG_HEADS or self.keys[i] in _LOOSE_HEADS:
            return None
        for e in range(i + 1, min(self.n, i + 8)):
            gap = text[ends[e - 1]:starts[e]]
            if self.gaps[e] != JOIN or "«" in gap or (self.stops[e] and self.keys[e] not in _QUOTED_ORG_LINKS):
                return None  # (a comma: a slogan, «دولت و ملت، همدلی و …»)
            after = text[ends[e]:starts[e + 1] if e + 1 < self.n else ends[e] + 2]
            if "»" in after:
                return e + 1
        return None

    def _compass_end(self, i: int, e: int) -> int:
        """The end of the place of one word at token i (ending at e) with its compass half after it:
        «وزیرستان جنوبی», «سودان جنوبی», «سیبری شرقی» (a foreign region or a country)."""
        if e == i + 1 and self.joined(e) and self.keys[e] in _COMPASS_ADJECTIVES and self.tags[i].keys() & {"world", "country"}:
            return e + 1
        return e

    def _quoted_place(self, j: int) -> int | None:
        """The end of one to three words in quotation marks from token j, after a place's head: each
        a name word (a given name, a surname, a place) or a word the lexicons do not know."""
        return self._quoted_words(j, lambda e: not (
            self.stops[e] or self.tags[e].keys() - _PLACE_NAME_WORD_TAGS
            or (not self.tags[e] and self.keys[e] in self.g.tagged)))  # (a phrase of the language in quotes)

    def _quoted_name(self, j: int) -> int | None:
        """The end of one to three words the lexicons do not know, in quotation marks from token j:
        «پالم بیچ»."""
        return self._quoted_words(j, lambda e: not (
            (self.stops[e] and self.keys[e] not in self.g.verbs) or self.tags[e]
            or self.keys[e] in self.g.tagged))  # (a word of the language, «شکست», is no town's name)

    def _quoted_words(self, j: int, word_ok: Callable[[int], bool]) -> int | None:
        """The end of one to three words in quotation marks from token j, each with no digit and
        passing `word_ok`; else None."""
        if j >= self.n or not self.joined(j):
            return None
        starts, ends, text = self.toks.starts, self.toks.ends, self.text
        if not any(q in text[ends[j - 1]:starts[j]] for q in _QUOTE_MARKS):
            return None
        for e in range(j, min(self.n, j + 3)):
            if (e > j and not self.joined(e)) or any(map(str.isdigit, self.keys[e])) or not word_ok(e):
                return None
            after = text[ends[e]:starts[e + 1]] if e + 1 < self.n else text[ends[e]:ends[e] + 2]
            if any(q in after for q in ("»", "\"", "”")):
                return e + 1
        return None

    def _quoted_before(self, i: int, floor: int) -> int | None:
        """«نوری المالکی» نخست‌وزیر عراق, «وحید مجروح»، معاون …: a name of one to three words in
        quotation marks right before an office (the news agencies' way with foreign names)."""
        starts, ends, text = self.toks.starts, self.toks.ends, self.text
        between = text[ends[i - 1]:starts[i]] if i > 0 else ""
        if "»" not in between and "\"" not in between and "”" not in between:
            return None
        for k in range(i - 1, max(floor, i - 3) - 1, -1):
            if k < i - 1 and self.gaps[k + 1] != JOIN:
                return None
            tags = self.tags[k]
            places = tags.get("place")
            world = tags.get("world")
            if self.stops[k] or tags.keys() & {"country", "org", "title", "head", "hon", "nat", "vhead"} \
                    or (world is not None and (k == i - 1 or not world.ambiguous)) \
                    or (places and not all(p.needs_head for p in places)) or any(map(str.isdigit, self.keys[k])):
                return None  # (a village's name that needs a head is a name word: «مجید تخت روانچی»; so is
                # an ambiguous foreign town's inside the name: «هرمان وان رامپوی»)
            lead = text[ends[k - 1] if k > 0 else 0:starts[k]]
            if "«" in lead or "\"" in lead or "“" in lead:
                named = any(self.tags[x].keys() & {"first", "sur"} or self.keys[x] not in self.g.tagged
                            for x in range(k, i))
                return k if named else None
            if any(q in lead for q in "»”،,.:؛"):
                return None
        return None

    def _name_after(self, e: int, bare: bool = False) -> int | None:
        """«سفیر کره جنوبی یون کانگ هیون»: name words right after an office, then a stop."""
        if e >= self.n or self.gaps[e] != JOIN:
            return None
        p = self._unquoted(self.person_at(e))
        if p is not None and p[0] == e:
            return p[1]
        if self.word_kind(e, "notable") and self._name_ends(e + 1):
            return e + 1  # «رئیس‌جمهور روحانی امروز …»
        if bare and self._name_ends(e + 1) and (self.keys[e] in self.surname_keys or (
                self._listed_surname(e) or self._surname_over_village(e))):
            return e + 1  # «قاضی منصوری از …», «سرهنگ سپهوند گفت»
        k = e
        while k < self.n and k - e < _MAX_NAME and (k == e or self.joined(k)) and self._plain_name(k) and not self.title_at(k):
            k += 1
        if k - e < 2:
            return None
        if k < self.n and self.gaps[k] == JOIN and not self.stops[k]:
            return None
        return k

    def to_entity(self, a: int, b: int, label: str) -> Entity:
        s, e = self.toks.starts[a], self.toks.ends[b - 1]
        span = self.text[s:e]
        if "«" in span or '"' in span or "“" in span:
            e = self._close_quote(s, e)
            span = self.text[s:e]
        return Entity(s, e, span, label)

    def _close_quote(self, s: int, e: int) -> int:
        """A span holding an opening quotation mark takes its closing one right after it:
        «شرکت «اپل»», «خبرگزاری "سانا"» (never half a pair of marks)."""
        text = self.text
        span = text[s:e]
        for opening, closing in _QUOTE_PAIRS:
            if opening == closing:
                unclosed = span.count(opening) % 2 == 1
            else:
                unclosed = span.count(opening) > span.count(closing)
            if unclosed:
                k = e + (text[e:e + 1] == " ")
                if text[k:k + 1] == closing:
                    return k + 1
                k = text.find(closing, e, e + _QUOTE_REACH)
                rest = text[e:k]
                if k > e and rest.count(" ") <= 2 and not any(ch in _QUOTE_STOPS for ch in rest):
                    return k + 1  # «روزنامه آمریکایی «نیویورک تایمز»»: the quoted name's last words
        return e

    def _predicate_at(self, j: int) -> bool:
        """Does token j open the predicate of its clause: a noun of action before «به»
        («بانک | اقدام به سرقت می‌کردند») or an adjective of obligation before a copula or «به»
        («کارخانه‌های سیمان | مجبور هستند»)? Then it is no name after a head."""
        if j + 1 >= self.n or self.keys[j] not in _PREDICATE_WORDS or not self.joined(j + 1):
            return False
        return self.keys[j + 1] == "به" or self.keys[j + 1] in _COPULAS

    def _coordinated_verb_noun(self, e: int) -> bool:
        """A word of the language, «و», a word and a light verb: two nouns of one compound verb
        («… علی محمدی | تقدیر و تشکر کرد»), no surname."""
        return e + 3 < self.n and self.keys[e] in self.g.tagged and self.keys[e + 1] == _AND \
            and self.joined(e + 1) and self.joined(e + 2) and self.joined(e + 3) and self._light(e + 3)

    def _media_names(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A foreign medium named by a word or two and a medium's last word in Persian spelling
        («ایکانومیک تایمز», «پاکستان تودی», «جروزالم پست»): an ORG, the place inside it a LOC."""
        if _MEDIA_TAILS.isdisjoint(self._keys_present()):
            return spans  # (most texts name no such medium)
        tails = [i for i in range(1, self.n) if self.keys[i] in _MEDIA_TAILS and self.gaps[i] == JOIN]
        if not tails:
            return spans
        taken = {k for a, b, lab in spans if lab in ("ORG", "PERSON", "TITLE") for k in range(a, b)}
        for i in tails:
            if i in taken:
                continue
            a = i
            while a > 0 and i - a < 2 and self.gaps[a] == JOIN and a - 1 not in taken and not self.stops[a - 1] \
                    and not self._marks_before(a) \
                    and self.keys[a - 1].isalpha() and not self.tags[a - 1].keys() & {"head", "title", "hon"}:
                a -= 1
            if a < i:
                spans.append((a, i + 1, "ORG"))
        return spans

    def _last_surname_word(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A name followed by one more word, a comma and an office: the word ends the surname
        («عیسی شاهی زارع، رئیس کمیسیون …», «کریمی راد، وزیر دادگستری»), unless it is a stop
        word or part of another entity."""
        title_starts = {a for a, b, lab in spans if lab == "TITLE"}
        persons = [(a, b) for a, b, lab in spans if lab == "PERSON"]
        if not title_starts or not persons:
            return spans
        taken = {k for a, b, lab in spans if lab != "PERSON" for k in range(a, b)}
        grown = {}
        for a, b in persons:
            if b + 1 in title_starts and b not in taken and b + 1 < self.n and self.gaps[b] == JOIN \
                    and self.gaps[b + 1] == COMMA and not self.stops[b] and self.keys[b].isalpha():
                grown[(a, b)] = b + 1
        if not grown:
            return spans
        return [(a, grown[(a, b)], lab) if lab == "PERSON" and (a, b) in grown else (a, b, lab) for a, b, lab in spans]

    def _speaking_office(self, a: int, b: int) -> bool:
        """Is the bare office at tokens a..b an office of two words or more that opens its sentence
        (after «یک» or «این» at most) and speaks: «یک استاد دانشگاه گفت: …» (the person is named
        later, or never)?"""
        opens = self.gaps[a] == BREAK or (a > 0 and self.gaps[a - 1] == BREAK and self.keys[a - 1] in _SPEAKER_DETERMINERS)
        return b - a >= 2 and opens and self.joined(b) and self.word_kind(b, "cue")

    def _listed_office(self, a: int, b: int, edges: set[int]) -> bool:
        """Is the bare office at tokens a..b listed with other offices, a comma or «و» away from one
        («رییس جمهور، نخست وزیر و رییس پارلمان»)? Each is one person's office, as in a list of names."""
        before = a > 0 and ((self.gaps[a] == COMMA and a in edges)
                            or (a > 1 and self.keys[a - 1] == _AND and self.gaps[a] == JOIN and a - 1 in edges))
        after = b < self.n and ((self.gaps[b] == COMMA and b in edges)
                                or (self.keys[b] == _AND and self.gaps[b] == JOIN and b + 1 in edges))
        return before or after

    def entities(self) -> list[Entity]:
        spans, titles = self.parse()
        bare = {(a, b) for a, b, is_bare in titles if is_bare}
        # a bare office («فرماندار») is an entity only beside a name (apposition)
        person_edges = {b for a, b, lab in spans if lab == "PERSON"} | {a for a, b, lab in spans if lab == "PERSON"}
        office_edges = {x for a, b, lab in spans if lab == "TITLE" for x in (a, b)} if bare else set()
        for a, b in sorted(bare):
            if a in person_edges or b in person_edges or self._speaking_office(a, b) \
                    or self._listed_office(a, b, office_edges):
                spans.append((a, b, "TITLE"))
                office_edges.update((a, b))
        if self._quoted_people and (again := self._quoted_again(spans)):
            spans = [sp for sp in spans
                     if not (sp[2] == "PERSON" and any(a <= sp[0] and sp[1] <= b for a, b, _ in again))]
            spans += again  # («موسی» alone inside «عمرو موسی»: the full name)
        spans = self._last_surname_word(spans)
        spans = self._media_names(spans)
        spans = [sp for sp in spans if not (sp[2] == "ORG" and sp[1] - sp[0] == 2 and self._predicate_at(sp[1] - 1))]
        fields = {sp for sp in spans if sp[2] == "ORG" and " ".join(self.keys[sp[0]:sp[1]]) in _FIELD_NAMES}
        if fields:  # a field's name alone is no ORG, but stays one inside an office («رئیس محیط زیست»)
            # (the titles' starts and running farthest ends: whether one holds a span is one binary search)
            titled = sorted((a, b) for a, b, lab in spans if lab == "TITLE")
            starts, reach = [a for a, _ in titled], list(accumulate((b for _, b in titled), max))
            spans = [sp for sp in spans if sp not in fields
                     or ((k := bisect_right(starts, sp[0])) > 0 and reach[k - 1] >= sp[1])]
        seen: set[tuple[int, int, str]] = set()
        out: list[Entity] = []
        for a, b, label in spans:
            if b <= a or (a, b, label) in seen:
                continue
            if label == "TITLE" and self.word_kind(a, "reporter"):
                continue  # «خبرنگار خبرگزاری فارس»: the reporter is no party to the story, not an office
            seen.add((a, b, label))
            out.append(self.to_entity(a, b, label))
        out.extend(self._bracket_acronyms(out))
        out.sort(key=lambda e: (e.start, -e.end))
        return out

    def _bracket_acronyms(self, found: list[Entity]) -> list[Entity]:
        """«آژانس بین‌المللی انرژی اتمی (IAEA)»: a Latin acronym in brackets right after a body's
        name is that body's name too."""
        if "(" not in self.text:
            return []
        extra = []
        for e in found:
            if e.label == "ORG" and (m := _BRACKET_ACRONYM.match(self.text, e.end)) is not None:
                extra.append(Entity(m.start(1), m.end(1), m.group(1), "ORG"))
        return extra
