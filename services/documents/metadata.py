"""Title, outlet, date and time of an article, read from what its text states: a headline line,
a source line ("المصدر: ..."), an exclusive tag ("خاص - ..."), a dateline ("دمشق - سانا"), a
date line ("الأربعاء 13 آذار 2024 - 18:15"). What the text does not state stays empty; nothing
is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from services import lexicon
from services.documents.furniture import is_furniture, is_section_label
from services.lexicon import derived
from services.text.arabic import normalize_plain
from services.text.moments import day_part_of, find_clock, is_today, weekday_of

# Where metadata lines sit: above the body and below it.
_HEAD_LINES = 6
_TAIL_LINES = 4
# A headline is short and has no final period; a longer first line is the body itself.
_MAX_TITLE_WORDS = 25
_TITLE_SEARCH_LINES = 8
# A title made from the first sentence keeps at most this many words, ending at a comma
# when one falls late enough to leave a readable phrase.
_DERIVED_TITLE_WORDS = 14
_MIN_DERIVED_TITLE_WORDS = 6
# An outlet is a name of a few words; a longer tail is a sentence, not a source.
_MAX_OUTLET_WORDS = 6
# A date is the article's own only on a short line of its own ("الجمعة 27 يناير 2024 -
# 10:30"), after a publication label, or in a dateline; a date inside a body sentence is an
# event's date.
_MAX_DATE_LINE_WORDS = 8


@dataclass(frozen=True)
class DocumentMetadata:
    """What the text states about itself; "" where it says nothing."""

    title: str = ""
    source: str = ""
    date: str = ""
    time: str = ""  # services.text.moments: "18:15", "evening" or ""


def detect_metadata(text: str, *, known_date: str = "") -> DocumentMetadata:
    """Title, outlet, ISO date and time from the analysed text of an article. `known_date` is
    the date the file itself states (a web page's markup), which the text's own date yields
    to and its relative words («مساء اليوم») are read against.

    >>> text = "دولي سوريا\\nالوزير يفتتح المعرض\\nافتتح الوزير المعرض.\\nالمصدر: سانا"
    >>> m = detect_metadata(text)
    >>> (m.title, m.source, m.date, m.time)
    ('الوزير يفتتح المعرض', 'سانا', '', '')
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    day = detect_date(lines)
    time = detect_time(lines, known_date or day)
    return DocumentMetadata(detect_title(lines), detect_source(lines), day, time)


# --- title --------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?؟…](?=\s|$)")
_TITLE_STRIP = " \t#>*•·-–—:|"
_BYLINE = re.compile(r"^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|ترجمة|by|written by)\b\s*:?")
_MAX_BYLINE_WORDS = 8
_OPENERS = "(«“\"'[{‹"
_CLOSERS = {"(": ")", "«": "»", "“": "”", '"': '"', "'": "'", "[": "]", "{": "}", "‹": "›"}


def detect_title(lines: list[str]) -> str:
    """The headline: the first substantial line that is not a label, furniture, a source or
    date line; derived from the first sentence, truncated, when the text opens with its body.

    >>> detect_title(["خاص - SY24", "من يسهل عبور المسلحين؟", "شهدت المنطقة هجمات."])
    'من يسهل عبور المسلحين؟'
    """
    for line in lines[:_TITLE_SEARCH_LINES]:
        if _is_label_line(line):
            continue
        candidate = line.strip(_TITLE_STRIP) if line[:1] in _TITLE_STRIP else line
        words = candidate.split()
        if len(words) < 2:
            continue
        if len(words) <= _MAX_TITLE_WORDS and candidate[-1] not in ".:،؛,;":
            return candidate
        return _title_from_sentence(candidate)
    return ""


def _is_label_line(line: str) -> bool:
    """Lines above a headline that are not it: labels, furniture, source, date, byline."""
    if is_section_label(line) or is_furniture(line):
        return True
    if _source_of_line(line) and len(line.split()) <= _MAX_OUTLET_WORDS + 3:
        return True
    if _BYLINE.match(line) and len(line.split()) <= _MAX_BYLINE_WORDS:
        return True
    return _is_date_line(line)


def _title_from_sentence(line: str) -> str:
    """The first sentence, cut to a headline's length at a comma or a word boundary.

    A dateline opening the sentence ("دمشق (سانا) – ") is not part of the headline.
    """
    dateline = _DATELINE.match(line)
    if dateline and _dateline(line):
        line = line[dateline.end() :].lstrip(" :-–—،")
    match = _SENTENCE_END.search(line)
    sentence = line[: match.start()] if match else line
    words = sentence.split()
    if len(words) <= _MAX_TITLE_WORDS:
        return sentence.strip()
    cut = _DERIVED_TITLE_WORDS
    for i in range(_DERIVED_TITLE_WORDS, _MIN_DERIVED_TITLE_WORDS - 1, -1):
        if words[i - 1].endswith(("،", ",")):
            cut = i
            break
    kept = words[:cut]
    # Never end inside brackets or quotes: drop back to before the unclosed opener.
    unclosed = _first_unclosed(kept)
    if unclosed is not None and unclosed >= _MIN_DERIVED_TITLE_WORDS:
        kept = kept[:unclosed]
    return " ".join(kept).rstrip("،,؛;:") + "…"


def _first_unclosed(words: list[str]) -> int | None:
    """Index of the word that opens a bracket or quote left open at the end, if any."""
    stack: list[tuple[str, int]] = []
    for i, word in enumerate(words):
        for ch in word:
            if stack and ch == _CLOSERS[stack[-1][0]]:
                stack.pop()
            elif ch in _OPENERS:
                stack.append((ch, i))
    return stack[0][1] if stack else None


# --- source -------------------------------------------------------------------------------

_DASH = r"\s*[-–—]\s*"
# "المصدر: الميادين نت", "المصدر : وكالة سانا", "Source: Reuters".
_SOURCE_LINE = re.compile(
    r"^(?:المصدر|مصدر الخبر|المصدر الأصلي|source)\s*(?:[:：]|[-–—])\s*(?P<outlet>.+)$",
    re.IGNORECASE,
)
# "خاص - SY24", "خاص بـ عنب بلدي", "SY24 - خاص". "خاص: ..." also opens exclusive headlines,
# so the name after it must be short or shaped like an outlet.
_EXCLUSIVE = re.compile(
    r"^خاص(?:\s*[-–—:|/]\s*|\s+)(?:[بل](?:ـ\s*|\s+))?(?P<outlet>.+)$"
    r"|^(?P<before>.+?)" + _DASH + r"خاص$"
)
_MAX_EXCLUSIVE_WORDS = 3
# A source line or an exclusive tag stands alone: a label, a separator and an outlet's name.
_MAX_TAG_LINE_WORDS = _MAX_OUTLET_WORDS + 3
# "دمشق - سانا", "بيروت – الميادين: ...", "دمشق (سانا) - ...", "لندن، 27 يناير (رويترز) -".
_DATELINE = re.compile(
    r"^(?P<place>[^\W\d][^()\-–—:،,\d]{1,30}?)"
    r"(?P<when>\s*[،,]?\s*(?:في\s+)?\d[^()\-–—:]{0,30}?)?"
    r"(?:" + _DASH + r"(?P<outlet>[^()\-–—:،.]{2,40}?)\s*(?=$|[:\-–—،])"
    r"|\s*\((?P<tagged>[^()]{2,40})\)\s*(?=$|[:\-–—،]))"
)
# A source tag alone on a line: "(سانا)".
_TAG_LINE = re.compile(r"^\((?P<outlet>[^()]{2,40})\)\.?$")
# Closing words in brackets that are not outlets («(انتهى)»): outlet_shapes.tsv, not_a_tag.
# An unknown name in a closing tag is taken only when it is as short as an outlet's name.
_MAX_TAG_WORDS = 2
_URL = re.compile(r"https?://(?:www\.)?(?P<host>[^/\s]+)", re.IGNORECASE)


# Outlets that sign datelines (outlets.tsv). A dateline's second half is taken as an outlet
# only when it is one of these or is shaped like one (below), so that a headline such as
# "حمص - قصف مدفعي" is not read as a dateline.
@derived
def _known_outlets() -> frozenset[str]:
    return frozenset(_key(name) for name in lexicon.column("outlets"))


@derived
def _outlet_shapes() -> dict[str, tuple[str, ...]]:
    """Words an outlet's name starts with (head) or ends with (tail), and closing words in
    brackets that are no outlet (not_a_tag): outlet_shapes.tsv."""
    return lexicon.grouped("outlet_shapes")


def detect_source(lines: list[str]) -> str:
    """The outlet the text names for itself: a source line, an exclusive tag, a dateline or a
    closing tag, near the top or the bottom. Outlets cited in the body are not this article's.

    >>> detect_source(["دمشق - سانا", "أعلنت وزارة الصحة ..."])
    'سانا'
    >>> detect_source(["ونقلت وكالة سبوتنيك عن مصدر مطلع أن ..."])
    ''
    """
    head, tail = lines[:_HEAD_LINES], lines[-_TAIL_LINES:]
    edges = tail[::-1] + head
    for rule in (_source_line, _exclusive_tag):
        for line in edges:
            outlet = rule(line)
            if outlet:
                return outlet
    for line in head:
        outlet = _dateline(line)
        if outlet:
            return outlet
    for line in tail[::-1]:
        outlet = _tag_line(line)
        if outlet:
            return outlet
    return ""


def _tag_line(line: str) -> str:
    match = _TAG_LINE.match(line)
    if (
        not match
        or _key(match["outlet"]) in _outlet_shapes()["not_a_tag"]
        or re.search(r"\d", match["outlet"])
    ):
        return ""
    outlet = _clean_outlet(match["outlet"])
    return outlet if len(outlet.split()) <= _MAX_TAG_WORDS or _looks_like_outlet(outlet) else ""


def _source_of_line(line: str) -> str:
    return _source_line(line) or _exclusive_tag(line) or _dateline(line) or _tag_line(line)


def _source_line(line: str) -> str:
    if len(line.split()) > _MAX_TAG_LINE_WORDS:
        return ""
    match = _SOURCE_LINE.match(line)
    if not match:
        return ""
    url = _URL.search(match["outlet"])
    return url["host"] if url else _clean_outlet(match["outlet"])


def _exclusive_tag(line: str) -> str:
    if len(line.split()) > _MAX_TAG_LINE_WORDS or "خاص" not in line:
        return ""
    match = _EXCLUSIVE.match(line)
    if not match:
        return ""
    outlet = _clean_outlet(match["outlet"] or match["before"])
    return (
        outlet if len(outlet.split()) <= _MAX_EXCLUSIVE_WORDS or _looks_like_outlet(outlet) else ""
    )


def _dateline(line: str) -> str:
    match = _DATELINE.match(line)
    if not match or len(match["place"].split()) > 3:
        return ""
    outlet = _clean_outlet(match["outlet"] or match["tagged"] or "")
    return outlet if outlet and _looks_like_outlet(outlet) else ""


def _looks_like_outlet(name: str) -> bool:
    key = _key(name)
    return (
        key in _known_outlets()
        or key.startswith(tuple(w + " " for w in _outlet_shapes()["head"]))
        or key.endswith(tuple(" " + w for w in _outlet_shapes()["tail"]))
        or bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9 .&'-]*", name))
    )


def _clean_outlet(text: str) -> str:
    outlet = text.strip(" \t.:،,؛;-–—|\"'«»“”()")
    words = outlet.split()
    if not words or len(words) > _MAX_OUTLET_WORDS or not any(c.isalpha() for c in outlet):
        return ""
    return " ".join(words)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", normalize_plain(text).lower()).split())


# --- date ---------------------------------------------------------------------------------


@derived
def _month_of() -> dict[str, int]:
    """Normalised, lower-case Gregorian month names (months.tsv) -> their number."""
    return {
        _key(row.cells[2]): int(row.cells[1])
        for row in lexicon.rows("months")
        if row.cells[0] == "gregorian"
    }


@derived
def _date_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Dates as written on a normalised line (Arabic-Indic digits read as 0-9, أ/إ/آ as ا), each
    with whether the day comes first in a numeric date."""
    month = "|".join(sorted(map(re.escape, _month_of()), key=len, reverse=True))
    return (
        # 2024-01-27, 2024/1/27 (also the date of an ISO timestamp)
        (re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"), False),
        # 27/01/2024, 27-1-2024, 27.01.2024: day first, as Arabic pages write it
        (re.compile(r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})(?!\d)"), True),
        # 27 كانون الثاني 2024, 27 كانون الثاني/يناير 2024, 27 من يناير، 2024
        (
            re.compile(
                rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?:من\s+)?(?P<month>{month})(?!\w)"
                rf"(?:\s*/\s*(?:{month}))?\s*[,،]?\s*(?P<y>\d{{4}})(?!\d)"
            ),
            False,
        ),
        # January 27, 2024
        (
            re.compile(
                rf"\b(?P<month>{month})(?!\w)\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?!\d)"
            ),
            False,
        ),
    )


_DIGIT = re.compile(r"\d")  # any script's digits
_DATE_PREFIX_CHARS = 160
# A publication label at the start of a line: "نُشر في:", "تاريخ النشر:", "آخر تحديث:".
_PUBLISHED = re.compile(
    r"^\W*(?:نشر|تاريخ النشر|تاريخ الخبر|اخر تحديث|تم النشر|تم التحديث|التاريخ"
    r"|published|posted|updated|last updated|date)\b",
    re.IGNORECASE,
)


def detect_date(lines: list[str]) -> str:
    """The article's date as ISO YYYY-MM-DD, from a date line or a labelled date near the
    top or bottom; "" when none is stated.

    >>> detect_date(["الجمعة ٢٧ كانون الثاني ٢٠٢٤", "العنوان"])
    '2024-01-27'
    """
    head, tail = lines[:_HEAD_LINES], lines[-_TAIL_LINES:]
    for line in head + tail[::-1]:
        if not _DIGIT.search(line):
            continue  # every date written in figures has digits; most body lines stop here
        # Labels and datelines open a line: only its start is normalised and searched.
        key = normalize_plain(line[:_DATE_PREFIX_CHARS]).lower()
        if _PUBLISHED.match(key) or _is_date_line(line, key):
            found = _find_date(key)
        else:
            dateline = _DATELINE.match(key)
            found = _find_date(dateline["when"]) if dateline and dateline["when"] else ""
        if found:
            return found
    return ""


def _is_date_line(line: str, key: str | None = None) -> bool:
    """A line that is a date and little else: "الجمعة 27 يناير 2024", "نشر في 2024-01-27".

    A short sentence ("وُقّع الاتفاق في 5 آذار 2023.") ends with a period and is not one.
    """
    if len(line.split()) > _MAX_DATE_LINE_WORDS or line.endswith(".") or not _DIGIT.search(line):
        return False
    return bool(_find_date(key if key is not None else normalize_plain(line).lower()))


def _find_date(key: str) -> str:
    for pattern, day_first in _date_patterns():
        for match in pattern.finditer(key):
            day, year = int(match["d"]), int(match["y"])
            month = _month_of()[match["month"]] if "month" in match.groupdict() else int(match["m"])
            if day_first and month > 12 >= day:
                day, month = month, day  # 01/27/2024 written month first
            try:
                found = date(year, month, day)
            except ValueError:
                continue
            if 1900 <= year <= 2100:
                return found.isoformat()
    return ""


# --- time ---------------------------------------------------------------------------------

# How far into a body line a relative time of the article's own day is looked for («أعلنت
# الوزارة مساء اليوم ...»): the lead's first clause, where news says when it happened.
_LEAD_CHARS = 160


def detect_time(lines: list[str], day: str = "") -> str:
    """The article's time of publication (services.text.moments form), "" when not stated.

    A clock time on the article's date line, labelled line or dateline wins ("الأربعاء 13
    آذار 2024 - 18:15", "آخر تحديث: 6:30 مساء"); a date line or short head line may give a
    part of the day instead («مساء الأحد 17 آذار 2024», «الأحد - مساءً» when `day` is a
    Sunday). In the lead, only «مساء اليوم» (or the evening of the article's weekday) is
    taken: the lead says when the news happened, so the report came at or after it, and only
    the evening runs on to midnight; «صباح اليوم» in the lead says nothing of a report
    published at 18:00. A weekday not the article's own (`day`'s) is another day's news.

    >>> detect_time(["العنوان", "الأربعاء 13 آذار 2024 - 18:15"])
    '18:15'
    >>> detect_time(["العنوان", "أعلنت مصادر طبية مساء اليوم الأربعاء ارتفاع الحصيلة."])
    'evening'
    >>> detect_time(["العنوان", "أعلنت الوزارة مساء الأحد أن ..."], "2024-03-13")
    ''
    >>> detect_time(["العنوان", "الأحد - مساءً", "النص ..."], "2024-03-17")
    'evening'
    """
    head, tail = lines[:_HEAD_LINES], lines[-_TAIL_LINES:]
    weekday = _weekday_of_iso(day)
    for line in head + tail[::-1]:
        if not _DIGIT.search(line):
            continue
        key = normalize_plain(line[:_DATE_PREFIX_CHARS]).lower()
        labelled = bool(_PUBLISHED.match(key))
        if not (labelled or _is_date_line(line, key) or _is_time_line(line, key)):
            continue
        stated = _find_date(key)
        if day and stated and stated != day:
            continue  # a time of another date than the article's
        clock = find_clock(key)
        if clock:
            return clock
    for line in head:
        key = normalize_plain(line[:_LEAD_CHARS]).lower()
        short = _is_date_line(line, key) or _is_day_line(key)
        part = _day_part_of_own_day(key.split(), weekday, evening_only=not short)
        if part:
            return part
    return ""


def _is_day_line(key: str) -> bool:
    """A head line of day words only: «الأحد - مساءً», «مساء اليوم»."""
    words = [w.strip("-–—،,:()") for w in key.split()]
    words = [w for w in words if w]
    return bool(words) and all(
        w == "يوم" or day_part_of(w) or is_today(w) or weekday_of(w) is not None for w in words
    )


def _is_time_line(line: str, key: str) -> bool:
    """A short line that is a clock time and little else: "18:15", "الساعة 18:15 بتوقيت دمشق"."""
    return len(line.split()) <= _MAX_DATE_LINE_WORDS and bool(find_clock(key))


def _day_part_of_own_day(words: list[str], weekday: int | None, *, evening_only: bool) -> str:
    """The part of the day («مساء») named with the article's own day: «اليوم» or its weekday
    («الأحد», «يوم الأحد»). In the lead the day follows the part («مساء اليوم»); a short head
    line may put them in either order («الأحد - مساءً»). "" otherwise."""
    words = [w.strip("-–—،,:()") for w in words]
    words = [w for w in words if w and w != "يوم"]

    def own(word: str) -> bool:
        return is_today(word) or (weekday is not None and weekday_of(word) == weekday)

    for k, word in enumerate(words):
        part = day_part_of(word)
        if not part or (evening_only and part != "evening"):
            continue
        if evening_only:
            if k + 1 < len(words) and own(words[k + 1]):
                return part
        elif any(own(w) for w in words):
            return part
    return ""


def _weekday_of_iso(day: str) -> int | None:
    try:
        return date.fromisoformat(day).weekday() if day else None
    except ValueError:
        return None
