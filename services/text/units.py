"""What a figure measures: currencies, percent, length, area, weight, volume, temperature and
duration words after a number, and the duals that are a figure on their own (يومين, دفعتين).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from services import lexicon
from services.lexicon import derived
from services.models import Kind, Quantity
from services.text.arabic import normalize_plain
from services.text.numerals import Tok


@dataclass(frozen=True, slots=True)
class Unit:
    kind: Kind
    code: str  # "USD", "km", "%", "day"; a generic name when the country is not said: "dinar"


# Units, currencies and the duals read as 2 are data: units.tsv (kind, code, spelling),
# currency_countries.tsv (دينار كويتي → KWD), currency_codes.tsv (42 KWD) and dual_nouns.tsv.


@dataclass(frozen=True, slots=True)
class Dual:
    """A dual noun: its singular as written (for the stem) and its unit when it measures."""

    singular: str
    unit: Unit | None


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(normalize_plain(w) for w in phrase.split())


@derived
def _unit_table() -> dict[tuple[str, ...], Unit]:
    table: dict[tuple[str, ...], Unit] = {}
    for row in lexicon.rows("units"):
        kind, code, spelling = row.cells
        table.setdefault(_words(spelling), Unit(Kind(kind), code))
    for code in lexicon.column("currency_codes"):
        table.setdefault((code,), Unit(Kind.MONEY, code))
    return table


@derived
def _longest_unit() -> int:
    return max(len(k) for k in _unit_table())


@derived
def _country_codes() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in lexicon.rows("currency_countries"):
        generic, adjective, code = row.cells
        out.setdefault(generic, {})[normalize_plain(adjective)] = code
    return out


@derived
def _families() -> dict[str, str]:
    """Each country's currency code -> the generic name it is a kind of (EGP -> pound). The
    dollar is left out: "دولار" alone is already read as USD."""
    return {
        code: generic
        for generic, names in _country_codes().items()
        if generic != "USD"
        for code in names.values()
    }


def currency_family(code: str | None) -> str | None:
    """The generic currency a code belongs to (EGP, SDG -> pound), or the code itself."""
    return _families().get(code, code) if code else code


def same_currency(a: str | None, b: str | None) -> bool:
    """Whether two money units can be the same currency: equal, or one the generic name of
    the other (جنيه and جنيه مصري); never two countries' (EGP and SDG) or two names (USD and
    EUR)."""
    return a == b or currency_family(a) == b or currency_family(b) == a


def _adjective_root(word: str) -> str:
    if word.startswith("ال"):
        word = word[2:]
    for ending in ("يين", "يون", "يات", "يه", "يا"):
        if word.endswith(ending):
            return word[: -len(ending)] + "ي"
    return word


def read_unit(tokens: list[Tok], j: int) -> tuple[Unit, int] | None:
    """The unit that starts at tokens[j] (longest spelling first), with the index after it.

    A generic currency takes its country from the adjective that follows (ليرة سورية → SYP).
    """
    table = _unit_table()
    n = len(tokens)
    for size in range(min(_longest_unit(), n - j), 0, -1):
        key = tuple(tokens[k][1] for k in range(j, j + size))
        # words of a spelling must be adjacent or space-separated, never across a line
        unit = table.get(key)
        if unit is None:
            continue
        end = j + size
        countries = _country_codes().get(unit.code)
        if countries and end < n and tokens[end][0] == "w":
            code = countries.get(_adjective_root(tokens[end][1]))
            if code:
                return Unit(unit.kind, code), end + 1
        return unit, end
    return None


def unit_before(tokens: list[Tok], i: int) -> tuple[Unit, int] | None:
    """A currency symbol written before the number: $10, US$ 5, € 20."""
    if i >= 1 and tokens[i - 1][0] == "s":
        unit = _unit_table().get((tokens[i - 1][1],))
        if unit is not None and unit.kind == Kind.MONEY:
            if i >= 2 and tokens[i - 2][1] == "US" and tokens[i - 2][3] == tokens[i - 1][2]:
                return unit, i - 2
            return unit, i - 1
    return None


def unit_noun(word: str) -> Unit | None:
    """The unit a single normalised word names (ساعة → hours), or None."""
    return _unit_table().get((word,))


_DUAL_PREFIXES = (
    "",
    "و",
    "ف",
    "ب",
    "ل",
    "ال",
    "وال",
    "بال",
    "لل",
    "فال",
    "وب",
    "ول",
    "وبال",
    "ولل",
)


@derived
def _duals() -> dict[str, Dual]:
    table: dict[str, Dual] = {}

    def add(singular: str, unit: Unit | None, nominative_only: bool = False) -> None:
        base = normalize_plain(singular)
        if base.endswith("ه"):
            stems, endings = base[:-1] + "ت", ("ان", "ين")
        elif base.endswith("ي") and len(base) > 3 and singular.endswith("ى"):
            stems, endings = base[:-1] + "ي", ("ان", "ين")  # مبنى → مبنيين, مستشفى → مستشفيين
        else:
            stems, endings = base, ("ان", "ين")
        if nominative_only:
            endings = ("ان",)
        for ending in endings:
            for prefix in _DUAL_PREFIXES:
                table.setdefault(prefix + stems + ending, Dual(singular, unit))

    forms = lexicon.grouped("dual_nouns")
    for word in forms.get("unit", ()):
        add(word, unit_noun(normalize_plain(word)))
    for word in (*forms.get("feminine", ()), *forms.get("masculine", ())):
        add(word, None)
    for word in forms.get("nominative_only", ()):
        add(word, None, nominative_only=True)
    return table


@derived
def _construct_duals() -> dict[str, Dual]:
    """Feminine countable nouns as duals in construct (حالتا/حالتي إصابة, سيارتا إسعاف): the
    ن falls before the noun that follows. حالتي is also "my state": quantities checks the word
    after it."""
    table: dict[str, Dual] = {}
    for singular in lexicon.grouped("dual_nouns").get("feminine", ()):
        base = normalize_plain(singular)
        if not base.endswith("ه"):
            continue
        for ending in ("تا", "تي"):
            for prefix in _DUAL_PREFIXES:
                if not prefix.endswith(("ال", "لل")):  # a construct takes no article
                    table.setdefault(prefix + base[:-1] + ending, Dual(singular, None))
    return table


def construct_dual(word: str) -> Dual | None:
    """The dual in construct a normalised word may be, or None: حالتي (إصابة) → 2 of حالة."""
    return _construct_duals().get(word)


def dual(word: str) -> Dual | None:
    """The dual a normalised word is, or None: يومين → 2 days, دفعتين → 2 of دفعة."""
    return _duals().get(word)


def dual_words() -> frozenset[str]:
    return frozenset(_duals()) | frozenset(_construct_duals())


def unit_words() -> frozenset[str]:
    """The single-word unit spellings (ساعة, دولار, كم)."""
    return frozenset(key[0] for key in _unit_table() if len(key) == 1)


# Each unit's size in the base unit of its dimension, so that figures written in two units of
# one dimension compare: 48 ساعة and يومين are both 48 h, 25 نقطة أساس and ربع نقطة مئوية both
# 0.25 pp, 60 كم/س and ستين كيلومترا في الساعة both 60 km/h, 9 أميال بحرية 16,668 m.
# A month is taken as 30 days and a year as 12 months (360 days), so that the forms news mixes
# meet exactly: شهرين = 60 يوما, 18 شهرا = عام ونصف, نصف عام = ستة أشهر; the price is that
# 365 يوما and عام read as different figures. A night (ليلة) counts stays, not hours, and a
# barrel, a cup or an ounce (troy or not) stays its own unit.
_BASE: dict[str, tuple[str, float]] = {
    "s": ("h", 1 / 3600),
    "min": ("h", 1 / 60),
    "h": ("h", 1.0),
    "day": ("h", 24.0),
    "week": ("h", 168.0),
    "month": ("h", 720.0),
    "year": ("h", 8640.0),
    "decade": ("h", 86400.0),
    "century": ("h", 864000.0),
    "bp": ("pp", 0.01),
    "pp": ("pp", 1.0),
    "mm": ("m", 0.001),
    "cm": ("m", 0.01),
    "m": ("m", 1.0),
    "km": ("m", 1000.0),
    "in": ("m", 0.0254),
    "ft": ("m", 0.3048),
    "mi": ("m", 1609.344),
    "nmi": ("m", 1852.0),
    "m2": ("m2", 1.0),
    "dunam": ("m2", 1000.0),
    "feddan": ("m2", 4200.83),
    "ha": ("m2", 10_000.0),
    "km2": ("m2", 1e6),
    "mL": ("m3", 1e-6),
    "L": ("m3", 0.001),
    "hL": ("m3", 0.1),
    "gal": ("m3", 0.003785411784),
    "ft3": ("m3", 0.028316846592),
    "m3": ("m3", 1.0),
    "mg": ("kg", 1e-6),
    "g": ("kg", 0.001),
    "kg": ("kg", 1.0),
    "lb": ("kg", 0.45359237),
    "t": ("kg", 1000.0),
    "km/h": ("km/h", 1.0),
    "mph": ("km/h", 1.609344),
    "knot": ("km/h", 1.852),
    "m/s": ("km/h", 3.6),
    "kW": ("MW", 0.001),
    "MW": ("MW", 1.0),
    "GW": ("MW", 1000.0),
    "kWh": ("MWh", 0.001),
    "MWh": ("MWh", 1.0),
    "GWh": ("MWh", 1000.0),
    "TWh": ("MWh", 1e6),
}


@dataclass(frozen=True, slots=True)
class Measure:
    """A figure in the base unit of its dimension: what two figures are compared in."""

    unit: str | None
    value: float | None
    low: float | None
    high: float | None


def _in_base(x: float | None, factor: float, offset: float = 0.0) -> float | None:
    if x is None or not math.isfinite(x):
        return x
    # 12 significant digits, as quantities keep: 300 min and 5 h are one figure, not two that
    # differ in the sixteenth digit.
    return float(f"{(x + offset) * factor:.12g}")


def measure(q: Quantity) -> Measure:
    """The figure in the base unit of its dimension (see _BASE); a figure of any other unit, or
    of none, as it is. The quantity itself keeps the unit it is written in.

    >>> from services.text.quantities import extract_quantities
    >>> [(m.unit, m.value) for m in map(measure, extract_quantities("48 ساعة، أي يومين"))]
    [('h', 48.0), ('h', 48.0)]
    """
    if q.unit == "°F":  # (F − 32) × 5/9
        return Measure("°C", *(_in_base(x, 5 / 9, -32.0) for x in (q.value, q.low, q.high)))
    base = _BASE.get(q.unit or "")
    if base is None:
        return Measure(q.unit, q.value, q.low, q.high)
    unit, factor = base
    return Measure(unit, *(_in_base(x, factor) for x in (q.value, q.low, q.high)))
