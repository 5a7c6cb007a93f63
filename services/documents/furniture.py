"""Page furniture: the share buttons, reading lists, breadcrumbs and banners a saved page
carries around an article. `clean_text` drops those lines and tidies whitespace to give the
analysed text; the words of the article are never changed.
"""

from __future__ import annotations

import re

from services import lexicon
from services.lexicon import derived
from services.text.arabic import normalize_plain

# A line of buttons and menu words is short; a longer line is only checked for the lead-ins,
# calls and banners below, and a paragraph (over _MAX_LEAD_IN_WORDS) only for a cookie banner.
_MAX_FURNITURE_WORDS = 12


# Phrases of page furniture (furniture.tsv), written normalised and lower-case: social
# networks (platform), whole-line furniture (line: a line made only of these phrases, optionally
# with the conjunction و, connector words and counters such as "Facebook 12" is not the article),
# lead-ins and section names.
@derived
def _furniture(role: str) -> tuple[str, ...]:
    return lexicon.grouped("furniture").get(role, ())


# Words that only join phrases: "تابعونا على فيسبوك", "share on Twitter".


# A line that begins with a lead-in (furniture.tsv) set off by a colon or dash points
# elsewhere: a related headline ("اقرأ أيضا: ..."), tags, an account to follow. A sentence that
# merely begins with the same words, with no colon, is left alone.
@derived
def _lead_in() -> re.Pattern[str]:
    return re.compile(
        r"^[\W_]*(?:"
        + "|".join(r"\s+".join(map(re.escape, lead.split())) for lead in _furniture("lead_in"))
        + r")\s*(?:$|[:：\-–—|»])"
    )


_MAX_LEAD_IN_WORDS = 25
# Lead-ins and calls open a line: a bullet, three words and a colon at most.
_OPENING_WORDS = 6


# A call to follow the site's accounts: a platform named in a line that opens with an
# imperative ("تابعونا", "انضموا") or speaks of the site's own channel ("قناتنا"). Past-tense
# verbs in news sentences ("صفحة تابعة للمعارضة على فيسبوك") must not match, so neither
# prefixes nor "تابع" alone count.
@derived
def _platform() -> re.Pattern[str]:
    names = [p for p in _furniture("platform") if p not in ("x", "اكس")]  # too short to search
    return re.compile(
        r"(?<!\w)[وب]?(?:"
        + "|".join(r"\s+".join(map(re.escape, p.split())) for p in names)
        + r")(?!\w)"
    )


_CALL_OPENERS = re.compile(
    r"^(?:تابعونا|تابعنا|تابعوا|اشترك|اشتركوا|انضم|انضموا|لمتابعه|لمتابعتنا|حملوا|حمل تطبيق"
    r"|follow|subscribe|join)(?!\w)"
)
_OUR_CHANNELS = re.compile(
    r"(?<!\w)(?:قناتنا|صفحتنا|حسابنا|حساباتنا|صفحاتنا|مجموعتنا|تطبيقنا)(?!\w)"
)
_MAX_CALL_WORDS = 20

# Cookie banners: cookies named together with the site's own voice or a consent button. An
# article *about* cookie law names cookies without either.
_COOKIES = re.compile(r"cookie|كوكيز|ملفات تعريف الارتباط|ملفات الارتباط")
_CONSENT = re.compile(
    r"\b(?:نستخدم|يستخدم هذا الموقع|هذا الموقع يستخدم|موقعنا|we use|this (?:web)?site uses"
    r"|by continuing|بمتابعه|باستمرارك|قبول|موافق|اوافق|accept|agree|سياسه الخصوصيه"
    r"|privacy policy)\b"
)
_COOKIE_HINT = re.compile(r"(?i)cookie|كوكيز|ارتباط")  # before normalising a long line
_MAX_BANNER_WORDS = 60

# Copyright footers.
_COPYRIGHT = re.compile(r"جميع الحقوق محفوظه|حقوق النشر محفوظه|all rights reserved")
_COPYRIGHT_HINT = re.compile(r"(?i)محفوظ|reserved")  # before normalising the line
_MAX_COPYRIGHT_WORDS = 20


# A breadcrumb or section label above the headline ("دولي سوريا العراق", "الرئيسية » أخبار
# » لبنان"): nothing but section names and the places sections are named after.
@derived
def _section_words() -> frozenset[str]:
    return frozenset(_furniture("section"))


_MAX_LABEL_WORDS = 6

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Controls other than the line feed carry nothing a reader sees; U+FEFF is a byte-order mark
# left inside the text by a concatenation.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_NOT_WORD = re.compile(r"[^\w]+")


def clean_text(text: str) -> str:
    """The analysed text: furniture lines dropped, spaces collapsed, lines stripped, at most
    one blank line between paragraphs. Deterministic, and idempotent.

    >>> clean_text("Facebook\\nTwitter\\n\\nعنوان الخبر\\n\\n\\n\\nنص  الخبر.\\nيقرأون الآن")
    'عنوان الخبر\\n\\nنص الخبر.'
    """
    lines: list[str] = []
    at_top = True
    tidy = _SPACES.sub(" ", _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text)))
    for raw in tidy.split("\n"):
        line = raw.strip()
        if not line:
            if lines and lines[-1]:
                lines.append("")
            continue
        if is_furniture(line) or (at_top and is_section_label(line)):
            continue
        at_top = False
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def is_furniture(line: str) -> bool:
    """Whether a line of a saved page is furniture rather than the article's words.

    >>> [is_furniture(x) for x in ("تابعونا على فيسبوك وتويتر", "اقرأ أيضاً: الحكومة تستقيل",
    ...                            "قال الوزير إن التعاون على فيسبوك مستمر")]
    [True, True, False]
    """
    words = line.split()
    n = len(words)
    if n > _MAX_LEAD_IN_WORDS:
        # Only a cookie banner is this long; most lines are paragraphs and stop here.
        return n <= _MAX_BANNER_WORDS and _is_cookie_banner(line)
    if n <= _MAX_FURNITURE_WORDS and _only_phrases(_match_key(line).split()):
        return True
    # The other rules read the line's opening words, or look for a mark before normalising.
    opening = " ".join(words[:_OPENING_WORDS])
    if _lead_in().match(normalize_plain(opening).lower()):
        return True
    if (
        n <= _MAX_CALL_WORDS
        and (_CALL_OPENERS.match(_match_key(opening)) or _OUR_CHANNELS.search(line))
        and _platform().search(_match_key(line))
    ):
        return True
    if n <= _MAX_COPYRIGHT_WORDS and (
        "©" in line or (_COPYRIGHT_HINT.search(line) and _COPYRIGHT.search(_match_key(line)))
    ):
        return True
    return _is_cookie_banner(line)


def _is_cookie_banner(line: str) -> bool:
    if not _COOKIE_HINT.search(line):
        return False
    key = _match_key(line)
    return bool(_COOKIES.search(key) and _CONSENT.search(key))


def is_section_label(line: str) -> bool:
    """Whether a line is a breadcrumb or section label such as "دولي سوريا العراق"."""
    words = _match_key(line).split()
    if not words or len(words) > _MAX_LABEL_WORDS or len(line.split()) > _MAX_LABEL_WORDS * 2:
        return False
    sections = _section_words()
    return all(w in sections or (w[:1] == "و" and w[1:] in sections) for w in words)


def _match_key(line: str) -> str:
    """The line normalised, lower-cased, punctuation and symbols turned into spaces."""
    return " ".join(_NOT_WORD.sub(" ", normalize_plain(line).lower()).replace("_", " ").split())


@derived
def _phrase_table() -> dict[tuple[str, ...], None]:
    phrases = (*_furniture("platform"), *_furniture("line"))
    return dict.fromkeys(tuple(p.split()) for p in phrases)


def _only_phrases(words: list[str]) -> bool:
    """Whether the words are furniture phrases, connectors and counters, at least one phrase."""
    table = _phrase_table()
    longest = max(len(p) for p in table)
    i, phrases = 0, 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            chunk = tuple(words[i : i + size])
            if chunk not in table and chunk[0][:1] == "و":
                chunk = (chunk[0][1:], *chunk[1:])  # وتويتر, والواتساب
            if chunk in table:
                i, phrases = i + size, phrases + 1
                break
        else:
            if words[i] in _furniture("connector") or words[i].isdigit():
                i += 1
            else:
                return False
    return phrases > 0
