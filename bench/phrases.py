"""The words the benchmark corpus is made of: sentence templates of Arabic news written for
Riwaya's benchmark (fictional events, invented outlets), the names that fill them, and the
nouns that figures count.

A template slot is `{name}` for a name drawn once per story, or `{qN:measure}` for a figure
(qualifier, number and counted noun rendered together); `{qN:measure:bare}` is a figure whose
qualifier the template already states ("بأقل من"), so none is added.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Noun:
    """A counted noun in the three forms Arabic number agreement asks for.

    `plural` follows 3–10, `accusative` (tamyiz) follows 11–99 and digits in news style,
    `singular` follows round hundreds and thousands; `feminine` flips the number's gender.
    """

    singular: str
    plural: str
    accusative: str
    feminine: bool = False
    dual: str = ""
    # The definite plural a vague figure takes ("عشرات المعتقلين"); "ال" + plural by default.
    definite: str = ""


@dataclass(frozen=True)
class Measure:
    """What a figure slot measures: the nouns it may count and the values it takes."""

    nouns: tuple[Noun, ...]
    low: int
    high: int
    # Values above this are rounded to a multiple of it, as reporters round large figures.
    round_to: int = 1
    # Vague plurals a reporter may write instead of the figure ("عشرات المعتقلين").
    vague: bool = False


PERSON = Noun("شخص", "أشخاص", "شخصا")
DETAINEES = (
    Noun("معتقل", "معتقلين", "معتقلا"),
    Noun("سجين", "سجناء", "سجينا"),
    Noun("محتجز", "محتجزين", "محتجزا"),
)
FIGHTERS = (
    Noun("مسلح", "مسلحين", "مسلحا"),
    Noun("عنصر", "عناصر", "عنصرا"),
    Noun("مقاتل", "مقاتلين", "مقاتلا"),
)
SOLDIERS = (Noun("جندي", "جنود", "جنديا"), Noun("عنصر أمن", "عناصر أمن", "عنصر أمن"))
CIVILIANS = (Noun("مدني", "مدنيين", "مدنيا"), PERSON)
KILLED = (Noun("قتيل", "قتلى", "قتيلا"),)
DISPLACED = (Noun("نازح", "نازحين", "نازحا"), PERSON)
FAMILIES = (Noun("عائلة", "عائلات", "عائلة", feminine=True), Noun("أسرة", "أسر", "أسرة", True))
CHILDREN = (Noun("طفل", "أطفال", "طفلا"),)
SUSPECTS = (Noun("مشتبه به", "مشتبه بهم", "مشتبها به"), PERSON)
TRUCKS = (Noun("شاحنة", "شاحنات", "شاحنة", True, "شاحنتين"),)
VEHICLES = (
    Noun("حافلة", "حافلات", "حافلة", True, "حافلتين"),
    Noun("سيارة", "سيارات", "سيارة", True, "سيارتين"),
    Noun("آلية", "آليات", "آلية", True, "آليتين"),
)
BASKETS = (Noun("سلة غذائية", "سلال غذائية", "سلة غذائية", True),)
HOUSES = (
    Noun("منزل", "منازل", "منزلا"),
    Noun("مبنى سكنيا", "مبان سكنية", "مبنى سكنيا", definite="المباني السكنية"),
)
HOSPITALS = (Noun("مستشفى", "مستشفيات", "مستشفى"),)
ROADS = (Noun("طريق", "طرق", "طريقا", dual="طريقين"),)
TONS = (Noun("طن", "أطنان", "طنا"),)
KM = (Noun("كيلومتر", "كيلومترات", "كيلومترا", dual="كيلومترين"),)
HECTARES = (Noun("هكتار", "هكتارات", "هكتارا"), Noun("دونم", "دونمات", "دونما"))
BARRELS = (Noun("برميل", "براميل", "برميلا"),)
JOBS = (Noun("فرصة عمل", "فرص عمل", "فرصة عمل", True),)
CLAUSES = (Noun("بند", "بنود", "بندا", dual="بندين"),)
DAYS = (
    Noun("يوم", "أيام", "يوما", dual="يومين"),
    Noun("أسبوع", "أسابيع", "أسبوعا", dual="أسبوعين"),
)
HOURS = (Noun("ساعة", "ساعات", "ساعة", True, "ساعتين"),)
WEEKS = (Noun("أسبوع", "أسابيع", "أسبوعا", dual="أسبوعين"),)
MONTHS = (Noun("شهر", "أشهر", "شهرا", dual="شهرين"),)
YEARS = (Noun("سنة", "سنوات", "سنة", True, "سنتين"), Noun("عام", "أعوام", "عاما", dual="عامين"))
DOLLAR = Noun("دولار", "دولارات", "دولار")

MEASURES: dict[str, Measure] = {
    "detainees": Measure(DETAINEES, 20, 1500, 10, vague=True),
    "fighters": Measure(FIGHTERS, 5, 400, 5, vague=True),
    "soldiers": Measure(SOLDIERS, 3, 40),
    "civilians": Measure(CIVILIANS, 3, 150, vague=True),
    "killed": Measure(KILLED, 3, 90, vague=True),
    "displaced": Measure(DISPLACED, 500, 90000, 500, vague=True),
    "families": Measure(FAMILIES, 40, 6000, 20, vague=True),
    "children": Measure(CHILDREN, 200, 30000, 100, vague=True),
    "children_small": Measure(CHILDREN, 12, 900, 10),
    "suspects": Measure(SUSPECTS, 3, 120),
    "trucks": Measure(TRUCKS, 2, 80),
    "vehicles": Measure(VEHICLES, 2, 30),
    "baskets": Measure(BASKETS, 500, 40000, 500),
    "houses": Measure(HOUSES, 30, 2500, 10, vague=True),
    "houses_small": Measure(HOUSES, 5, 300, 5),
    "hospitals": Measure(HOSPITALS, 2, 25),
    "roads": Measure(ROADS, 2, 12),
    "tons": Measure(TONS, 10, 1200, 10),
    "km": Measure(KM, 2, 400),
    "area": Measure(HECTARES, 20, 5000, 10),
    "barrels": Measure(BARRELS, 20000, 900000, 10000),
    "jobs": Measure(JOBS, 150, 20000, 50),
    "clauses": Measure(CLAUSES, 2, 9),
    "clauses_total": Measure(CLAUSES, 12, 40),
    "duration": Measure(DAYS, 2, 20),
    "hours": Measure(HOURS, 2, 9),
    "weeks": Measure(WEEKS, 2, 10),
    "months": Measure(MONTHS, 2, 11),
    "years": Measure(YEARS, 2, 15),
    # Money and percentages have renderers of their own; nouns and ranges still apply.
    "money": Measure((DOLLAR,), 150_000, 3_900_000_000),
    "percent": Measure((), 2, 85),
}


@dataclass(frozen=True)
class Family:
    """One claim a story may make, in the wordings different outlets give it."""

    theme: str
    wordings: tuple[str, ...]


FAMILIES_OF_CLAIMS: tuple[Family, ...] = (
    # Security.
    Family(
        "security",
        (
            "ونقلت قوات التحالف {q1:detainees} من {prison} في {place} إلى قاعدة عسكرية "
            "قرب {place2} على متن {q2:vehicles}، بحسب ما أفاد به {official}.",
            "وأفاد {official} بأن {q1:detainees} نقلوا من {prison} في {place} باتجاه قاعدة عسكرية "
            "قرب {place2}، وذلك في {q2:vehicles} وسط إجراءات أمنية مشددة.",
        ),
    ),
    Family(
        "security",
        (
            "ويضم {prison} {q1:detainees} من عناصر التنظيم، إضافة إلى {q2:children_small} "
            "من أبنائهم يقيمون في مخيم قريب.",
            "ويحتجز في {prison} {q1:detainees} ينتمون إلى التنظيم، فيما يقيم {q2:children_small} "
            "من أبنائهم في مخيم مجاور.",
        ),
    ),
    Family(
        "security",
        (
            "وأسفرت الاشتباكات التي اندلعت في ريف {place} عن مقتل {q1:fighters} وإصابة "
            "{q2:civilians} بجروح متفاوتة.",
            "وقتل {q1:fighters} في المواجهات التي شهدها ريف {place}، فيما أصيب {q2:civilians} "
            "بجروح، وفق حصيلة أولية.",
        ),
    ),
    Family(
        "security",
        (
            "وشن مسلحون هجوما على حاجز أمني عند مدخل {place} صباح {day}، ما أدى إلى مقتل "
            "{q1:soldiers} وتدمير {q2:vehicles}.",
            "وهاجمت مجموعة مسلحة حاجزا للقوات الأمنية على أطراف {place} يوم {day}، وقتلت "
            "{q1:soldiers} ودمرت {q2:vehicles}، بحسب {official}.",
        ),
    ),
    Family(
        "security",
        (
            "وأعلنت {authority} اعتقال {q1:suspects} يشتبه في انتمائهم إلى خلايا نائمة في {place} "
            "خلال {q2:duration}.",
            "وقالت {authority} إنها ألقت القبض على {q1:suspects} خلال {q2:duration} في حملة دهم "
            "شملت أحياء {place}.",
        ),
    ),
    Family(
        "security",
        (
            "ويقع السجن على بعد {q1:km} من الحدود مع {country}، على طريق يربط {place} بمدينة "
            "{place2}.",
            "وتبعد المنشأة {q1:km} عن الحدود مع {country}، وتقع على الطريق الواصل بين {place} "
            "و{place2}.",
        ),
    ),
    Family(
        "security",
        (
            "وفرضت السلطات حظرا للتجوال في {place} لمدة {q1:duration}، وأغلقت {q2:roads} تؤدي إلى "
            "وسط المدينة.",
            "وأعلنت {authority} حظر تجوال في {place} استمر {q1:duration}، مع إغلاق {q2:roads} "
            "مؤدية إلى مركز المدينة.",
        ),
    ),
    Family(
        "security",
        (
            "واستهدفت طائرة مسيرة موقعا في {place} ليل {day}، ما أسفر عن سقوط {q1:killed}، وفق "
            "{outlet_ref}.",
            "وبحسب {outlet_ref}، فإن غارة بطائرة مسيرة على موقع في {place} ليل {day} أوقعت "
            "{q1:killed}.",
        ),
    ),
    # Humanitarian.
    Family(
        "humanitarian",
        (
            "وأدت المعارك إلى نزوح {q1:displaced} من {place} والقرى المحيطة بها خلال "
            "{q2:duration}، بحسب {un_agency}.",
            "وذكرت {un_agency} أن {q1:displaced} فروا من {place} وقراها خلال {q2:duration} بسبب "
            "المعارك.",
        ),
    ),
    Family(
        "humanitarian",
        (
            "ويعيش {q1:families} في مخيمات مؤقتة غرب {place}، وتفتقر {q2:percent} منها إلى مياه "
            "الشرب النظيفة.",
            "وتقيم {q1:families} في مخيمات عشوائية إلى الغرب من {place}، و{q2:percent} من هذه "
            "المخيمات بلا مياه شرب نظيفة.",
        ),
    ),
    Family(
        "humanitarian",
        (
            "ووصلت قافلة مساعدات تضم {q1:trucks} محملة بـ{q2:tons} من المواد الغذائية والطبية إلى "
            "{place} يوم {day}.",
            "وأعلنت {un_agency} دخول {q1:trucks} تحمل {q2:tons} من الأغذية والأدوية إلى {place} "
            "يوم {day}.",
        ),
    ),
    Family(
        "humanitarian",
        (
            "ووزعت فرق الإغاثة {q1:baskets} على الأسر النازحة في {place} منذ مطلع الشهر.",
            "وقالت فرق الإغاثة إنها وزعت منذ بداية الشهر {q1:baskets} على العائلات النازحة في "
            "{place}.",
        ),
    ),
    Family(
        "humanitarian",
        (
            "وقدرت {un_agency} حاجتها إلى {q1:money} لتغطية الاحتياجات العاجلة حتى نهاية عام "
            "{year}.",
            "وناشدت {un_agency} المانحين تقديم {q1:money} لتلبية الاحتياجات الطارئة حتى نهاية عام "
            "{year}.",
        ),
    ),
    Family(
        "humanitarian",
        (
            "وحذرت منظمات طبية من أن {q1:children} يعانون من سوء التغذية الحاد في {place}، بينهم "
            "{q2:children_small} دون سن الخامسة.",
            "وأشارت منظمات طبية إلى إصابة {q1:children} بسوء التغذية الحاد في {place}، من بينهم "
            "{q2:children_small} لم يبلغوا الخامسة.",
        ),
    ),
    Family(
        "humanitarian",
        (
            "وتضرر {q1:houses} جراء القصف، بينها {q2:houses_small} دمرت بالكامل، وفق تقديرات "
            "المجلس المحلي في {place}.",
            "وقال المجلس المحلي في {place} إن القصف ألحق أضرارا بـ{q1:houses}، منها "
            "{q2:houses_small} سويت بالأرض.",
        ),
    ),
    Family(
        "humanitarian",
        (
            "وخرج {q1:hospitals} عن الخدمة في {place}، فيما تعمل المرافق المتبقية بأقل من "
            "{q2:percent:bare} من طاقتها.",
            "وتوقف {q1:hospitals} عن العمل في {place}، بينما لا تتجاوز قدرة المرافق الأخرى "
            "{q2:percent:bare} من طاقتها المعتادة.",
        ),
    ),
    # Economy.
    Family(
        "economy",
        (
            "وأقرت الحكومة موازنة العام المقبل بقيمة {q1:money}، بعجز يقدر بـ{q2:percent:bare} من "
            "الناتج المحلي.",
            "وصادقت الحكومة على موازنة عام {year} البالغة {q1:money}، مع عجز يصل إلى "
            "{q2:percent:bare} من الناتج المحلي الإجمالي.",
        ),
    ),
    Family(
        "economy",
        (
            "وارتفع معدل التضخم في {country} إلى {q1:percent} خلال {q2:months}، وفق بيانات البنك "
            "المركزي.",
            "وأظهرت بيانات البنك المركزي أن التضخم في {country} بلغ {q1:percent} في غضون "
            "{q2:months}.",
        ),
    ),
    Family(
        "economy",
        (
            "وتراجعت العملة المحلية أمام الدولار بنسبة {q1:percent:bare} منذ مطلع عام {year}.",
            "وفقدت العملة المحلية {q1:percent} من قيمتها أمام الدولار منذ بداية عام {year}.",
        ),
    ),
    Family(
        "economy",
        (
            "ورفعت الحكومة سعر لتر البنزين بنسبة {q1:percent:bare}، في خطوة هي الثانية خلال "
            "{q2:months}.",
            "وزادت الحكومة أسعار البنزين بنسبة {q1:percent:bare}، وهي الزيادة الثانية في غضون "
            "{q2:months}.",
        ),
    ),
    Family(
        "economy",
        (
            "وقالت {authority} إن المشروع سيوفر {q1:jobs} ويمتد على مساحة {q2:area}.",
            "ومن المتوقع أن يوفر المشروع {q1:jobs} على مساحة {q2:area}، بحسب {authority}.",
        ),
    ),
    Family(
        "economy",
        (
            "وبلغت صادرات {country} من النفط {q1:barrels} يوميا خلال الربع الأخير من عام {year}.",
            "وصدرت {country} {q1:barrels} يوميا في الربع الأخير من عام {year}، بحسب أرقام رسمية.",
        ),
    ),
    Family(
        "economy",
        (
            "ووقعت {country} اتفاقا مع صندوق النقد الدولي للحصول على قرض بقيمة {q1:money} على مدى "
            "{q2:years}.",
            "وحصلت {country} على قرض من صندوق النقد الدولي قيمته {q1:money} يسدد خلال {q2:years}.",
        ),
    ),
    # Any story: statements, history, negotiations.
    Family(
        "any",
        (
            "وقال {official} في تصريح لـ{outlet_ref} إن الوضع في {place} لا يزال متوترا، وإن "
            "الاتصالات مع الأطراف المعنية مستمرة.",
            "وأكد {official} لـ{outlet_ref} أن التوتر لا يزال سائدا في {place}، مشيرا إلى استمرار "
            "الاتصالات مع الأطراف المعنية.",
        ),
    ),
    Family(
        "any",
        (
            "وعقد ممثلون عن {authority} اجتماعا مع وجهاء {place} يوم {day} لبحث سبل التهدئة، استمر "
            "{q1:hours}.",
            "والتقى ممثلو {authority} يوم {day} وجهاء من {place} في اجتماع دام {q1:hours} لمناقشة "
            "التهدئة.",
        ),
    ),
    Family(
        "any",
        (
            "وتعود بداية الأزمة إلى {date} عام {year}، حين اندلعت احتجاجات واسعة في {place}.",
            "وبدأت الأزمة في {date} من عام {year} مع خروج احتجاجات واسعة في {place}.",
        ),
    ),
    Family(
        "any",
        (
            "ودعت {un_agency} إلى تطبيق القرار {resolution} الصادر عن مجلس الأمن، وضمان وصول "
            "المساعدات دون عوائق.",
            "وطالبت {un_agency} بتنفيذ قرار مجلس الأمن رقم {resolution} وتأمين دخول المساعدات بلا "
            "قيود.",
        ),
    ),
    Family(
        "any",
        (
            "وكانت {authority} قد أعلنت في {month} الماضي عن خطة لإعادة {q1:displaced} إلى قراهم "
            "خلال {q2:months}.",
            "وسبق أن كشفت {authority} في {month} الماضي عن خطة تقضي بإعادة {q1:displaced} إلى "
            "قراهم في غضون {q2:months}.",
        ),
    ),
    Family(
        "any",
        (
            "ونقلت {outlet_ref} عن مصادر مطلعة أن المفاوضات بين الطرفين تعثرت بسبب الخلاف على "
            "{q1:clauses} من أصل {q2:clauses_total} في مسودة الاتفاق.",
            "وأفادت مصادر مطلعة لـ{outlet_ref} بأن المحادثات تعثرت بسبب خلاف حول {q1:clauses} من "
            "بين {q2:clauses_total} تتضمنها مسودة الاتفاق.",
        ),
    ),
    Family(
        "any",
        (
            "وهذه هي الجولة {ordinal} من المحادثات منذ بداية العام، وعقدت السابقة في {place2} قبل "
            "{q1:weeks}.",
            "وتعد هذه الجولة {ordinal} من المحادثات هذا العام، بعد جولة سابقة استضافتها {place2} "
            "قبل {q1:weeks}.",
        ),
    ),
)

# Sentences without figures that outlets add around the facts; some are shared between
# versions, some belong to one outlet only.
BACKGROUND: tuple[str, ...] = (
    "ويشهد ريف {place} توترا أمنيا متصاعدا منذ أشهر، في ظل تعدد الجهات المسيطرة على الأرض.",
    "ولم يصدر أي تعليق رسمي من {authority} حتى ساعة إعداد هذا التقرير.",
    "ويرى مراقبون أن التطورات الأخيرة قد تنعكس على الأوضاع الإنسانية في المنطقة بأكملها.",
    "وتتبادل الأطراف المتنازعة الاتهامات بالمسؤولية عن تدهور الأوضاع في {place}.",
    "ويأتي ذلك في وقت تتزايد فيه الدعوات الدولية إلى وقف التصعيد وحماية المدنيين.",
    "وأكدت مصادر محلية أن الحركة في أسواق {place} تراجعت بشكل ملحوظ خلال الأيام الماضية.",
    "ولم يتسن التحقق من هذه المعلومات من مصدر مستقل.",
    "وتطالب منظمات حقوقية بفتح تحقيق مستقل وشفاف في الأحداث الأخيرة.",
    "وتعاني {place} من نقص حاد في الوقود والكهرباء منذ بداية فصل الشتاء.",
    "وأشار محللون إلى أن الأزمة مرشحة لمزيد من التعقيد في حال استمرار الخلافات السياسية.",
    "ويخشى السكان من تجدد المواجهات مع اقتراب موعد الانتخابات المحلية.",
    "وتحدثت تقارير إعلامية عن وساطة تقودها دول إقليمية لاحتواء التوتر.",
    "ويعتمد معظم السكان في {place} على المساعدات الإنسانية لتأمين احتياجاتهم الأساسية.",
    "وقال شهود عيان إن دوي انفجارات سمع في أرجاء {place} ليلا.",
    "ودعا ناشطون إلى تحييد المرافق المدنية عن أي عمليات عسكرية.",
    "وتقول {authority} إنها تعمل على إعادة الخدمات الأساسية في أقرب وقت ممكن.",
    "ويعد الطريق الواصل بين {place} و{place2} شريانا حيويا لنقل البضائع والمسافرين.",
    "وأوضحت المصادر أن الاتصالات ما زالت جارية للتوصل إلى تفاهم يرضي جميع الأطراف.",
    "وشددت {authority} على أنها لن تسمح بالمساس بأمن المواطنين واستقرار المنطقة.",
    "وتأتي هذه التطورات بعد أسابيع من الهدوء الحذر الذي ساد المنطقة.",
    "وتقول عائلات في {place} إنها لم تتلق أي معلومات عن مصير أبنائها منذ أسابيع.",
    "ويتهم سكان محليون الجهات المسؤولة بالتقصير في حماية الأحياء السكنية.",
    "وكانت المنطقة قد شهدت حوادث مماثلة في السنوات الماضية دون أن يحاسب أحد.",
    "ويطالب أهالي {place} بتحسين الخدمات وتوفير فرص العمل للشباب.",
)

HEADLINES: dict[str, tuple[str, ...]] = {
    "security": (
        "نقل {q1:detainees} من {prison} في {place} إلى قاعدة قرب {place2}",
        "{authority} تعلن اعتقال {q1:suspects} في {place}",
        "اشتباكات في ريف {place} ومقتل {q1:fighters}",
    ),
    "humanitarian": (
        "نزوح {q1:displaced} من {place} خلال {q2:duration}",
        "{un_agency}: {q1:children} يعانون سوء التغذية في {place}",
        "قافلة من {q1:trucks} تصل إلى {place}",
    ),
    "economy": (
        "التضخم في {country} يبلغ {q1:percent}",
        "قرض بقيمة {q1:money} لـ{country} من صندوق النقد الدولي",
        "موازنة بقيمة {q1:money} وعجز يقلق الاقتصاديين في {country}",
    ),
}

PLACES = (
    "حلب",
    "دير الزور",
    "الحسكة",
    "الرقة",
    "إدلب",
    "درعا",
    "حمص",
    "الموصل",
    "كركوك",
    "البصرة",
    "الأنبار",
    "نينوى",
    "صنعاء",
    "تعز",
    "مأرب",
    "الحديدة",
    "عدن",
    "بنغازي",
    "سرت",
    "مصراتة",
    "طرابلس",
    "سبها",
    "الخرطوم",
    "الفاشر",
    "نيالا",
    "كسلا",
    "غزة",
    "خان يونس",
    "جنين",
    "نابلس",
    "صيدا",
    "بعلبك",
    "طرطوس",
    "القامشلي",
    "تدمر",
    "الرمادي",
    "الفلوجة",
    "سامراء",
    "أربيل",
    "دهوك",
)
COUNTRIES = ("سوريا", "العراق", "اليمن", "ليبيا", "السودان", "لبنان", "الأردن", "تونس", "مصر")
AUTHORITIES = (
    "وزارة الداخلية",
    "قوات الأمن",
    "السلطات المحلية",
    "الحكومة",
    "وزارة الدفاع",
    "لجنة الإغاثة المحلية",
    "إدارة المنطقة",
    "هيئة الطوارئ",
)
UN_AGENCIES = (
    "الأمم المتحدة",
    "منظمة الصحة العالمية",
    "المفوضية السامية لشؤون اللاجئين",
    "منظمة يونيسف",
    "منظمة الهجرة الدولية",
    "اللجنة الدولية للصليب الأحمر",
)
OFFICIALS = (
    "مصدر أمني",
    "مسؤول محلي",
    "مصدر مطلع",
    "المتحدث باسم وزارة الداخلية",
    "محافظ المدينة",
    "مصدر عسكري",
    "مسؤول في المجلس المحلي",
    "قائد ميداني",
)
# Invented outlets: no real newsroom's name.
OUTLETS = (
    "وكالة الأفق للأنباء",
    "شبكة الضفتين",
    "موقع الرصد اليوم",
    "قناة الوادي الإخبارية",
    "صحيفة المسار",
    "وكالة نبأ المشرق",
    "موقع زاوية الخبر",
    "إذاعة المدى",
    "صحيفة البوصلة",
    "موقع شرفة الأخبار",
)
PRISONS = ("السجن المركزي", "سجن الرحبة", "سجن القلعة", "سجن الجسر", "سجن الوادي الأخضر")
DAYS_OF_WEEK = ("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
MONTH_NAMES = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
)
ORDINALS = ("الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة")
QUALIFIERS = ("نحو", "حوالي", "قرابة", "أكثر من", "ما يزيد عن", "زهاء", "ما يقارب", "أقل من")
# Lines that are page furniture, not article text; the importer strips them.
FURNITURE = (
    "شارك هذا الخبر: فيسبوك تويتر واتساب تلغرام",
    "قد يهمك أيضا",
    "يقرأون الآن",
    "Facebook Twitter WhatsApp Telegram",
)
