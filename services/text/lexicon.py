"""The word lists comparison relies on, as the forms text matching needs: function words, the
words news uses to attribute a claim, classes of counted nouns a reader takes as the same thing
(معتقل, سجين, مسلح ... are all people held or moved), events, places and goods. The words are
data (resources/lexicon/*.tsv, read through services.lexicon); this module stems and normalises
them on first use, and forgets them when the lexicon is configured again.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from services import lexicon
from services.lexicon import derived

# Classes of noun_classes that count people (a count of people in general may be one of them).
PEOPLE_CLASSES = frozenset({"held", "killed", "injured", "displaced", "soldiers"})
# Event classes that also say what people are when the counted noun does not (NOUN_EVENTS):
# the dead, the hurt, the rescued and the missing are people of their own (أنقذت 31 منهم /
# نجا 31 شخصا). Measured with bench.accuracy: rescued added, pairing 191/5/18 -> 192/5/17 and
# links 168 -> 169 (with the event before a figure preferred); missing changed nothing.
NOUN_EVENTS = frozenset({"killed", "injured", "rescued", "missing"})
# Events that count a movement, not a population: a figure said to be moved is never compared
# with one that is not said to be (unless their sentences are linked).
FLOW_EVENTS = frozenset({"moved", "escaped", "released"})
# The class of noun_classes a housing unit (50 ألف وحدة سكنية) is read as.
HOMES = "homes"
# Classes of noun_classes that count groups of people (350 عائلة): what happens to them (أجلت,
# نزحت) makes their count a running total as a count of people would.
HOUSEHOLD_CLASSES = frozenset({"families"})


class Marker(StrEnum):
    """How a figure stands to the others, read from the words before it (figure_cues.tsv) and
    kept among its events: a part of a group (بينهم 5), a whole (من أصل 150), the old value of a
    change (بدلا من 11), a figure for each of several (لكل منهما 115)."""

    PART = "part"
    WHOLE = "whole"
    PRIOR = "prior"
    EACH = "each"
    # one of counts of different things listed together (5 جنود و3 مدنيين): read from the
    # figures' order, not from a cue word (compare.figures.read_figures)
    LISTED = "listed"
    # a total over a period so far, its sentence says (منذ بداية العام, منذ مطلع السنة)
    PERIOD = "period"


# Every marker: what is left of a figure's events without them is what happened to its people.
MARKERS = frozenset(Marker)


# Clitics Snowball leaves on a word when no article follows: و and ف (conjunctions), ل, ب and
# ك (prepositions): لأجهزة stays لاجهز while أجهزة gives اجهز. Too many roots begin with these
# letters (وزير, لبنان, بلد) to strip them blindly: callers use the clitic-less form only when
# the other text has it on its own. Morphology, not a word list: it stays in code.
CLITICS = "وفلبك"


@derived
def plain_set(table: str, col: str | None = None) -> frozenset[str]:
    """A table's words (one column), normalised as services.text.arabic.normalize_plain does:
    plain_set("agent_nouns") holds "فرق", "طواقم" ..."""
    from services.text.arabic import normalize_plain

    return frozenset(normalize_plain(w) for w in lexicon.column(table, col))


@derived
def cue_words(cue: str) -> frozenset[str]:
    """The normalised words of one figure cue (figure_cues.tsv): cue_words("part") = بينهم ..."""
    from services.text.arabic import normalize_plain

    return frozenset(normalize_plain(w) for w in lexicon.grouped("figure_cues").get(cue, ()))


@derived
def word_list(name: str) -> frozenset[str]:
    """One list of reading_words.tsv, normalised: word_list("change_verbs") holds "ارتفع" ..."""
    from services.text.arabic import normalize_plain

    return frozenset(
        normalize_plain(row.cells[1])
        for row in lexicon.rows("reading_words")
        if row.cells[0] == name
    )


@derived
def function_words() -> frozenset[str]:
    return plain_set("function_words")


def is_function_word(norm: str) -> bool:
    """Whether a normalised word is a function word (في, التي, وقد ...)."""
    words = function_words()
    if norm in words:
        return True
    return len(norm) > 2 and norm[0] in "وف" and norm[1:] in words


def fold(stem: str) -> str:
    """Fold the feminine plural Snowball leaves half on: عمليا/عمليات → عملي, لقاءا → لقاء."""
    if len(stem) >= 6 and stem.endswith("ات"):
        return stem[:-2]
    if len(stem) >= 5 and stem.endswith("ا"):
        return stem[:-1]
    return stem


@derived
def reporting_stems() -> frozenset[str]:
    from services.text.arabic import stem

    return frozenset(stem(w) for w in lexicon.column("reporting_words"))


def _forms(word: str) -> set[str]:
    from services.text.arabic import stem

    # The accusative alef (سجينا, معتقلا) changes what Snowball returns (سجي, معتقل).
    out = {word}
    if word[-1] not in "اةىءه":
        out.add(word + "ا")
    return {fold(stem(w)) for w in out}


@derived
def noun_classes() -> dict[str, frozenset[str]]:
    """The classes (noun_classes.tsv) of each folded noun stem."""
    classes: dict[str, set[str]] = {}
    for name, words in lexicon.grouped("noun_classes").items():
        for w in words:
            for key in _forms(w):
                classes.setdefault(key, set()).add(name)
    return {k: frozenset(v) for k, v in classes.items()}


@derived
def case_nouns() -> frozenset[str]:
    """Folded stems of the nouns of cases (case_nouns.tsv)."""
    return frozenset(key for w in lexicon.column("case_nouns") for key in _forms(w))


@derived
def singular_nouns() -> dict[str, str]:
    """Each folded stem of a noun_plurals.tsv form -> the folded stem of its singular."""
    from services.text.arabic import stem

    out: dict[str, str] = {}
    for singular, plurals in lexicon.grouped("noun_plurals").items():
        key = fold(stem(singular))
        for w in (singular, *plurals):
            for form in _forms(w):
                out.setdefault(form, key)
    return out


@derived
def people_nouns() -> frozenset[str]:
    """Folded stems of the nouns for people in general (people_nouns.tsv)."""
    return frozenset(key for w in lexicon.column("people_nouns") for key in _forms(w))


@derived
def part_people() -> frozenset[str]:
    """Folded stems of the nouns for people that news counts as a part of the people (children,
    women, journalists: بينهم 3 أطفال): never a role of their own (role_nouns.tsv), but
    people, so what the words say happened to them tells a running total (reading_words.tsv,
    part_people)."""
    return frozenset(key for w in word_list("part_people") for key in _forms(w))


@derived
def role_nouns() -> frozenset[str]:
    """Folded stems of the nouns for people in a role (role_nouns.tsv)."""
    return frozenset(key for w in lexicon.column("role_nouns") for key in _forms(w))


@derived
def _demonyms() -> frozenset[str]:
    return plain_set("demonyms")


@derived(maxsize=4096)  # asked of every counted noun of both articles in each comparison
def is_demonym(word: str) -> bool:
    """Whether a written word is a nationality in any number, gender or case, with or without
    the article: فلسطينيين, سوريا, المصريون, إسرائيليات, أتراك."""
    from services.text.arabic import normalize_plain

    norm = normalize_plain(word)
    for article in ("ال", "لل", "بال", "وال"):
        if norm.startswith(article) and len(norm) > len(article) + 2:
            norm = norm[len(article) :]
            break
    names = _demonyms()
    if norm in names:
        return True
    for ending in ("يين", "يون", "يات", "يه", "يا"):
        if norm.endswith(ending) and norm[: -len(ending)] + "ي" in names:
            return True
    return False


@derived
def event_classes() -> dict[str, frozenset[str]]:
    """The events (event_words.tsv: killed, injured ...) of each folded stem."""
    from services.text.arabic import stem

    classes: dict[str, set[str]] = {}
    for name, words in lexicon.grouped("event_words").items():
        for w in words:
            classes.setdefault(fold(stem(w)), set()).add(name)
    return {k: frozenset(v) for k, v in classes.items()}


@derived
def topic_classes() -> dict[str, str]:
    """The topic (figure_topics.tsv) of each folded stem, marked "topic:" among a figure's
    events."""
    from services.text.arabic import stem

    return {
        fold(stem(w)): "topic:" + name
        for name, words in lexicon.grouped("figure_topics").items()
        for w in words
    }


@derived
def anaphoric_nouns() -> frozenset[str]:
    return frozenset(key for w in lexicon.column("anaphoric_nouns") for key in _forms(w))


@lru_cache(maxsize=65536)
def bare_forms(norm: str) -> tuple[str, ...]:
    """Folded stems of a normalised word without its leading clitics: ولأجهزة → (لاجهز, اجهز)."""
    from services.text.arabic import stem

    out = []
    rest = norm
    while len(rest) > 3 and rest[0] in CLITICS and len(out) < 2:
        rest = rest[1:]
        out.append(fold(stem(rest)))
    return tuple(out)


# --- similarity only: words news uses for one another, and places ----------------------------

# --- read by similarity alone: words news uses for one another, places and goods ---------


@derived
def synonym_classes() -> dict[str, str]:
    """The synonyms.tsv class of each folded stem (with and without the article: Snowball stems
    فنان and الفنان apart)."""
    from services.text.arabic import stem

    out: dict[str, str] = {}
    for name, words in lexicon.grouped("synonyms").items():
        for w in words:
            for form in (w, "ال" + w):
                out.setdefault(fold(stem(form)), name)
    return out


@derived
def name_signs() -> frozenset[str]:
    return plain_set("name_signs")


@derived
def _places() -> dict[str, str]:
    from services.text.arabic import normalize_plain

    places = lexicon.grouped("places")
    return {normalize_plain(w): key for key, words in places.items() for w in words}


@derived
def place_regions() -> dict[str, str]:
    """The region (place_regions.tsv) of each country key that lies in one."""
    return {c: region for region, keys in lexicon.grouped("place_regions").items() for c in keys}


# Prefixes a place name takes in a sentence: clitics, the article, or both (وبغزة, للبنان).
_PLACE_PREFIXES = ("", "و", "ب", "ل", "ف", "وب", "ول", "ال", "وال", "بال", "لل", "ولل", "فال")
# Endings of a nationality adjective after its ي (مغربية, المصريين, اللبنانيون): normalised.
_NISBA_ENDINGS = ("ه", "ين", "ون", "ات", "ا")


@derived(maxsize=65536)
def place_of(norm: str) -> str | None:
    """The places.tsv key a normalised word names (بغزه → palestine), or None."""
    places = _places()
    for prefix in _PLACE_PREFIXES:
        if not norm.startswith(prefix) or len(norm) - len(prefix) < 3:
            continue
        rest = norm[len(prefix) :]
        for candidate in (rest, "ال" + rest):
            key = places.get(candidate)
            if key is not None:
                return key
        for ending in _NISBA_ENDINGS:
            if rest.endswith(ending) and rest[: -len(ending)].endswith("ي"):
                key = places.get(rest[: -len(ending)])
                if key is not None:
                    return key
    return None


@derived
def _commodities() -> dict[str, str]:
    from services.text.arabic import normalize_plain

    goods = lexicon.grouped("commodities")
    return {normalize_plain(w): key for key, words in goods.items() for w in words}


@derived(maxsize=65536)
def commodity_of(norm: str) -> str | None:
    """The commodities.tsv key a normalised word names (بالذهب → gold, النفط → oil), or None."""
    goods = _commodities()
    key = goods.get(norm)
    if key is not None:
        return key
    for prefix, article in (
        ("و", ""),
        ("ف", ""),
        ("وال", "ال"),
        ("بال", "ال"),
        ("فال", "ال"),
        ("لل", "ال"),
        ("ولل", "ال"),
        ("وبال", "ال"),
    ):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            key = goods.get(article + norm[len(prefix) :])
            if key is not None:
                return key
    return None
