"""The few hand-made word lists comparison relies on: function words, the words news uses to
attribute a claim, and classes of counted nouns a reader takes as the same thing (معتقل, سجين,
مسلح ... are all people held or moved). Lists are written as words and stemmed on first use.
"""

from __future__ import annotations

from functools import cache, lru_cache

# Function words: they carry no claim (nor do the words that qualify a figure: على الأقل).
# Matched on the normalised form, with or without a leading conjunction (و, ف), so وفي and
# في are both dropped.
FUNCTION_WORDS = frozenset(
    """
    في من الي الى علي على عن مع ب ل ك و ف ثم او ام بل لكن الا غير سوي سوى حتي حتى منذ
    مذ عند لدي لدى بين بينما حيث كما كذلك ايضا اذ اذا ان انه انها انهم انهما لان لانه
    ما ماذا لم لن لا ليس ليست قد لقد هل كل بعض اي ايه هذا هذه هذان هاتان هؤلاء ذلك تلك
    اولئك هناك هنا الذي التي الذين اللذين اللتين اللاتي اللواتي هو هي هم هما هن انا نحن
    انت انتم له لها لهم لهما به بها بهم فيه فيها فيهم منه منها منهم عليه عليها عليهم اليه
    اليها اليهم عنه عنها عنهم معه معها معهم كان كانت كانوا يكون تكون تم يتم تمت
    عبر نحو حول ضد دون خلال قبل بعد فوق تحت امام خلف وسط اثناء جراء بسبب بشان
    ازاء ضمن الذى التى مما فيما عما كيف متي اين حين حينما عندما بينهم
    اكثر اقل الاكثر الاقل حوالي حوالى قرابه زهاء تقريبا
    """.split()
)

# Words every news story uses to attribute or date a claim: they say little about which claim
# it is, so similarity weighs them at REPORTING_WEIGHT.
REPORTING_WORDS = (
    "قال قالت يقول اضاف اضافت يضيف اكد اكدت يؤكد اوضح اوضحت يوضح اشار اشارت يشير ذكر ذكرت "
    "يذكر اعلن اعلنت يعلن كشف كشفت يكشف لفت لفتت افاد افادت يفيد بين بينت نوه تابع تابعت "
    "مصدر مصادر المصدر المصادر وكاله الوكاله وفق وفقا حسب بحسب نقلا تصريح تصريحات بيان "
    "اليوم امس الماضي الجاري الحالي المقبل القادم يوم مساء صباح حاليا مؤخرا اخر اخرون اخري "
    "يشار تجدر يذكر اشاره"
)
REPORTING_WEIGHT = 0.35

# Equivalent counted nouns, singular and plural. A class is what a reader counts as one thing:
# people held or moved, people killed, people hurt, vehicles... Kept small on purpose: an
# entry lets two figures be compared (and two sentences match), so a wrong one shows a false
# discrepancy. Killed and injured are separate classes: 7 dead and 23 hurt are not a conflict.
EQUIVALENT_NOUNS = {
    "held": "معتقل معتقلين سجين سجناء أسير أسرى محتجز محتجزين موقوف موقوفين "
    "عنصر عناصر مسلح مسلحين إرهابي إرهابيين مقاتل مقاتلين",
    "killed": "قتيل قتلى ضحية ضحايا شهيد شهداء متوفى وفاة وفيات",
    "injured": "جريح جرحى مصاب مصابين إصابة إصابات جروح",  # أصيب العشرات بجروح
    "displaced": "نازح نازحين لاجئ لاجئين مهجر مهجرين",
    "soldiers": "جندي جنود عسكري عسكريين",
    "vehicles": "حافلة حافلات باص باصات سيارة سيارات آلية آليات مركبة مركبات عربة عربات",
    "trees": "شجرة أشجار شجر",
    "villages": "قرية قرى بلدة بلدات",  # broken plurals share no stem with their singular
    "homes": "منزل منازل بيت بيوت مسكن مساكن شقة شقق",  # and وحدة سكنية: HOUSING_UNITS
    "years": "عام أعوام سنة سنوات سنين",
}
# Nouns for people in general: they may stand for any class of people ("12 شخصا قتلوا" and
# "12 قتيلا"), but only when the words around the figures also agree.
PEOPLE = "شخص أشخاص فرد أفراد مواطن مواطنين مدني مدنيين نسمة إنسان عامل عمال راكب ركاب"
PEOPLE_CLASSES = frozenset({"held", "killed", "injured", "displaced", "soldiers"})
# Nouns for people in a role (150 متظاهرا, 45 مهاجرا): a count of them may be what another
# version calls people in general (200 شخص) when both say the same thing happened to them
# (اعتقل, قتل, أصيب, نزح); two different roles are never one figure. Children, women and
# journalists are left out: news counts them as a part of the people (بينهم 5 أطفال).
ROLE_NOUNS = (
    "متظاهر متظاهرين محتج محتجين طالب طلاب تلميذ تلاميذ موظف موظفين مهاجر مهاجرين "
    "مسافر مسافرين مريض مرضى معلم معلمين مزارع مزارعين صياد صيادين سائح سياح حاج حجاج "
    "مشجع مشجعين مهاجم مهاجمين مستوطن مستوطنين رهينة رهائن"
)
# A singular and its plural are one counted noun (200 شخص and 210 أشخاص, مئات الأطفال and 400
# طفل): broken plurals share no stem with their singular, and Snowball stems some sound plurals
# apart (مواطن → مواط, مواطنين → مواطن). Nouns of one EQUIVALENT_NOUNS class need no entry.
NOUN_PLURALS = (
    "شخص أشخاص | فرد أفراد | مواطن مواطنين | عامل عمال | راكب ركاب | رجل رجال | "
    "طفل أطفال | امرأة نساء | طالب طلاب | تلميذ تلاميذ | مريض مرضى | سائح سياح | حاج حجاج | "
    "رهينة رهائن | ناخب ناخبين | مستشفى مستشفيات | مسجد مساجد | "
    "قارب قوارب | صاروخ صواريخ | مقعد مقاعد | صوت أصوات | طن أطنان | رأس رؤوس | بئر آبار | "
    "مركز مراكز | شاحنة شاحنات | مصنع مصانع | متجر متاجر | محل محلات"
)

# Nationalities counted as people (قتل 9 فلسطينيين, 12 سوريا): people in general, like شخص.
# Matched on the written word, not its stem: Snowball leaves the country's name (مصريين →
# مصر), and مصر must not become a word for people in similarity.
DEMONYMS = (
    "فلسطيني إسرائيلي سوري عراقي لبناني يمني مصري سوداني ليبي تونسي جزائري مغربي موريتاني "
    "أردني سعودي كويتي قطري إماراتي بحريني عماني إيراني تركي كردي أفغاني باكستاني هندي "
    "بنغالي أمريكي أميركي روسي أوكراني بريطاني فرنسي ألماني إيطالي إسباني صيني ياباني "
    "إثيوبي صومالي إريتري تشادي نيجيري مالي سنغالي أفريقي أجنبي عربي غربي "
    "أتراك أكراد أفغان عرب أجانب روس"
)

# Words that say what happened to the things a figure counts (سبعة أشخاص لقوا حتفهم, وأصيب
# 23 آخرون, نقل 750 إرهابيا, تحتجز 12 ألفا): 7 killed and 23 hurt are different figures, and
# so are 750 moved and 12,000 held. Killed and injured also say what people are when the
# counted noun does not (NOUN_EVENTS).
EVENT_WORDS = {
    "killed": "قتل قتلوا مقتل حتف حتفهم مصرع لقي لقوا قضى قضوا توفي وفاة استشهد استشهاد أودى بحياة "
    # headlines put the verb in the present (انفجار يقتل ثلاثة); people drown (غرق 45 مهاجرا)
    "يقتل تقتل يودي تودي غرق غرقا غرقوا جثة جثث جثامين",
    "injured": "أصيب أصيبوا إصابة إصابات جرح جرحوا بجروح جروح يصيب تصيب يجرح تجرح",
    "moved": "نقل نقلت ينقل تنقل نقلوا ترحيل رحل رحلت إخراج أخرج أخرجت",
    "escaped": "فر فروا هرب هربوا هروب",
    "held": "احتجز تحتجز يحتجز احتجاز اعتقل اعتقال يضم تضم يقبع",
    "released": "أفرج إفراج الإفراج أطلق إطلاق سراح تسلم تسلمت استلم تسليم سلم سلمت",
    "voted": "أدلى أدلوا اقتراع صوت صوتوا تصويت",
    # who was aboard, who was saved (قارب يقل 80 مهاجرا, أنقذ خفر السواحل 23 شخصا)
    "aboard": "يقل تقل يقلان يحمل تحمل متن",
    "rescued": "أنقذ أنقذت إنقاذ ينقذ تنقذ نجا نجاة ناج ناجين الناجين",
    "evacuated": "أجلى أجلت إجلاء يجلي تجلي أخلى أخلت إخلاء",
    # what happened to buildings (50 ألف منزل دمرت, تضرر 3 آلاف مسكن)
    "damaged": "دمر دمرت تدمير هدم هدمت تضرر تضررت متضرر انهار انهارت احترق احترقت أحرق "
    "أحرقت أتلف أتلفت إتلاف",
}
NOUN_EVENTS = frozenset({"killed", "injured"})
# What a sum or a share is of, named just before it (موازنة بقيمة 3.2 تريليون, بعجز يقدر بـ
# 450 مليارا, ارتفع التضخم إلى 35%): two figures of different topics are never one figure, and
# two of the same topic are one even in unlinked sentences. Read for money, shares and areas.
FIGURE_TOPICS = {
    "budget": "موازنة ميزانية",
    "deficit": "عجز",
    "debt": "دين ديون مديونية",
    "loan": "قرض قروض",
    "inflation": "تضخم",
    "growth": "نمو",
    "unemployment": "بطالة",
    "interest": "فائدة فوائد",
    "exports": "صادرات",
    "imports": "واردات",
    "revenue": "إيرادات عائدات",
    "spending": "نفقات إنفاق",
    "reserves": "احتياطي احتياطيات",
    "turnout": "إقبال مشاركة",
    "burnt": "حريق حرائق نيران محترقة",  # an area burnt (أتت الحرائق على 4500 هكتار)
}
# An event noun after these names who acts, not what happened to the figure's people (فرق
# الإنقاذ أجلت 350 عائلة: the families were evacuated, not rescued).
AGENT_NOUNS = "فرق فريق فرقة طواقم طاقم عمليات عملية جهود قوات وحدات سفن سفينة زوارق مروحيات"
# A unit is a home when called "housing" (50 ألف وحدة سكنية): read as the first word of "homes".
HOUSING_UNITS = "وحدة وحدات"
HOUSING_ADJECTIVE = "سكني"
# A figure right after these counts a part of the group named before it (قتل 12 بينهم 5
# أطفال, 2059 جريحا بينهم 1404 في حالة حرجة): marked PART among its events, it is compared
# with a total only when the two sentences are linked.
PART_WORDS = "بينهم بينها بينهن منهم منها منهن"
PART = "part"
# A figure after "من أصل" (85 مقعدا من أصل 150) is the whole a part is taken from: marked
# WHOLE among its events, it is never compared with a figure that is not a whole too.
WHOLE_WORDS = "أصل مجموع إجمالي"
# ... and so is a figure after "composed of" (البرلمان المؤلف من 150 مقعدا).
COMPOSED_OF = "مؤلف المؤلف مؤلفة المؤلفة مكون المكون مكونة المكونة يتألف تتألف يتكون تتكون"
WHOLE = "whole"
# A figure a change starts from (من 5 قروش إلى 20 قرشا, 12.5 جنيه بدلا من 11, مقارنة بـ 30)
# is the old value: marked PRIOR, it is compared only with an old value.
PRIOR = "prior"
PRIOR_WORDS = "بدلا بدل مقارنة"
# A figure for each of several (أطلق كل طرف سراح 120 أسيرا, لكل منهما 115) is not their
# total: marked EACH, it is compared only with another figure for each.
EACH = "each"
EACH_WORDS = "كل لكل ولكل"
EACH_OF = "طرف جانب منهما منهم واحد"
# Events that count a movement, not a population: a figure said to be moved is never compared
# with one that is not said to be (unless their sentences are linked).
FLOW_EVENTS = frozenset({"moved", "escaped", "released"})

# Nouns of cases (٣٢٠ حالة كوليرا, 5 حالات حرجة): in a toll or an epidemic they count the sick
# or hurt, as إصابة does. Only figures are read so; in similarity حالة stays a word of its
# own (حالة الطوارئ is no case).
CASE_NOUNS = "حالة حالات"

# Nouns that point back to people counted before (وأصيب 23 آخرون): they name no new thing.
ANAPHORIC_NOUNS = "آخر آخرون آخرين أخرى أخريات"

# Clitics Snowball leaves on a word when no article follows: و and ف (conjunctions), ل, ب and
# ك (prepositions): لأجهزة stays لاجهز while أجهزة gives اجهز. Too many roots begin with these
# letters (وزير, لبنان, بلد) to strip them blindly: callers use the clitic-less form only when
# the other text has it on its own.
CLITICS = "وفلبك"


def is_function_word(norm: str) -> bool:
    """Whether a normalised word is a function word (في, التي, وقد ...)."""
    if norm in FUNCTION_WORDS:
        return True
    return len(norm) > 2 and norm[0] in "وف" and norm[1:] in FUNCTION_WORDS


def fold(stem: str) -> str:
    """Fold the feminine plural Snowball leaves half on: عمليا/عمليات → عملي, لقاءا → لقاء."""
    if len(stem) >= 6 and stem.endswith("ات"):
        return stem[:-2]
    if len(stem) >= 5 and stem.endswith("ا"):
        return stem[:-1]
    return stem


@cache
def reporting_stems() -> frozenset[str]:
    from services.text.arabic import stem

    return frozenset(stem(w) for w in REPORTING_WORDS.split())


def _forms(word: str) -> set[str]:
    from services.text.arabic import stem

    # The accusative alef (سجينا, معتقلا) changes what Snowball returns (سجي, معتقل).
    out = {word}
    if word[-1] not in "اةىءه":
        out.add(word + "ا")
    return {fold(stem(w)) for w in out}


@cache
def noun_classes() -> dict[str, frozenset[str]]:
    """The classes of each folded noun stem in EQUIVALENT_NOUNS."""
    classes: dict[str, set[str]] = {}
    for name, words in EQUIVALENT_NOUNS.items():
        for w in words.split():
            for key in _forms(w):
                classes.setdefault(key, set()).add(name)
    return {k: frozenset(v) for k, v in classes.items()}


@cache
def case_nouns() -> frozenset[str]:
    """Folded stems of CASE_NOUNS."""
    return frozenset(key for w in CASE_NOUNS.split() for key in _forms(w))


@cache
def singular_nouns() -> dict[str, str]:
    """Each folded stem of a NOUN_PLURALS form -> the folded stem of its singular."""
    from services.text.arabic import stem

    out: dict[str, str] = {}
    for group in NOUN_PLURALS.split("|"):
        singular, *_ = group.split()
        key = fold(stem(singular))
        for w in group.split():
            for form in _forms(w):
                out.setdefault(form, key)
    return out


@cache
def people_nouns() -> frozenset[str]:
    """Folded stems of the nouns for people in general (PEOPLE)."""
    return frozenset(key for w in PEOPLE.split() for key in _forms(w))


@cache
def role_nouns() -> frozenset[str]:
    """Folded stems of the nouns for people in a role (ROLE_NOUNS)."""
    return frozenset(key for w in ROLE_NOUNS.split() for key in _forms(w))


@cache
def _demonyms() -> frozenset[str]:
    from services.text.arabic import normalize_plain

    return frozenset(normalize_plain(w) for w in DEMONYMS.split())


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


@cache
def event_classes() -> dict[str, frozenset[str]]:
    """The event classes (killed, injured) of each folded stem in EVENT_WORDS."""
    from services.text.arabic import stem

    classes: dict[str, set[str]] = {}
    for name, words in EVENT_WORDS.items():
        for w in words.split():
            classes.setdefault(fold(stem(w)), set()).add(name)
    return {k: frozenset(v) for k, v in classes.items()}


@cache
def topic_classes() -> dict[str, str]:
    """The topic (FIGURE_TOPICS) of each folded stem, marked "topic:" among a figure's events."""
    from services.text.arabic import stem

    return {
        fold(stem(w)): "topic:" + name
        for name, words in FIGURE_TOPICS.items()
        for w in words.split()
    }


@cache
def anaphoric_nouns() -> frozenset[str]:
    return frozenset(key for w in ANAPHORIC_NOUNS.split() for key in _forms(w))


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

# Words two outlets use for one another in headlines (وفاة / رحيل, اعتقال / توقيف, تمديد /
# تمدد, فنان / ممثل): in similarity each class is one term, "&" + its name. A name that is also
# an EVENT_WORDS class joins that class's term (رحيل is &killed like وفاة). Read by similarity
# alone, never by figure pairing. Kept small: every entry also joins two sentences that differ.
SYNONYMS = {
    "killed": "رحيل",  # رحيل الفنان: a death in obituary headlines
    "held": "توقيف أوقف أوقفت يوقف تعتقل يعتقل اعتقلت",  # تعتقل/اعتقل: Snowball keeps ت, ا
    "extended": "تمديد تمدد يمدد مدد مددت تمديدات",
    "cut": "خفض خفضت يخفض تخفض تخفيض تخفيضات",
    "raised": "رفع رفعت يرفع ترفع زيادة زيادات يزيد تزيد",
    "artist": "فنان فنانة ممثل ممثلة",
    "regained": "استعادة استعاد استعادت يستعيد تستعيد",  # a headline's verb, another's noun
    "visited": "زيارة زيارات يزور تزور زار زارت",
    "won": "فوز يفوز تفوز فاز فازت تغلب يتغلب تتغلب",
    "qualified": "تأهل يتأهل تتأهل",
}
# Words that are part of a name another outlet writes with a sign (أوبك بلس = أوبك+): left out
# of similarity, so both spellings are the same name.
NAME_SIGNS = "بلس"

# Countries and the words that name them in news: the country, its capital or main cities,
# and its nationality adjective (matched in any gender or number: المغربي, المغربية, مغاربة is
# not derived and listed). Similarity makes each one term ("%" + key), and two short sentences
# that each name a country the other lacks are about different events (زلزال يضرب المغرب /
# زلزال يضرب تركيا). Ambiguous names are left out: عمان (Oman, Amman), طرابلس (Libya, Lebanon),
# مالي (Mali, financial), رفح, القدس. A region holds its countries (PLACE_REGIONS): باريس and
# أوروبا do not conflict.
PLACES = {
    "morocco": "المغرب مغربي مغاربة الرباط مراكش",
    "algeria": "الجزائر جزائري",
    "tunisia": "تونس تونسي",
    "libya": "ليبيا ليبي بنغازي درنة",
    "egypt": "مصر مصري القاهرة الإسكندرية",
    "sudan": "السودان سوداني الخرطوم",
    "palestine": "فلسطين فلسطيني غزة الضفة جنين",
    "israel": "إسرائيل إسرائيلي",
    "lebanon": "لبنان لبناني بيروت",
    "syria": "سوريا سورية سوري دمشق حلب",
    "jordan": "الأردن أردني",
    "iraq": "العراق عراقي بغداد البصرة الموصل",
    "saudi": "السعودية سعودي الرياض جدة",
    "yemen": "اليمن يمني صنعاء عدن",
    "kuwait": "الكويت كويتي",
    "qatar": "قطر قطري الدوحة",
    "uae": "الإمارات إماراتي أبوظبي دبي",
    "bahrain": "البحرين بحريني المنامة",
    "oman": "عماني مسقط",
    "iran": "إيران إيراني طهران",
    "turkey": "تركيا تركي أتراك أنقرة إسطنبول",
    "usa": "أمريكا أميركا أمريكي أميركي واشنطن",
    "russia": "روسيا روسي روس موسكو",
    "ukraine": "أوكرانيا أوكراني كييف",
    "france": "فرنسا فرنسي باريس",
    "britain": "بريطانيا بريطاني لندن",
    "germany": "ألمانيا ألماني برلين",
    "italy": "إيطاليا إيطالي روما",
    "spain": "إسبانيا إسباني",
    "china": "الصين صيني بكين",
    "japan": "اليابان ياباني طوكيو",
    "india": "الهند هندي نيودلهي",
    "pakistan": "باكستان باكستاني",
    "afghanistan": "أفغانستان أفغاني أفغان كابل",
    "somalia": "الصومال صومالي مقديشو",
    "ethiopia": "إثيوبيا إثيوبي",
    "nigeria": "نيجيريا نيجيري",
    "chad": "تشاد تشادي",
    "kenya": "كينيا كيني نيروبي",
    "bangladesh": "بنغلاديش بنغالي",
    "indonesia": "إندونيسيا إندونيسي جاكرتا",
    "brazil": "البرازيل برازيلي",
    "mexico": "المكسيك مكسيكي",
    "canada": "كندا كندي",
    "greece": "اليونان يوناني أثينا",
    "europe": "أوروبا أوروبي",
}
PLACE_REGIONS = {
    "europe": "france britain germany italy spain ukraine",
}


@cache
def synonym_classes() -> dict[str, str]:
    """The SYNONYMS class of each folded stem (with and without the article: Snowball stems
    فنان and الفنان apart)."""
    from services.text.arabic import stem

    out: dict[str, str] = {}
    for name, words in SYNONYMS.items():
        for w in words.split():
            for form in (w, "ال" + w):
                out.setdefault(fold(stem(form)), name)
    return out


@cache
def name_signs() -> frozenset[str]:
    from services.text.arabic import normalize_plain

    return frozenset(normalize_plain(w) for w in NAME_SIGNS.split())


@cache
def _places() -> dict[str, str]:
    from services.text.arabic import normalize_plain

    return {normalize_plain(w): key for key, words in PLACES.items() for w in words.split()}


@cache
def place_regions() -> dict[str, str]:
    """The region (PLACE_REGIONS) of each country key that lies in one."""
    return {c: region for region, keys in PLACE_REGIONS.items() for c in keys.split()}


# Prefixes a place name takes in a sentence: clitics, the article, or both (وبغزة, للبنان).
_PLACE_PREFIXES = ("", "و", "ب", "ل", "ف", "وب", "ول", "ال", "وال", "بال", "لل", "ولل", "فال")
# Endings of a nationality adjective after its ي (مغربية, المصريين, اللبنانيون): normalised.
_NISBA_ENDINGS = ("ه", "ين", "ون", "ات", "ا")


@lru_cache(maxsize=65536)
def place_of(norm: str) -> str | None:
    """The PLACES key a normalised word names (بغزه → palestine, المغربيه → morocco), or None."""
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


# Goods whose price or trade a headline is about (ارتفاع أسعار الذهب / النفط): like countries,
# each is one term in similarity ("$" + key), and two short sentences that each name one the
# other lacks are about different markets. Written with the article where the bare word is
# ambiguous (ذهب: gold, went); matched after a clitic (بالذهب, وللنفط).
COMMODITIES = {
    "gold": "الذهب",
    "silver": "الفضة",
    "oil": "نفط النفط خام الخام",
    "gas": "الغاز",
    "fuel": "بنزين البنزين الوقود المحروقات السولار الديزل",
    "wheat": "قمح القمح",
    "copper": "النحاس",
    "iron": "الحديد الصلب",
    "sugar": "السكر",
    "coffee": "البن القهوة",
    "cotton": "القطن",
    "electricity": "الكهرباء",
}


@cache
def _commodities() -> dict[str, str]:
    from services.text.arabic import normalize_plain

    return {normalize_plain(w): key for key, words in COMMODITIES.items() for w in words.split()}


@lru_cache(maxsize=65536)
def commodity_of(norm: str) -> str | None:
    """The COMMODITIES key a normalised word names (بالذهب → gold, النفط → oil), or None."""
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
