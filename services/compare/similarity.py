"""How alike two sentences are (compare.termspace's weighted terms plus character trigrams of
the stems for the word forms the stemmer leaves apart: يضرب/تضرب, مقتل/قتل, أميركية/أمريكية),
and the checks that keep a link from two sentences stating opposite claims in shared words:
a denied word, actors swapped around one verb, words of opposite ends of one scale, one thing
put in the place of another in one frame. Two short sentences naming different countries score
lower.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from services.compare import tuning
from services.compare.terms import CLASS_MARKS, ROOT, lexicon_term, root_term
from services.compare.termspace import TermSpace
from services.lexicon import derived, rows
from services.text.lexicon import (
    fold,
    place_regions,
    reporting_stems,
)


@dataclass(frozen=True)
class Score:
    """The parts of a similarity score, kept apart so thresholds can be measured on each."""

    dice: float  # weighted term overlap, both ways
    containment: float  # weighted overlap over the lighter sentence, within a stretch of the other
    grams: float  # character-trigram Dice
    shorter: float  # weight of the lighter sentence (how much evidence containment rests on)
    conflict: float = 1.0  # the share kept when two short sentences name different countries

    @property
    def value(self) -> float:
        return combine(self)


# How the parts combine (the numbers and their measurements: services.compare.tuning).
# Trigrams are left out of containment: a long sentence holds most trigrams of any short one
# (with them, a seed headline linked to an unrelated 60-word sentence at 0.48).


def combine(s: Score) -> float:
    return combined(s.dice, s.containment, s.grams, s.shorter, s.conflict)


def combined(
    dice: float, containment: float, grams: float, shorter: float, conflict: float = 1.0
) -> float:
    """`combine` of the parts of a Score not made (alignment bounds scores by it)."""
    # Below tuning.EVIDENCE (about three rare words' worth) a sentence is a label or a dateline
    # ("دولي سوريا العراق") whose few, common words match too easily.
    share = tuning.GRAM_SHARE
    base = min(1.0, shorter / tuning.EVIDENCE) * ((1.0 - share) * dice + share * grams)
    evidence = min(1.0, shorter / tuning.CONTAINMENT_EVIDENCE)
    contained = tuning.CONTAINMENT_DISCOUNT * evidence * containment
    return conflict * max(base, contained)


# Two short sentences that each name a country the other does not (زلزال يضرب المغرب / زلزال
# يضرب جنوب تركيا) are most often one template filled with two events: headlines are where
# outlets state the place first. Long sentences name places in passing, so they are left alone.
# Different figures are no such sign: two outlets' tolls for one event differ (60 / 750), and
# those are the conflicts a reader compares, so their sentences must stay linked.
# (tuning.PLACE_CONFLICT, tuning.SHORT)


def _uncovered(places: set[str], other: set[str]) -> bool:
    """Whether a place of `places` is neither in `other` nor a region or country of it."""
    regions = place_regions()
    inside = other | {"%" + regions[p[1:]] for p in other if p[1:] in regions}
    return any(p not in inside and "%" + regions.get(p[1:], "") not in other for p in places)


def _word_count(terms: frozenset[str]) -> int:
    """Terms of words and figures, without their root companions."""
    return sum(1 for t in terms if t[0] != ROOT)


def _conflict(a: frozenset[str], b: frozenset[str]) -> float:
    # Every word has at most two terms (its own and its root's): a longer set is no headline.
    if len(a) > 2 * tuning.SHORT or len(b) > 2 * tuning.SHORT:
        return 1.0
    named_a, named_b = _named(a), _named(b)
    if named_a is None or named_b is None:
        return 1.0
    for places_a, places_b in zip(named_a, named_b, strict=True):  # countries, then goods
        if (
            places_a
            and places_b
            and _uncovered(places_a, places_b)
            and _uncovered(places_b, places_a)
        ):
            return tuning.PLACE_CONFLICT
    return 1.0


def _named(terms: frozenset[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The countries and the goods a sentence of at most tuning.SHORT words names (None for a
    longer one), once per set of terms: a short sentence is scored against many."""
    found = _named_cache.get(terms, _UNSEEN)
    if found is _UNSEEN:
        if len(_named_cache) > 100_000:
            _named_cache.clear()
        found = _named_cache[terms] = (
            None
            if _word_count(terms) > tuning.SHORT
            else (
                frozenset(t for t in terms if t[0] == "%"),
                frozenset(t for t in terms if t[0] == "$"),
            )
        )
    return found  # type: ignore[return-value]


_UNSEEN = object()
_named_cache: dict[frozenset[str], object] = {}


def _local_shared(
    sequence: Sequence[str], shared: frozenset[str], weights: dict[str, float], width: int
) -> float:
    """The most shared weight found within `width` consecutive terms of `sequence`."""
    counts: dict[str, int] = {}
    total = best = 0.0
    for k, term in enumerate(sequence):
        if term in shared:
            c = counts.get(term, 0)
            if c == 0:
                total += weights[term]
            counts[term] = c + 1
        if k >= width:
            old = sequence[k - width]
            if old in shared:
                c = counts[old] - 1
                counts[old] = c
                if c == 0:
                    total -= weights[old]
        if total > best:
            best = total
    return best


def score_pair(space: TermSpace, i: int, j: int, shared_weight: float | None = None) -> Score:
    """The similarity parts of left sentence i and right sentence j."""
    a, b = space.left[i], space.right[j]
    w = space.weights
    wa, wb = space.left_weights[i], space.right_weights[j]
    shared = a & b
    if wa <= 0.0 or wb <= 0.0:
        return Score(0.0, 0.0, 0.0, 0.0)
    # Words both sentences attribute their claims with (وقالت المفوضية ... إن) say who
    # speaks, not what is said: they weigh tuning.ATTRIBUTED_WEIGHT and hold no stretch.
    said = shared & space.said_left[i] & space.said_right[j] if space.said_left else None
    if said:
        shared = shared - said
    if shared_weight is None:
        shared_weight = math.fsum(map(w.__getitem__, shared))
        if said:
            shared_weight += tuning.ATTRIBUTED_WEIGHT * math.fsum(map(w.__getitem__, said))
    ga, gb = space.grams_left[i], space.grams_right[j]
    common = len(ga & gb) if ga and gb else 0
    g = 2.0 * common / (len(ga) + len(gb)) if common else 0.0
    # Containment is measured inside the stretch of the longer sentence that holds the most
    # of the shorter one: a headline's words scattered over a 60-word sentence are not it.
    short_len, long_seq = (
        (len(a), space.right_sequences[j]) if wa <= wb else (len(b), space.left_sequences[i])
    )
    width = max(6, round(tuning.STRETCH * short_len))
    local = shared_weight if len(long_seq) <= width else _local_shared(long_seq, shared, w, width)
    contained = local / min(wa, wb)
    conflict = _conflict(a, b)
    # One sentence denies a word both say (الحكومة توافق / الحكومة لا توافق).
    if space.denied_left and (space.denied_left[i] ^ space.denied_right[j]) & shared:
        conflict = min(conflict, tuning.NEGATION_KEPT)
    score = Score(2.0 * shared_weight / (wa + wb), contained, g, min(wa, wb), conflict)
    # Actors swapped around a verb, or words of opposite ends of one scale: looked for only
    # where they could decide a link.
    if combine(score) >= tuning.LINK_THRESHOLD:
        kept = conflict
        if _swapped(space.left_sequences[i], space.right_sequences[j], shared, w):
            kept = min(kept, tuning.SWAPPED_KEPT)
        if _opposite(space.left_sequences[i], space.right_sequences[j]):
            kept = min(kept, tuning.OPPOSITE_KEPT)
        if _replaced(space.left_sequences[i], space.right_sequences[j], a, b):
            kept = min(kept, tuning.REPLACED_KEPT)
        if kept != conflict:
            score = Score(score.dice, score.containment, score.grams, score.shorter, kept)
    return score


def opposed(space: TermSpace, i: int, j: int) -> bool:
    """Whether left sentence i and right sentence j state opposite claims in shared words: one
    denies a word both say, the actors around one verb are swapped, they name opposite ends
    of one scale (ارتفع / انخفض), or one frame holds another thing (رجل يعزف على الغيتار /
    رجل يعزف على البيانو)."""
    a, b = space.left[i], space.right[j]
    shared = a & b
    if space.denied_left and (space.denied_left[i] ^ space.denied_right[j]) & shared:
        return True
    if _opposite(space.left_sequences[i], space.right_sequences[j]):
        return True
    if _replaced(space.left_sequences[i], space.right_sequences[j], a, b):
        return True
    return _swapped(space.left_sequences[i], space.right_sequences[j], shared, space.weights)


def _replaced(
    a: tuple[str, ...], b: tuple[str, ...], terms_a: frozenset[str], terms_b: frozenset[str]
) -> bool:
    """Whether two short sentences are one frame with another thing in its slot: the words of
    each that meet no word of the other (by term or root) stand in the same places, between
    the same neighbours, as many on both sides (رجل يعزف على الغيتار / رجل يعزف على البيانو,
    امرأة تضيف الملح إلى الطعام / امرأة تضيف البيض إلى الوعاء, ارتفعت أسعار الذهب / ارتفعت
    أسعار الإيجارات). The frame is what many claims share (an actor such as رجل, a verb, its
    prepositions); what fills its slot is what the claim is about, and no word list of
    everything that is not a synonym can be written.

    Left alone, as rewordings: a word on one side only (a modifier added: رجل يعزف على آلة
    الكمان); a slot of two words for one (الهاتف المحمول / الجوال, غرفة الجلوس / الصالون: a
    compound for a word); a present-tense verb for another (يركض / يجري, يبنون / يصنعون: the
    commonest synonyms), unless the lists hold both apart (غرق / احتجاز: &killed, &held); a
    place for a word that is none (الدوري السعودي / دوري روشن: a thing of the place); more
    than one word on a side where the sentence opens on it (its verb, in Arabic order: وتنافس
    على المقعد / وخاض السباق) or holds a figure (the words around a figure are reworded most:
    نحو 300 ألف برميل يومياً / 320 ألف برميل في اليوم); words that qualify or point back
    (عدة / وآخر: reading_words.tsv vague_words) and reporting words; and sentences of more
    than tuning.FRAME_WORDS words or tuning.FRAME_REPLACED words a side.
    """
    words_a = _single_words(a)
    words_b = _single_words(b)
    if not (2 <= len(words_a) <= tuning.FRAME_WORDS and 2 <= len(words_b) <= tuning.FRAME_WORDS):
        return False
    gaps_a = _gaps(words_a, terms_b)
    gaps_b = _gaps(words_b, terms_a) if gaps_a else None
    if not gaps_a or not gaps_b or len(gaps_a) != len(gaps_b):
        return False
    if sum(len(slot) for _, _, slot in gaps_a) > 1 and (
        gaps_a[0][0] is None or gaps_b[0][0] is None or _has_figure(a) or _has_figure(b)
    ):
        return False
    replaced = False
    for (before_a, after_a, slot_a), (before_b, after_b, slot_b) in zip(
        gaps_a, gaps_b, strict=True
    ):
        # The same place: the same word before (or none) and the same word after (or none),
        # and as many words in it.
        if len(slot_a) != len(slot_b):
            return False
        if not (_same_place(before_a, before_b) and _same_place(after_a, after_b)):
            return False
        if _is_place(slot_a) != _is_place(slot_b):
            return False  # a place and a thing of it (الدوري السعودي / دوري روشن)
        words = slot_a + slot_b
        # An action for another is most often a synonym no list holds, unless both are in
        # lists that keep them apart (غرق / احتجاز: &killed, &held).
        if not all(_verb_like(t) for t in words) or all(t[0] == "&" for t in words):
            replaced = True
    return replaced


def _is_place(slot: tuple[str, ...]) -> bool:
    return any(t[0] == "%" for t in slot)


_Word = tuple[str, str | None]  # a word's term and its root companion (_single_words)


def _gaps(
    words: tuple[_Word, ...], other: frozenset[str]
) -> list[tuple[_Word | None, _Word | None, tuple[str, ...]]] | None:
    """The runs of words of `words` whose term and root are both absent from `other`, each with
    the word before and after it (None at an end) and its terms; reporting and vague words
    count as met. None when more than tuning.FRAME_REPLACED words are unmet."""
    skip = _not_replacing()
    gaps: list[tuple[_Word | None, _Word | None, tuple[str, ...]]] = []
    run: list[str] = []
    before: _Word | None = None
    unmet = 0
    for word in words:
        term, root = word
        if not (
            term in other
            or (root is not None and root in other)
            or term in skip
            or (term[0] in "وف" and term[1:] in skip)
        ):
            unmet += 1
            if unmet > tuning.FRAME_REPLACED:
                return None
            run.append(term)
            continue
        if run:
            gaps.append((before, word, tuple(run)))
            run = []
        before = word
    if run:
        gaps.append((before, None, tuple(run)))
    return gaps


def _same_place(x: _Word | None, y: _Word | None) -> bool:
    """Whether two neighbours of a slot are the same word, or both an end of the sentence."""
    if x is None or y is None:
        return x is y
    return _same_word(x, y)


def _has_figure(sequence: tuple[str, ...]) -> bool:
    return any(t[0] == "#" for t in sequence)


def _same_word(x: _Word, y: _Word) -> bool:
    """Whether two words (term, root) meet by their terms or their roots."""
    return x[0] == y[0] or (x[1] is not None and x[1] in (y[0], y[1])) or y[1] == x[0]


def _verb_like(term: str) -> bool:
    """A present-tense verb by its prefix (يعزف, تقطع, نبحث; يجري and يقرأ are left يجر and
    يقر by the stemmer), or a class of words that holds one (&hosted: يستضيف, تستضيف). Some
    nouns look so too (تقرير, تين): only a pair of them is left alone."""
    if term[0] == "&":
        return term in _verb_classes()
    return len(term) >= 3 and term[0] in "يتن"


@derived
def _verb_classes() -> frozenset[str]:
    """The class terms of synonyms.tsv and event_words.tsv that hold a present-tense verb
    (a word starting with ي: nouns rarely do)."""
    return frozenset(
        "&" + row.cells[0]
        for table in ("synonyms", "event_words")
        for row in rows(table)
        if row.cells[1].startswith("ي")
    )


@derived
def _not_replacing() -> frozenset[str]:
    """The terms of words that never stand in a frame's slot: reporting words (قال / أضاف) and
    vague ones (reading_words.tsv vague_words: عدة, آخر)."""
    from services.text.arabic import normalize_plain, stem
    from services.text.lexicon import word_list

    vague = word_list("vague_words")
    return reporting_stems() | {lexicon_term(normalize_plain(w), fold(stem(w))) for w in vague}


@derived
def _opposite_ends() -> dict[str, frozenset[tuple[str, str]]]:
    """The (scale, end) of each term standing for a word of opposites.tsv: the word's class
    ("^&killed", so قتل stands for every word of killed) or, for a word of no class, its root
    ("^رفع" for ارتفع, ارتفعت, يرتفع, ارتفاع)."""
    from services.text.arabic import normalize_plain, stem

    out: dict[str, set[tuple[str, str]]] = {}
    for row in rows("opposites"):
        scale, end, word = row.cells
        term = lexicon_term(normalize_plain(word), fold(stem(word)))
        key = ROOT + term if term[0] == "&" else root_term(word)
        if key is not None:
            out.setdefault(key, set()).add((scale, end))
    return {k: frozenset(v) for k, v in out.items()}


def _opposite(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two sentences (term sequences) name opposite ends of one scale in the same place:
    ارتفع المؤشر / انخفض المؤشر, أيدت المحكمة الحكم / ألغت المحكمة الحكم, قتل ثلاثة مدنيين /
    أصيب ثلاثة مدنيين. The two words must have a neighbour in common (the word before or after
    them), so that «رفع الأهلي رصيده ... فيما تراجع الزمالك» opposes nothing in «وعزز الأهلي
    صدارته»; a sentence naming both ends of a scale (ارتفع ثم تراجع) opposes nothing on it.
    """
    ends = _opposite_ends()
    found_a = _ends_in(_single_words(a), ends)
    if not found_a:
        return False
    found_b = _ends_in(_single_words(b), ends)
    for scale in {s for s, _, _ in found_a} & {s for s, _, _ in found_b}:
        at_a = {e for s, e, _ in found_a if s == scale}
        at_b = {e for s, e, _ in found_b if s == scale}
        if not at_a.isdisjoint(at_b):
            continue
        near_a = {n for s, _, near in found_a if s == scale for n in near}
        if any(near_a & near for s, _, near in found_b if s == scale):
            return True
    return False


_NEAR = 2  # an actor or a thing of two words (معدل التضخم, المحكمة الإدارية) is still near


def _ends_in(
    words: tuple[tuple[str, str | None], ...], ends: dict[str, frozenset[tuple[str, str]]]
) -> list[tuple[str, str, frozenset[tuple[int, str]]]]:
    """(scale, end, neighbours) of each word of `words` at one end of a scale; a neighbour is
    the term of one of the _NEAR words before (-1) or after (+1) it."""
    out = []
    for k, (_, r) in enumerate(words):
        for scale, end in ends.get(r, ()) if r is not None else ():
            near = {(-1, t) for t, _ in words[max(0, k - _NEAR) : k]}
            near.update((1, t) for t, _ in words[k + 1 : k + 1 + _NEAR])
            out.append((scale, end, frozenset(near)))
    return out


def _swapped(
    a: Sequence[str], b: Sequence[str], shared: frozenset[str], weights: dict[str, float]
) -> bool:
    """Whether two sentences put the same words on opposite sides of one verb (الجيش طرد
    المسلحين / المسلحين طردوا الجيش, الأجهزة الأمنية تلاحق المهربين / المهربين يلاحقون الأجهزة
    الأمنية: who did what to whom). The words around match by their terms, within two words of
    the verb, and the verb by its term in this pair (طرد / طردوا: one class). Headlines reorder
    a topic and a comment freely (تونس: انطلاق الانتخابات ... / ... الانتخابات الرئاسة
    التونسية), but not around one verb between its two actors."""
    if a == b:
        return False  # one word order (a fifth of the links of two versions)
    words_a = _single_words(a)
    words_b = _single_words(b)
    if len(words_a) < 3 or len(words_b) < 3:
        return False

    def outer(term: str) -> bool:
        return term in shared and weights.get(term, 1.0) >= 0.5

    # Around each verb (one term in both, once in each: طرد / طردوا are one class, تلاحق /
    # يلاحقون one term after the pair's merges; الطيران / الطيارين share only a root, and a word
    # said twice has no one place): the words on either side of it (_sides).
    once = _once(words_a) & _once(words_b)
    sides_b: dict[str, list[tuple[set[str], set[str], str | None]]] = {}
    for m, (term, root) in enumerate(words_b):
        if root is not None and term in once:
            before, after = _sides(words_b, m, outer)
            if before and after:
                first = _first_after(words_b, m, outer)
                sides_b.setdefault(term, []).append((before, after, first))
    if _swapped_after_verb(words_a, words_b, outer, set(a) == set(b)):
        return True
    if not sides_b:
        return False
    for k, (term, _) in enumerate(words_a):
        for before_b, after_b, first_b in sides_b.get(term, ()):
            before, after = _sides(words_a, k, outer)
            # Who acts moves next to the verb: the first word after it on each side stood
            # before it on the other. A place put first and the subject after the verb (في
            # المطبخ، تطبخ امرأة الأرز / امرأة تطبخ الأرز في المطبخ) swaps no one; a swap behind
            # a place put first (في الحديقة، يطارد الكلب القطة / القطة تطارد الكلب في الحديقة)
            # is then missed: the words keep no preposition to tell.
            if (
                before & after_b
                and after & before_b
                and not (before & before_b)
                and first_b in before
                and _first_after(words_a, k, outer) in before_b
            ):
                return True
    return False


def _first_after(
    words: tuple[tuple[str, str | None], ...], k: int, outer: Callable[[str], bool]
) -> str | None:
    """The first shared word of the two after word k (None when there is none)."""
    return next((t for t, _ in words[k + 1 : k + 3] if outer(t)), None)


def _sides(
    words: tuple[tuple[str, str | None], ...], k: int, outer: Callable[[str], bool]
) -> tuple[set[str], set[str]]:
    """The shared words just before and just after word k, two each way, so that an actor
    of two words (الأجهزة الأمنية) counts as one; a word on both sides has no one place
    (اللاجئين ... المخيم يستضيف ... لاجئ)."""
    before = {t for t, _ in words[max(0, k - 2) : k] if outer(t)}
    after = {t for t, _ in words[k + 1 : k + 3] if outer(t)}
    return before - after, after - before


def _once(words: tuple[tuple[str, str | None], ...]) -> set[str]:
    """The terms of words said once in a sentence."""
    seen: dict[str, int] = {}
    for term, _ in words:
        seen[term] = seen.get(term, 0) + 1
    return {t for t, n in seen.items() if n == 1}


def _swapped_after_verb(
    words_a: tuple[tuple[str, str | None], ...],
    words_b: tuple[tuple[str, str | None], ...],
    outer,
    same_words: bool = False,
) -> bool:
    """Whether two sentences open on one verb, the same word, followed by the same actors with
    another one first: Arabic puts the verb first, then who acts, then on whom (فاز الأهلي على
    الزمالك / فاز الزمالك على الأهلي, طردت الجزائر السفير الفرنسي / طردت فرنسا السفير
    الجزائري). The verb must be the same word, not only the same root or class: a passive or a
    verbal noun moves the actors without swapping them (استهدفت غارة منزلاً / تم استهداف منزل
    بغارة, أنقذ خفر السواحل 47 مهاجراً / إنقاذ 47 مهاجراً على يد خفر السواحل). Only a verb that
    opens both sentences: inside a sentence a noun's modifiers move freely (أعلنت شركة الطاقة
    الوطنية / كشفت الشركة الوطنية للطاقة)."""
    (verb, root), (other, _) = words_a[0], words_b[0]
    # A class term (&won, &rescued) stands for a verb and its verbal noun alike (أنقذ / إنقاذ):
    # it opens both only when the two sentences are one set of words.
    if root is None or verb != other or (verb[0] in CLASS_MARKS and not same_words):
        return False
    after_a = [t for t, _ in words_a[1 : 1 + _AFTER_VERB] if outer(t)]
    after_b = [t for t, _ in words_b[1 : 1 + _AFTER_VERB] if outer(t)]
    # A word said twice in a window has no one place: it is left out.
    once_b = [t for t in after_b if after_b.count(t) == 1]
    common = [t for t in after_a if after_a.count(t) == 1 and t in once_b]
    if len(common) < 2:
        return False
    in_b = sorted(common, key=once_b.index)
    if len(common) > 2 and common[1:] + common[:1] == in_b:
        # The first actor moved behind all the others (برأت المحكمة ثلاثة ضباط من التهمة /
        # بُرّئ ثلاثة ضباط من التهمة أمام المحكمة): a passive names its agent last.
        return False
    return common[0] != in_b[0]


# Who acts and on whom follow their verb within this many words (هزم مرشح المعارضة الرئيس الحالي).
_AFTER_VERB = 4


@lru_cache(maxsize=4096)
def _single_words(sequence: tuple[str, ...]) -> tuple[tuple[str, str | None], ...]:
    """A sentence's words in order, figures aside: each word's term and its root companion
    (None for a word without one, such as قال)."""
    words: list[list[str | None]] = []
    for t in sequence:
        if t[0] == "^":
            if words and words[-1][1] is None:
                words[-1][1] = t
        elif t[0] not in "#@":
            words.append([t, None])
    return tuple((w[0], w[1]) for w in words)
