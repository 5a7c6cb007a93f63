"""What the words around a figure say about it, read once per article: the noun it counts, what
happened to what it counts (killed, moved, held ...), and the words near it. Comparisons pair
figures from these readings (services.compare.discrepancies).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from services.lexicon import derived
from services.models import Kind, Quantity, Sentence, Token
from services.text.lexicon import (
    HOMES,
    NOUN_EVENTS,
    Marker,
    anaphoric_nouns,
    bare_forms,
    case_nouns,
    cue_words,
    event_classes,
    fold,
    is_function_word,
    noun_classes,
    plain_set,
    singular_nouns,
    topic_classes,
)

# Identifiers are names (SY24, القرار 2254): two different names are not a discrepancy, so
# they are not read at all.
NEVER_COMPARED = frozenset({Kind.IDENTIFIER})

_WINDOW = 5  # words either side of a figure that tell what it counts and what happened to it
_NEAR = 2  # words this close weigh fully in the context; farther ones in the window, half
# Kinds whose topic (figure_topics.tsv) is read: a count's noun already says what it is.
_MEASURED_TOPICS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.AREA})
_EVENT_REACH = 4  # how far a verb such as قتل or أصيب says what happened to the figure's people
_EACH_REACH = 4  # how far before a figure "each of" (كل طرف) is looked for


@dataclass(frozen=True)
class FigureReading:
    """One figure's own words. `context` pairs each similarity term near the figure (before a
    comparison's merges, see compare.termspace.TermSpace.merged) with its nearness: 1 within
    two words, 0.5 farther in the window."""

    noun: str | None  # the counted noun's folded stem; None when unnamed or only "others"
    events: frozenset[str]  # what the nearest event word says happened (EVENT_WORDS classes)
    context: tuple[tuple[str, float], ...]


def counted_key(q: Quantity) -> str | None:
    """The folded stem of what a figure counts; "others" (آخرون) names nothing."""
    key = None
    single = _singular_of(q.counted.split()[-1]) if q.counted else None
    if single is not None:
        from services.text.arabic import stem

        key = fold(stem(single))  # قضاتها / قاضيا: a broken plural counts its singular
    elif q.counted_stem:
        key = fold(q.counted_stem)
    elif q.counted:
        from services.text.arabic import stem

        key = fold(stem(q.counted.split()[-1]))
    if key is None or key in anaphoric_nouns():
        return None
    return singular_nouns().get(key, key)


_POSSESSIVES = ("ها", "هم", "هن")


def _singular_of(word: str) -> str | None:
    """The singular of a counted broken plural (compare.morphology.singular), possessive
    suffix and all (13 من قضاتها)."""
    from services.compare.morphology import singular
    from services.text.arabic import normalize_plain

    norm = normalize_plain(word)
    found = singular(norm)
    if found is None and norm.endswith(_POSSESSIVES) and len(norm) > 4:
        bare = norm[:-2]
        # ة is written ت before a suffix (قضاتها: قضاة, normalised قضاه)
        found = singular(bare) or (singular(bare[:-1] + "ه") if bare.endswith("ت") else None)
    return found


def _read(q: Quantity, tokens: Sequence[Token], starts: Sequence[int]) -> FigureReading:
    from services.compare.terms import token_term

    noun = counted_key(q)
    first = bisect_left(starts, q.start)
    last = bisect_left(starts, q.end)
    units, housing, home = _housing()
    if (
        noun in units
        and last + 1 < len(tokens)
        and any(tokens[last + 1].norm.startswith(h) for h in housing)
    ):
        noun = home  # 50 ألف وحدة سكنية: homes
    events_of = event_classes()
    counted_word = _plain(q.counted.split()[-1]) if q.counted else None
    # Unit words (جنيه, ساعة, دولار) are no context: the figures' kind and unit already say them,
    # and a story's other figures put them everywhere.
    units_of = _unit_words()
    # A figure that names nothing it counts takes what happened from the nearest noun of the
    # dead or the hurt as well ("ارتفعت حصيلة القتلى إلى 45", "و2059 جريحا، بينهم 1404"):
    # 1404 of the injured is never paired with a count of the dead.
    bare = noun is None and not q.counted and q.kind is Kind.COUNT
    # So does a count of cases (حالة), which says only that something befell them, from a noun
    # of the dead or the hurt before it («ارتفع عدد الوفيات إلى 33 حالة»: deaths).
    case = noun is not None and q.kind is Kind.COUNT and noun in case_nouns()
    nouns_of = noun_classes() if bare or case else {}
    context: dict[str, float] = {}
    # The nearest event word before the figure decides, else the nearest after it: Arabic puts
    # the verb first ("قتل 7 أشخاص وأصيب 23"), and a verb after the counted noun most often
    # tells what came next to the same people (نجا من الحادث 31 شخصا نقلوا إلى الميناء), so a
    # neighbouring clause's verb does not leak in.
    event: tuple[bool, int, frozenset[str]] | None = None  # (after, distance, events)
    topics_of = topic_classes() if q.kind in _MEASURED_TOPICS else {}
    topic: tuple[int, str] | None = None  # the nearest topic word before the figure
    for k in range(max(0, first - _WINDOW), min(len(tokens), last + _WINDOW)):
        if first <= k < last:
            continue
        t = tokens[k]
        if t.norm.isdigit() or len(t.norm) < 2 or is_function_word(t.norm):
            continue
        after = k >= last
        distance = k - last + 1 if after else first - k
        stem = fold(t.stem)
        # An event word after the figure behind و or ف opens the next clause (أدين منهم سبعة
        # وبرئ أربعة: the seven were convicted, the acquittal is the four's).
        next_clause = after and t.norm[:1] in ("و", "ف") and fold(_stem_of(t.norm[1:])) in events_of
        if (
            distance <= _EVENT_REACH
            and not next_clause
            and not (k > 0 and tokens[k - 1].norm in _agent_nouns())
        ):
            found = events_of.get(stem) or next(
                (events_of[b] for b in bare_forms(t.norm) if b in events_of), None
            )
            if found and _no_event(t.norm):
                found = None  # رحلة (a flight) stems as رحّل (deported) does
            if not found and nouns_of and (bare or not after):
                kinds = nouns_of.get(stem) or (
                    nouns_of.get(fold(_stem_of(t.norm[2:])))
                    if t.norm.startswith("ال")  # الوفيات stems as الوف, وفيات as وفاة's class
                    else None
                )
                found = (kinds or frozenset()) & NOUN_EVENTS or None
            # The counted noun itself says it first (40 ألف إصابة و300 وفاة: 300 deaths).
            key = (False, 0) if after and distance == 1 and stem == noun else (after, distance)
            if found and (event is None or key < event[:2]):
                event = (*key, found)
            if topics_of and not after and (topic is None or distance < topic[0]):
                name = topics_of.get(stem) or next(
                    (topics_of[b] for b in bare_forms(t.norm) if b in topics_of), None
                )
                if name:
                    topic = (distance, name)
        # The counted noun is no context word, though a broken plural stems apart from the
        # singular it counts (9 نواب: نائب).
        if stem != noun and t.norm != counted_word and t.norm not in units_of:
            term = token_term(t)
            nearness = 1.0 if distance <= _NEAR else 0.5
            context[term] = max(context.get(term, 0.0), nearness)
    events = event[2] if event else frozenset()
    if topic is not None:
        events = events | {_head_topic(tokens, first - topic[0], topics_of) or topic[1]}
    partitive = (
        q.kind is Kind.COUNT and q.qualifier != "vague" and _is_partitive(tokens, last, events)
    )
    if partitive or (first >= 1 and _is_part_word(tokens[first - 1].norm)):
        events = events | {Marker.PART}
    if _is_whole(tokens, first):
        events = events | {Marker.WHOLE}
    if _is_prior(tokens, first, last):
        events = events | {Marker.PRIOR}
    if _is_each(tokens, first, last):
        events = events | {Marker.EACH}
    if _is_period(tokens):
        events = events | {Marker.PERIOD}
    return FigureReading(noun, events, tuple(sorted(context.items())))


@derived
def _unit_words() -> frozenset[str]:
    from services.text.units import unit_words

    return unit_words()


def _plain(word: str) -> str:
    from services.text.arabic import normalize_plain

    return normalize_plain(word)


def _no_event(norm: str) -> bool:
    """Whether a word whose stem is an event word's names something else (reading_words.tsv,
    not_events: رحلة, رحلات share the stem of رحّل)."""
    from services.text.lexicon import word_list

    words = word_list("not_events")
    return norm in words or any(b in words for b in bare_forms(norm))


def _head_topic(tokens: Sequence[Token], k: int, topics_of: dict[str, str]) -> str | None:
    """The topic of the head of a construct whose second noun is the topic word at k (عجز
    الميزانية is a deficit, نمو الاقتصاد growth): an indefinite word naming a topic just before
    a definite one."""
    from services.text.counted import has_article

    if k < 1 or not has_article(tokens[k].norm) or has_article(tokens[k - 1].norm):
        return None
    head = tokens[k - 1]
    return topics_of.get(fold(head.stem)) or next(
        (topics_of[b] for b in bare_forms(head.norm) if b in topics_of), None
    )


def _stem_of(word: str) -> str:
    from services.text.arabic import stem

    return stem(word)


def _part_words() -> frozenset[str]:
    return cue_words("part")


def _agent_nouns() -> frozenset[str]:
    return plain_set("agent_nouns")


@derived
def _housing() -> tuple[frozenset[str], frozenset[str], str]:
    """Stems of وحدة, the normalised adjective سكني, and the stem that stands for a home."""
    from services import lexicon
    from services.text.arabic import stem

    units = frozenset(fold(stem(w)) for w in lexicon.grouped("figure_cues")["housing_unit"])
    home = fold(stem(lexicon.grouped("noun_classes")[HOMES][0]))
    return units, cue_words("housing_adjective"), home


def _whole_words() -> tuple[frozenset[str], frozenset[str]]:
    return cue_words("whole"), cue_words("composed_of")


def _is_whole(tokens: Sequence[Token], first: int) -> bool:
    """من أصل 150, من مجموع 150, المؤلف من 150: the figure is a whole, not a part of it."""
    if first < 2:
        return False
    whole, composed = _whole_words()
    before, last = tokens[first - 2].norm, tokens[first - 1].norm
    return (before == "من" and last in whole) or (last == "من" and before in composed)


def _is_prior(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The figure a change starts from: من 5 إلى 20, بدلا من 11, بدل 11, مقارنة بـ 30."""
    if first < 1:
        return False
    before = tokens[first - 1].norm
    if before == "من" and last < len(tokens) and tokens[last].norm in ("الي", "حتي"):
        return last + 1 < len(tokens) and tokens[last + 1].norm[:1].isdigit()
    words = _prior_words()
    if before in ("من", "مع", "ب", "بـ") and first >= 2:
        before = tokens[first - 2].norm
    return before in words


def _is_each(tokens: Sequence[Token], first: int, last: int) -> bool:
    """كل طرف, لكل منهما within three words before the figure, or a rate per one of something
    after it (300 دينار عن كل حاوية, 3 آلاف دينار لكل مهاجر): a figure for each of them,
    never the total another version gives."""
    each, of = _each_words()
    if any(
        tokens[k].norm in each and tokens[k + 1].norm in of
        for k in range(max(0, first - _EACH_REACH), first - 1)
    ):
        return True
    # After the figure, «كل» with a preposition before a noun (عن كل, على كل, لكل): «كل» alone
    # there opens a new phrase (12 قتيلا كل يوم is a daily toll read as such elsewhere).
    for k in range(last, min(len(tokens) - 1, last + _EACH_REACH)):
        norm = tokens[k].norm
        if norm in ("لكل", "ولكل") or (
            norm == "كل" and k > last and tokens[k - 1].norm in _EACH_PREPOSITIONS
        ):
            return True
    return False


# Prepositions that make «كل» after a figure a rate per one (عن كل حاوية, على كل برميل).
_EACH_PREPOSITIONS = frozenset({"عن", "علي"})


def _is_period(tokens: Sequence[Token]) -> bool:
    """Whether the figure's sentence frames it as a total over the year so far: منذ بداية العام,
    ومنذ مطلع السنة, منذ يناير, هذا العام, العام الجاري (figure_cues.tsv, period_*)."""
    since, start, period = cue_words("period_since"), cue_words("period_start"), cue_words("period")
    from services.text.dates import month_first_words

    this, current = cue_words("period_this"), cue_words("period_current")
    months = month_first_words()
    for k in range(len(tokens) - 1):
        word, after = tokens[k].norm, tokens[k + 1].norm
        if word in since and (
            after in months
            or (after in start and k + 2 < len(tokens) and tokens[k + 2].norm in period)
        ):
            return True
        if (word in this and after in period) or (word in period and after in current):
            return True
    return False


def _each_words() -> tuple[frozenset[str], frozenset[str]]:
    return cue_words("each"), cue_words("each_of")


def _prior_words() -> frozenset[str]:
    return cue_words("prior")


def _is_partitive(tokens: Sequence[Token], last: int, events: frozenset[str]) -> bool:
    """أربعة من المصابين after وفاة: a count of some of a group already named, whom something
    else befell than the noun says (the hurt who died), a part of that group and not its whole.
    Only then: «أكثر من 100 من المعتقلين» is how a count of detainees is written, and «خمسة
    منهم» in «حالة خمسة منهم حرجة» is compared with «سبعة من الجرحى»."""
    if last + 1 >= len(tokens) or tokens[last].norm != "من":
        return False
    from services.text.counted import has_article

    group = tokens[last + 1]
    if not has_article(group.norm):
        return False
    kinds = noun_classes().get(fold(group.stem), frozenset()) & NOUN_EVENTS
    befell = events & NOUN_EVENTS
    return bool(kinds and befell and not kinds & befell)


def _is_part_word(norm: str) -> bool:
    """بينهم, ومنهم, من بينها: the figure after it is part of a group named before."""
    words = _part_words()
    return norm in words or (norm[:1] in ("و", "ف") and norm[1:] in words)


def read_figures(
    quantities: Sequence[Quantity], sentences: Sequence[Sentence], tokens: Sequence[Token]
) -> tuple[FigureReading | None, ...]:
    """A reading per quantity (None for identifiers and figures without any value).

    Only the words of the figure's own sentence count: the next sentence says nothing of it.
    """
    starts = [t.start for t in tokens]
    out: list[FigureReading | None] = []
    for q in quantities:
        if q.kind in NEVER_COMPARED or (q.value is None and q.low is None and q.high is None):
            out.append(None)
            continue
        if 0 <= q.sentence < len(sentences):
            a, b = sentences[q.sentence].start, sentences[q.sentence].end
        else:
            a, b = q.start, q.end
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        out.append(_read(q, tokens[lo:hi], starts[lo:hi]))
    _share_topics(quantities, out)
    for members in _lists(quantities, out, tokens, starts):
        for n in members:
            reading = out[n]
            if reading is not None:
                out[n] = FigureReading(
                    reading.noun, reading.events | {Marker.LISTED}, reading.context
                )
    return tuple(out)


def _share_topics(quantities: Sequence[Quantity], out: list[FigureReading | None]) -> None:
    """A sum or share whose topic word is out of reach takes the topic of its sentence when
    its other sums and shares name one topic only: «ارتفعت الواردات بنسبة 3.1 في المائة لتصل
    إلى 183.9 مليار درهم» (both imports)."""
    topics: dict[int, set[str]] = {}
    for q, r in zip(quantities, out, strict=True):
        if r is not None and q.kind in _MEASURED_TOPICS:
            topics.setdefault(q.sentence, set()).update(_topic_of(r.events))
    for n, (q, r) in enumerate(zip(quantities, out, strict=True)):
        if r is None or q.kind not in _MEASURED_TOPICS or _topic_of(r.events):
            continue
        named = topics.get(q.sentence, set())
        if len(named) == 1:
            out[n] = FigureReading(r.noun, r.events | named, r.context)


def _topic_of(events: frozenset[str]) -> set[str]:
    return {e for e in events if e.startswith("topic:")}


# Words a listed count's noun and what qualifies it may take before the next count's و: the
# noun (5 جنود و3) and up to three more (12 جنديا من الحرس و3); the dev set's lists read the
# same at every gap from 1 to 8 (bench.accuracy: pairing 195/4/16, links 173/8/28).
_LIST_GAP = 4


def _lists(
    quantities: Sequence[Quantity],
    readings: Sequence[FigureReading | None],
    tokens: Sequence[Token],
    starts: Sequence[int],
) -> list[list[int]]:
    """Counts of different things one sentence lists together, each joined to the one before
    by و within _LIST_GAP words (قتل 5 جنود و3 مدنيين, تقل 124 راكبا و6 من أفراد الطاقم): the
    parts of a whole another version may give (8 قتلى, 130 شخصا), never that whole."""
    runs: list[list[int]] = []
    previous: int | None = None
    for n, q in enumerate(quantities):
        if q.kind is not Kind.COUNT or readings[n] is None:
            continue
        p = quantities[previous] if previous is not None else None
        if p is not None and p.sentence == q.sentence and _joined(p, q, tokens, starts):
            runs[-1].append(n)
        else:
            runs.append([n])
        previous = n
    return [
        run
        for run in runs
        if len(run) > 1
        and len({counted_key(quantities[n]) for n in run} - {None}) > 1
        and len({_what_happened(quantities[n], readings[n]) for n in run} - {frozenset()}) <= 1
    ]


def _what_happened(q: Quantity, reading: FigureReading | None) -> frozenset[str]:
    """The dead, the hurt, the rescued or the missing, as a count's words or its noun say:
    counts listed together of different ones (7 شهداء و20 جريحا) are kinds of people, not
    parts of one whole."""
    noun = counted_key(q)
    own = noun_classes().get(noun, frozenset()) if noun else frozenset()
    said = reading.events if reading is not None else frozenset()
    return (own | said) & NOUN_EVENTS


def _joined(p: Quantity, q: Quantity, tokens: Sequence[Token], starts: Sequence[int]) -> bool:
    """Whether q follows p behind و («و3», «وثلاثة») within _LIST_GAP words of it."""
    first = bisect_left(starts, p.end)  # the first word after p
    at = bisect_left(starts, q.start)  # q's own first word, or the one after a و written on it
    if at < len(tokens) and tokens[at].start == q.start:
        joined = at > 0 and tokens[at - 1].norm == "و"  # «و3»: و a word of its own
    else:
        word = tokens[at - 1] if at > 0 else None  # «وثلاثة»: the و inside the word
        joined = word is not None and word.norm.startswith("و") and word.start == q.start - 1
    return joined and 0 <= at - 1 - first <= _LIST_GAP
