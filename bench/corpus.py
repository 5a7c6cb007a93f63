"""The benchmark's synthetic Arabic news: seeded stories built from `bench.phrases`, each told
in several versions by different invented outlets — paragraphs reordered, sentences
paraphrased, figures written as digits, Arabic-Indic digits or words, some figures changed.

Everything is a pure function of (seed, index): article 7 is the same text in every run, and
in the quick and the full run alike.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from bench import phrases
from bench.phrases import Measure, Noun

# Versions of one story in a generated library: articles 0–4 tell story 0, 5–9 story 1, …
VERSIONS_PER_STORY = 5

_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


@dataclass(frozen=True)
class GeneratedArticle:
    """One version of a story: the file's text, and what an importer should read from it."""

    index: int
    story: int
    version: int
    title: str
    source: str
    date: str
    text: str  # the whole file: title, dateline, body, page furniture, source line
    clean: str  # the same without page furniture

    @property
    def words(self) -> int:
        return len(self.clean.split())


# --- numbers in Arabic words -------------------------------------------------------------

_UNITS = ("", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة")
_UNITS_FOR_FEMININE = ("", "واحدة", "اثنتين", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع")
_TENS = ("", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")
_HUNDREDS = (
    "",
    "مئة",
    "مئتين",
    "ثلاثمئة",
    "أربعمئة",
    "خمسمئة",
    "ستمئة",
    "سبعمئة",
    "ثمانمئة",
    "تسعمئة",
)
_THOUSAND = Noun("ألف", "آلاف", "ألفا", dual="ألفين")
_MILLION = Noun("مليون", "ملايين", "مليونا", dual="مليونين")
_BILLION = Noun("مليار", "مليارات", "مليارا", dual="مليارين")


def noun_form(n: int, noun: Noun) -> str:
    """The counted noun's form after `n`: plural after 3–10, tamyiz after 11–99, else singular
    (مئة معتقل, 750 معتقلا, ثلاثة آلاف معتقل — the last two digits decide)."""
    rest = n % 100
    if n >= 3 and 3 <= rest <= 10:
        return noun.plural
    if 11 <= rest <= 99:
        return noun.accusative
    return noun.singular


def _below_100(n: int, feminine: bool) -> str:
    # Gender polarity: 3–10 take the gender opposite to the counted noun's.
    units = _UNITS_FOR_FEMININE if feminine else _UNITS
    if n < 10:
        return units[n]
    if n == 10:
        return "عشر" if feminine else "عشرة"
    if n < 20:
        if n == 11:
            return "إحدى عشرة" if feminine else "أحد عشر"
        if n == 12:
            return "اثنتي عشرة" if feminine else "اثني عشر"
        return f"{units[n - 10]} {'عشرة' if feminine else 'عشر'}"
    tens, unit = divmod(n, 10)
    if not unit:
        return _TENS[tens]
    return f"{units[unit]} و{_TENS[tens]}"


def _scaled(count: int, scale: Noun) -> str:
    if count == 1:
        return scale.singular
    if count == 2:
        return scale.dual
    return f"{number_words(count)} {noun_form(count, scale)}"


def number_words(n: int, feminine: bool = False, *, hundred: str = "مئة") -> str:
    """An integer in Arabic words, in the oblique case news prose uses for most figures.

    >>> number_words(750)
    'سبعمئة وخمسين'
    >>> number_words(43, feminine=True)
    'ثلاث وأربعين'
    """
    if n == 0:
        return "صفر"
    parts = []
    for size, scale in ((10**9, _BILLION), (10**6, _MILLION), (10**3, _THOUSAND)):
        count, n = divmod(n, size)
        if count:
            parts.append(_scaled(count, scale))
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(_HUNDREDS[hundreds])
    if rest:
        parts.append(_below_100(rest, feminine))
    return " و".join(parts).replace("مئة", hundred)


# --- figures -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureFact:
    """A figure as the story knows it; each version writes it its own way."""

    measure: str
    value: float
    noun: int
    qualifier: str | None


@dataclass(frozen=True)
class HouseStyle:
    """How one outlet writes figures."""

    indic: float  # share of figures in Arabic-Indic digits
    words: float  # share of figures under 100 in words
    separators: bool  # 12,000 rather than 12000
    hundred: str  # مئة or مائة


def _digits(value: float, style: HouseStyle, rng: random.Random) -> str:
    if value != int(value):
        text = f"{value:.1f}"
    elif style.separators and value >= 10_000:
        text = f"{int(value):,}"
    else:
        text = str(int(value))
    return text.translate(_INDIC) if rng.random() < style.indic else text


def _count_phrase(value: int, noun: Noun, style: HouseStyle, rng: random.Random) -> str:
    if value == 2 and noun.dual:
        return noun.dual
    if value < 100 and rng.random() < style.words:
        return (
            f"{number_words(value, noun.feminine, hundred=style.hundred)} {noun_form(value, noun)}"
        )
    if value >= 1000 and value % 1000 == 0 and rng.random() < 0.5:
        thousands = value // 1000
        word = "ألف" if thousands >= 11 or rng.random() < 0.5 else noun_form(thousands, _THOUSAND)
        return f"{_digits(thousands, style, rng)} {word} {noun.singular}"
    return f"{_digits(value, style, rng)} {noun_form(value, noun)}"


def _vague_phrase(value: float, noun: Noun) -> str | None:
    definite = noun.definite or "ال" + noun.plural
    for low, high, word in (
        (20, 99, "عشرات"),
        (200, 999, "مئات"),
        (2000, 9999, "آلاف"),
        (20000, 99999, "عشرات الآلاف من"),
    ):
        if low <= value <= high:
            return f"{word} {definite}"
    return None


def _money_phrase(value: float, style: HouseStyle, rng: random.Random) -> str:
    for size, scale in ((10**9, _BILLION), (10**6, _MILLION), (10**3, _THOUSAND)):
        if value >= size:
            amount = round(value / size, 1)
            amount = int(amount) if amount == int(amount) else amount
            if isinstance(amount, int) and amount < 11 and rng.random() < style.words:
                return f"{_scaled(amount, scale)} دولار"
            return f"{_digits(amount, style, rng)} {scale.singular} دولار"
    return f"{_digits(value, style, rng)} دولار"


def _percent_phrase(value: float, style: HouseStyle, rng: random.Random) -> str:
    number = _digits(value, style, rng)
    return number + rng.choice(("%", " في المئة", " بالمئة", " في المائة", " بالمائة"))


def render_figure(
    fact: FigureFact, style: HouseStyle, rng: random.Random, *, bare: bool = False
) -> str:
    """The words one outlet writes for a figure: qualifier, number and counted noun."""
    measure = phrases.MEASURES[fact.measure]
    if fact.measure == "money":
        phrase = _money_phrase(fact.value, style, rng)
    elif fact.measure == "percent":
        phrase = _percent_phrase(fact.value, style, rng)
    else:
        noun = measure.nouns[fact.noun]
        value = int(fact.value)
        vague = _vague_phrase(value, noun) if measure.vague and not bare else None
        if vague and rng.random() < 0.08:
            return vague
        if value >= 100 and not bare and rng.random() < 0.05:
            low = _rounded(value * 0.8, measure)
            return f"ما بين {_digits(low, style, rng)} و{_count_phrase(value, noun, style, rng)}"
        phrase = _count_phrase(value, noun, style, rng)
    if fact.qualifier and not bare:
        return f"{fact.qualifier} {phrase}"
    return phrase


def _rounded(value: float, measure: Measure) -> int:
    step = measure.round_to
    return max(measure.low, int(round(value / step) * step))


def _draw_figure(measure_name: str, rng: random.Random) -> FigureFact:
    measure = phrases.MEASURES[measure_name]
    if measure_name == "money":
        # Log-uniform, two significant digits: 150 ألف دولار to 3.9 مليار دولار.
        value = float(f"{10 ** rng.uniform(*_log_range(measure)):.2g}")
    elif measure_name == "percent":
        value = rng.randint(measure.low, measure.high)
        if rng.random() < 0.3:
            value += rng.choice((0.5, 0.2, 0.8))
    else:
        # Log-uniform: small figures are more common than large ones in news.
        value = _rounded(10 ** rng.uniform(*_log_range(measure)), measure)
    qualifier = rng.choice(phrases.QUALIFIERS) if rng.random() < 0.3 else None
    noun = rng.randrange(len(measure.nouns)) if measure.nouns else 0
    return FigureFact(measure_name, value, noun, qualifier)


@cache
def _log_range(measure: Measure) -> tuple[float, float]:
    return math.log10(measure.low), math.log10(measure.high)


# --- stories ------------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)(?::(\w+))?(?::(bare))?\}")


@dataclass(frozen=True)
class Claim:
    wordings: tuple[str, ...]
    wording: int  # the wording of the first version
    figures: tuple[tuple[str, FigureFact], ...]


@dataclass(frozen=True)
class Story:
    index: int
    theme: str
    names: tuple[tuple[str, str], ...]
    headline: Claim
    paragraphs: tuple[tuple[Claim, ...], ...]
    day: int
    month: int
    year: int


def _claim(wordings: tuple[str, ...], rng: random.Random) -> Claim:
    figures = []
    for m in _SLOT.finditer(wordings[0]):
        if m.group(2):
            figures.append((m.group(1), _draw_figure(m.group(2), rng)))
    return Claim(wordings, rng.randrange(len(wordings)), tuple(figures))


class _Deck:
    """Cards dealt in shuffled order, the first pile before the rest; reshuffled when empty."""

    def __init__(self, rng: random.Random, *piles: list) -> None:
        self._rng = rng
        self._piles = piles
        self._cards: list = []

    def deal(self):
        if not self._cards:
            for pile in reversed(self._piles):
                shuffled = list(pile)
                self._rng.shuffle(shuffled)
                self._cards = shuffled + self._cards
        return self._cards.pop(0)


def _story_names(rng: random.Random) -> dict[str, str]:
    place, place2 = rng.sample(phrases.PLACES, 2)
    return {
        "place": place,
        "place2": place2,
        "country": rng.choice(phrases.COUNTRIES),
        "authority": rng.choice(phrases.AUTHORITIES),
        "un_agency": rng.choice(phrases.UN_AGENCIES),
        "official": rng.choice(phrases.OFFICIALS),
        "outlet_ref": rng.choice(phrases.OUTLETS),
        "prison": rng.choice(phrases.PRISONS),
        "day": rng.choice(phrases.DAYS_OF_WEEK),
        "month": rng.choice(phrases.MONTH_NAMES),
        "ordinal": rng.choice(phrases.ORDINALS),
        "resolution": str(rng.randint(1100, 2799)),
        "year": str(rng.randint(2012, 2024)),
        "date": f"{rng.randint(1, 28)} {rng.choice(phrases.MONTH_NAMES)}",
    }


@lru_cache(maxsize=256)
def story(index: int, *, seed: int = 0, words: int = 1000) -> Story:
    """Story `index`: its names, its figures and its claims, grouped in paragraphs."""
    rng = random.Random(f"riwaya-bench:{seed}:story:{index}")
    theme = rng.choice(("security", "humanitarian", "economy"))
    names = _story_names(rng)
    # Claims are dealt from shuffled decks so that an article repeats none until every
    # template has been used: the story's theme first, then the others.
    families = _Deck(
        rng,
        [f for f in phrases.FAMILIES_OF_CLAIMS if f.theme in (theme, "any")],
        [f for f in phrases.FAMILIES_OF_CLAIMS if f.theme not in (theme, "any")],
    )
    background = _Deck(rng, list(phrases.BACKGROUND))
    headline = _claim((rng.choice(phrases.HEADLINES[theme]),), rng)
    paragraphs: list[tuple[Claim, ...]] = []
    count = 0
    while count < words * 0.97:
        paragraph = []
        for _ in range(rng.randint(2, 4)):
            # Most news sentences carry no figure: with this share an article holds about 30
            # figures per 1,000 words, the dense end of real reports (3 to 35 in the seeds).
            lead = not paragraphs and not paragraph  # news opens with its main fact
            if not lead and rng.random() < 0.8:
                claim = Claim((background.deal(),), 0, ())
            else:
                claim = _claim(families.deal().wordings, rng)
            paragraph.append(claim)
            # Figures render to about two words; names to one or two.
            count += len(claim.wordings[claim.wording].split()) + len(claim.figures)
        paragraphs.append(tuple(paragraph))
    return Story(
        index,
        theme,
        tuple(names.items()),
        headline,
        tuple(paragraphs),
        rng.randint(1, 28),
        rng.randrange(12),
        rng.randint(2019, 2024),
    )


def _house_style(rng: random.Random, version: int) -> HouseStyle:
    if version == 0:
        return HouseStyle(indic=0.0, words=0.1, separators=False, hundred="مئة")
    return HouseStyle(
        indic=rng.choice((0.0, 0.0, 0.5, 1.0)),
        words=rng.choice((0.0, 0.2, 0.6)),
        separators=rng.random() < 0.5,
        hundred=rng.choice(("مئة", "مائة")),
    )


def _changed(fact: FigureFact, rng: random.Random) -> FigureFact:
    """Another outlet's figure for the same thing: a different value, or another qualifier."""
    measure = phrases.MEASURES[fact.measure]
    if rng.random() < 0.6:
        factor = rng.choice((0.1, 0.5, 0.8, 1.25, 2.0, 5.0))
        value = fact.value * factor
        value = (
            round(value, 1) if fact.measure in ("money", "percent") else _rounded(value, measure)
        )
        return FigureFact(fact.measure, value, fact.noun, fact.qualifier)
    qualifier = None if fact.qualifier else rng.choice(phrases.QUALIFIERS)
    return FigureFact(fact.measure, fact.value, fact.noun, qualifier)


def _render_claim(
    claim: Claim,
    wording: int,
    names: dict[str, str],
    style: HouseStyle,
    rng: random.Random,
    change_rate: float,
) -> str:
    figures = dict(claim.figures)

    def fill(m) -> str:
        slot, measure, bare = m.groups()
        if not measure:
            value = names[slot]
            if slot in ("date", "year", "resolution") and rng.random() < style.indic:
                value = value.translate(_INDIC)
            return value
        fact = figures[slot]
        if rng.random() < change_rate:
            fact = _changed(fact, rng)
        return render_figure(fact, style, rng, bare=bool(bare))

    return _SLOT.sub(fill, claim.wordings[wording])


def article(
    index: int, *, seed: int = 0, words: int = 1000, versions: int = VERSIONS_PER_STORY
) -> GeneratedArticle:
    """Article `index` of a generated library: version `index % versions` of story
    `index // versions`, about `words` words long."""
    story_index, version = divmod(index, versions)
    return render_version(
        story(story_index, seed=seed, words=words), version, seed=seed, index=index
    )


def render_version(s: Story, version: int, *, seed: int = 0, index: int = -1) -> GeneratedArticle:
    """One outlet's version of story `s`; version 0 is the first report, the others rewrite it."""
    rng = random.Random(f"riwaya-bench:{seed}:story:{s.index}:version:{version}")
    names = dict(s.names)
    style = _house_style(rng, version)
    outlet = phrases.OUTLETS[(s.index * 3 + version) % len(phrases.OUTLETS)]
    rewrite = version > 0
    paragraphs = list(s.paragraphs)
    if rewrite:
        # Rewritten news moves paragraphs: swap about a third of them with another.
        for i in range(len(paragraphs)):
            if rng.random() < 0.3:
                j = rng.randrange(len(paragraphs))
                paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    change_rate = 0.12 if rewrite else 0.0
    body: list[str] = []
    furniture_at = rng.randrange(len(paragraphs)) if rng.random() < 0.4 else -1
    for p, paragraph in enumerate(paragraphs):
        sentences = []
        for claim in paragraph:
            if rewrite and rng.random() < 0.1:
                continue  # this outlet leaves the claim out
            wording = claim.wording
            if rewrite and len(claim.wordings) > 1 and rng.random() < 0.4:
                wording = (wording + 1) % len(claim.wordings)  # paraphrased
            sentences.append(_render_claim(claim, wording, names, style, rng, change_rate))
            if rewrite and rng.random() < 0.06:
                extra = Claim((rng.choice(phrases.BACKGROUND),), 0, ())
                sentences.append(_render_claim(extra, 0, names, style, rng, 0.0))
        if sentences:
            body.append(" ".join(sentences))
        if p == furniture_at:
            body.append("\x00" + rng.choice(phrases.FURNITURE))
    title = _render_claim(s.headline, 0, names, style, rng, change_rate)
    month = phrases.MONTH_NAMES[s.month]
    day = s.day + (version % 2 if rewrite else 0)
    date = f"{day} {month} {s.year}"
    if rng.random() < style.indic:
        date = date.translate(_INDIC)
    head = [title, "", date, f"{names['place']} - {outlet}", ""]
    tail = ["", f"المصدر: {outlet}", ""]
    text_lines = head + _blank_separated(p.lstrip("\x00") for p in body) + tail
    clean_lines = head + _blank_separated(p for p in body if not p.startswith("\x00")) + tail
    return GeneratedArticle(
        index, s.index, version, title, outlet, date, "\n".join(text_lines), "\n".join(clean_lines)
    )


def _blank_separated(paragraphs) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines.append(paragraph)
    return lines


def articles(
    n: int, *, seed: int = 0, words: int = 1000, start: int = 0
) -> Iterator[GeneratedArticle]:
    """Articles `start` … `start + n - 1` of the generated library."""
    for index in range(start, start + n):
        yield article(index, seed=seed, words=words)


def version_pair(
    story_index: int = 0, *, seed: int = 0, words: int = 1000, versions: tuple[int, int] = (0, 1)
) -> tuple[GeneratedArticle, GeneratedArticle]:
    """Two versions of one story, for comparison figures."""
    s = story(story_index, seed=seed, words=words)
    return tuple(  # type: ignore[return-value]
        render_version(s, v, seed=seed, index=story_index * VERSIONS_PER_STORY + v)
        for v in versions
    )


def write_articles(
    folder: Path, items: Iterator[GeneratedArticle] | list[GeneratedArticle]
) -> list[Path]:
    """Write articles as UTF-8 text files, one per article, the way an analyst saves them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for item in items:
        path = folder / f"article_{item.index:05d}.txt"
        path.write_text(item.text, encoding="utf-8")
        paths.append(path)
    return paths
