"""A synthetic library for the related-articles and story figures: stories told by several
outlets (paragraphs reordered, sentences paraphrased or dropped, figures written differently
or changed, outlet sentences added) plus unrelated single articles.

bench.corpus tells every story from one pool of 60 background sentences, so any two of its
articles share most of their words (MinHash similarity 0.6–0.9 across stories): right for
timing a comparison, useless for telling related articles from the rest. Here each story has
words of its own (pseudo-words built on Arabic roots and patterns, as Arabic builds words), a
region's words it shares with other stories of that region, and the common news words every
article uses. A pure function of (seed, index), like bench.corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from bench.corpus import GeneratedArticle

VERSIONS = 5  # outlets telling each story
# Of a library of n articles, this share are versions of stories, the rest unrelated singles.
STORY_SHARE = 0.8
REGIONS = 40  # stories of one region share its place names and local words

_LETTERS = "بتثجحخدرزسشصضطعغفقكلمنهوي"
# Patterns on a root (ف ع ل = 0 1 2): the shapes Arabic nouns and verbs take.
_PATTERNS = (
    "{0}{1}{2}",
    "{0}ا{1}{2}",
    "م{0}{1}و{2}",
    "ت{0}{1}ي{2}",
    "{0}{1}ا{2}",
    "م{0}{1}{2}",
    "ا{0}{1}{2}",
    "{0}{1}ي{2}",
    "{0}ا{1}{2}ة",
    "م{0}{1}{2}ة",
)
COMMON = tuple(
    (
        "قال أكد أوضح أشار أضاف ذكر أعلن كشف نقل أفاد بحسب وفق مصادر مصدر مسؤول الحكومة الرسمية "
        "اليوم أمس الأسبوع الماضي الجاري الشهر العام المنطقة البلاد المدينة السلطات القوات الأمن "
        "المحلية الدولية الرئيس الوزير الوزارة البيان المتحدث الجهات المعنية الأوضاع الوضع "
        "التطورات الأخيرة خلال بعد قبل حتى منذ عدد كبير جديد جديدة أكثر أقل نحو حوالي إطار "
        "ضمن عملية عمليات الجانب الطرفين الأطراف مجلس اللجنة الأهالي السكان المواطنين"
    ).split()
)
_OUTLETS = (
    "وكالة الساحل",
    "صحيفة المرفأ",
    "الرصيف نت",
    "قناة الأفق",
    "موقع المدار",
    "إذاعة النخيل",
    "وكالة الشرق الجديد",
    "صحيفة البوصلة",
)
_QUALIFIERS = ("", "نحو ", "حوالي ", "أكثر من ", "قرابة ")
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _word(rng: random.Random) -> str:
    root = rng.sample(_LETTERS, 3)
    return rng.choice(_PATTERNS).format(*root)


@lru_cache(maxsize=64)
def _region(region: int, seed: int) -> tuple[str, ...]:
    rng = random.Random(f"riwaya-stories:{seed}:region:{region}")
    return tuple(_word(rng) for _ in range(60))


@dataclass(frozen=True)
class _Story:
    index: int
    words: tuple[str, ...]  # the story's own words
    region: tuple[str, ...]
    sentences: tuple[tuple[str, ...], ...]  # words of each claim; "{n}" marks a figure slot
    figures: tuple[tuple[int, str], ...]  # (value, counted noun) per figure slot
    day: int


@lru_cache(maxsize=256)
def _story(index: int, seed: int, words: int) -> _Story:
    rng = random.Random(f"riwaya-stories:{seed}:story:{index}")
    own = tuple(_word(rng) for _ in range(140))
    region = _region(index % REGIONS, seed)
    figures = tuple((int(10 ** rng.uniform(1, 4.5)), rng.choice(own)) for _ in range(12))
    sentences = []
    count = 0
    while count < words:
        length = rng.randint(9, 16)
        sentence = []
        for _ in range(length):
            r = rng.random()
            pool = COMMON if r < 0.35 else region if r < 0.5 else own
            sentence.append(rng.choice(pool))
        if rng.random() < 0.3:
            sentence.insert(rng.randrange(1, len(sentence)), f"{{{rng.randrange(len(figures))}}}")
        sentences.append(tuple(sentence))
        count += len(sentence)
    return _Story(index, own, region, tuple(sentences), figures, rng.randint(1, 28))


def _render(sentence, story: _Story, rng: random.Random, *, paraphrase: bool, change: float):
    out = []
    for w in sentence:
        if w.startswith("{"):
            value, noun = story.figures[int(w[1:-1])]
            if rng.random() < change:
                value = max(2, int(value * rng.choice((0.5, 0.8, 1.25, 2, 3))))
            text = str(value)
            if rng.random() < 0.2:
                text = text.translate(_INDIC)
            out.append(f"{rng.choice(_QUALIFIERS)}{text} {noun}")
        elif paraphrase and w not in COMMON and rng.random() < 0.3:
            out.append(rng.choice(story.words))  # reworded with another of the story's words
        else:
            out.append(w)
    if paraphrase and len(out) > 4 and rng.random() < 0.5:
        k = rng.randrange(1, len(out) - 2)
        out[k], out[k + 1] = out[k + 1], out[k]
    return " ".join(out) + "."


def story_version(
    story_index: int,
    version: int,
    *,
    seed: int = 0,
    words: int = 600,
    index: int = -1,
    single: bool = False,
) -> GeneratedArticle:
    """Version `version` of story `story_index`: version 0 as first reported, the others
    rewritten by other outlets."""
    s = _story(story_index, seed, words)
    rng = random.Random(f"riwaya-stories:{seed}:story:{story_index}:version:{version}")
    rewrite = version > 0
    sentences = list(s.sentences)
    paragraphs = [sentences[k : k + 3] for k in range(0, len(sentences), 3)]
    if rewrite:
        for i in range(len(paragraphs)):
            if rng.random() < 0.3:
                j = rng.randrange(len(paragraphs))
                paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    body = []
    for paragraph in paragraphs:
        rendered = []
        for sentence in paragraph:
            if rewrite and rng.random() < 0.1:
                continue  # this outlet leaves it out
            rendered.append(
                _render(
                    sentence,
                    s,
                    rng,
                    paraphrase=rewrite and rng.random() < 0.4,
                    change=0.12 if rewrite else 0.0,
                )
            )
            if rewrite and rng.random() < 0.06:  # a sentence of the outlet's own
                own = [rng.choice(COMMON + s.region) for _ in range(rng.randint(8, 14))]
                rendered.append(" ".join(own) + ".")
        if rendered:
            body.append(" ".join(rendered))
    title = _render(s.sentences[0][:9], s, rng, paraphrase=rewrite, change=0.0).rstrip(".")
    outlet = _OUTLETS[(story_index + version) % len(_OUTLETS)]
    date = f"2024-03-{min(28, s.day + version % 2):02d}"
    text = "\n\n".join([title, *body])
    story = -1 if single else story_index
    return GeneratedArticle(index, story, version, title, outlet, date, text, text)


def layout(n: int) -> tuple[int, int]:
    """(stories, singles) of an n-article library: story versions first, then singles."""
    stories = int(n * STORY_SHARE) // VERSIONS
    return stories, n - stories * VERSIONS


def article(index: int, n: int, *, seed: int = 0, words: int = 600) -> GeneratedArticle:
    """Article `index` of an n-article library: version index % 5 of story index // 5 while
    stories last, then unrelated single articles (each a story of its own, told once)."""
    stories, _ = layout(n)
    if index < stories * VERSIONS:
        story_index, version = divmod(index, VERSIONS)
        return story_version(story_index, version, seed=seed, words=words, index=index)
    return story_version(10_000_000 + index, 0, seed=seed, words=words, index=index, single=True)
