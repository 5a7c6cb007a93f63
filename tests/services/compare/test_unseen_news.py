"""Stories of other kinds than the seeds (earthquakes, strikes with casualties, prices and
budgets, elections, courts, football), written for Riwaya in the habits of other outlets: what a
reader notes in each figure, and which figures of two versions they pair."""

import pytest
from comparison_stories import article

from services.compare.comparison import compare
from services.models import Kind
from services.text.quantities import extract_quantities

INF = None


def readings(text):
    return [
        (q.text, q.low, q.high, q.kind.value, q.unit, q.counted) for q in extract_quantities(text)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a toll in two halves: the second verbal noun is not what the first figure counts
        (
            "مقتل 3 وإصابة 12 في انفجار سيارة مفخخة",
            [("3", 3, 3, "count", None, None), ("12", 12, 12, "count", None, None)],
        ),
        # "وأكثر من" opens the next figure; it does not qualify the one before
        (
            "خلف الزلزال 2,300 قتيل وأكثر من 10 آلاف جريح",
            [
                ("2,300", 2300, 2300, "count", None, "قتيل"),
                ("أكثر من 10 آلاف", 10000, INF, "count", None, "جريح"),
            ],
        ),
        ("قتل 20 شخصا وأكثر", [("20", 20, INF, "count", None, "شخصا")]),
        # a price after "الكيلو" is a sum of money, not a name
        ("بلغ سعر الكيلو 120 جنيها مصريا", [("120 جنيها مصريا", 120, 120, "money", "EGP", None)]),
        # an earthquake's strength is a magnitude, not a count of degrees
        (
            "زلزال بقوة 6.8 درجات يضرب المغرب",
            [("6.8 درجات", 6.8, 6.8, "magnitude", "Richter", None)],
        ),
        (
            "بلغت قوته 7,2 درجة على مقياس ريختر",
            [("7,2 درجة على مقياس ريختر", 7.2, 7.2, "magnitude", "Richter", None)],
        ),
        ("زلزال بقوة ٦٫٢ يهز غرب تركيا", [("٦٫٢", 6.2, 6.2, "magnitude", "Richter", None)]),
        # a present verb after a bare figure opens the next clause; it is not counted
        ("زلزال بقوة 6 يضرب المنطقة", [("6", 6, 6, "magnitude", "Richter", None)]),
        ("قتل 5 يمنيين", [("5", 5, 5, "count", None, "يمنيين")]),
        # piastres are money, and join the pounds before them
        ("بلغ سعر الرغيف 20 قرشا", [("20 قرشا", 20, 20, "money", "piastre", None)]),
        ("بلغ السعر 3 جنيهات و50 قرشا", [("3 جنيهات و50 قرشا", 3.5, 3.5, "money", "pound", None)]),
        # after a verb of change, من X إلى Y is the old and the new figure, in the new one's unit
        (
            "ارتفع سعر ربطة الخبز من 1000 إلى 1500 ليرة",
            [
                ("1000", 1000, 1000, "money", "lira", None),
                ("1500 ليرة", 1500, 1500, "money", "lira", None),
            ],
        ),
        (
            "تراجع سعر الصرف من 15 إلى 12 جنيها",
            [("15", 15, 15, "money", "pound", None), ("12 جنيها", 12, 12, "money", "pound", None)],
        ),
        ("يتراوح عدد القتلى من 30 إلى 45", [("من 30 إلى 45", 30, 45, "count", None, None)]),
        # a fuel's grade names it (بنزين 92); a sum after the fuel is still money
        (
            "ارتفع سعر بنزين 92 إلى 13 جنيها",
            [
                ("92", 92, 92, "identifier", None, "بنزين"),
                ("13 جنيها", 13, 13, "money", "pound", None),
            ],
        ),
        ("ارتفع سعر البنزين 2 جنيه", [("2 جنيه", 2, 2, "money", "pound", None)]),
        # a match's score names a result, it counts nothing; a rising pair is still a range
        ("فاز الأهلي 2-1 على الزمالك", [("2-1", 2, 2, "identifier", None, None)]),
        ("خسر المنتخب 1-3 في المباراة", [("1-3", 1, 1, "identifier", None, None)]),
        ("يستغرق التسليم 2-3 أيام", [("2-3 أيام", 2, 3, "duration", "day", None)]),
        # basis points are a share, not a count of points
        ("رفع المركزي الفائدة 200 نقطة أساس", [("200 نقطة أساس", 200, 200, "percent", "bp", None)]),
    ],
)
def test_figures_of_other_stories(sentence, expected):
    assert readings(sentence) == expected


def test_magnitude_is_its_own_kind():
    (q,) = extract_quantities("ضرب زلزال بقوة 7.8 درجة جنوب تركيا")
    assert q.kind is Kind.MAGNITUDE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count of people after a toll's verb or before آخرون is no year
        ("وأصيب 2059 آخرون", [("2059", 2059, 2059, "count", None, None)]),
        ("سقط 2012 مصابين", [("2012", 2012, 2012, "count", None, "مصابين")]),
        (
            "في 2019 قتل 5",
            [("2019", 2019, 2019, "year", None, None), ("5", 5, 5, "count", None, None)],
        ),
        # the next clause's verb (ويصيب) is not what a figure counts
        (
            "انفجار يقتل ثلاثة ويصيب 15",
            [("ثلاثة", 3, 3, "count", None, None), ("15", 15, 15, "count", None, None)],
        ),
        # a case of death counts deaths
        ("سجلت 17 حالة وفاة", [("17", 17, 17, "count", None, "وفاة")]),
        # ألفا before a bare noun is the dual in construct; after a number, ألف's accusative
        ("نشر الجيش ألفا جندي على الحدود", [("ألفا", 2000, 2000, "count", None, "جندي")]),
        ("وصل مليونا لاجئ", [("مليونا", 2e6, 2e6, "count", None, "لاجئ")]),
        ("بلغ عدد الجنود 12 ألفاً", [("12 ألفاً", 12000, 12000, "count", None, None)]),
        ("أرسلت ألفا من الجنود", [("ألفا", 1000, 1000, "count", None, "الجنود")]),
    ],
)
def test_counts_of_people_and_cases(sentence, expected):
    assert readings(sentence) == expected


def pairs(left: str, right: str) -> set[tuple[str, str, str]]:
    """(left figure, right figure, relation) of every discrepancy between two short versions."""
    c = compare(article(left), article(right))
    return {
        (c.left_quantities[d.left].text, c.right_quantities[d.right].text, d.relation.value)
        for d in c.discrepancies
    }


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # a rising toll: the figures about the dead are paired, and the one that says it rose
        # (ارتفعت ... إلى 45) is the later: an update, not a conflict (compare.timeline)
        (
            "ارتفعت حصيلة القتلى في القصف على مدينة إدلب إلى 45، بحسب الدفاع المدني.",
            "قتل 30 شخصا في القصف على مدينة إدلب، وفق الدفاع المدني.",
            {("45", "30", "updated")},
        ),
        # killed with killed, injured with injured; nationalities are people
        (
            "أسفرت الغارة عن سقوط 7 شهداء و20 جريحا في مخيم النصيرات.",
            "قتل تسعة فلسطينيين وأصيب 25 آخرون في غارة على مخيم النصيرات.",
            {("7", "تسعة", "conflict"), ("20", "25", "conflict")},
        ),
        (
            "مقتل 3 وإصابة 12 في انفجار بمقديشو.",
            "انفجار في مقديشو يقتل ثلاثة ويصيب 15.",
            {("3", "ثلاثة", "agree"), ("12", "15", "conflict")},
        ),
        # a part of the injured (بينهم 1404) is not a count of all of them
        (
            "قتل 2012 شخصا وأصيب 2059 بينهم 1404 في حالة حرجة.",
            "وذكرت السلطات أن أكثر من ألفي شخص أصيبوا في الزلزال.",
            {("2059", "أكثر من ألفي", "differs")},
        ),
        # cases of an epidemic: إصابة and حالة count the sick, حالة وفاة the dead
        (
            "أعلنت الوزارة تسجيل 320 إصابة بالكوليرا و15 وفاة.",
            "سجلت الوزارة ٣٢٠ حالة كوليرا و17 حالة وفاة.",
            {("320", "٣٢٠", "agree"), ("15", "17", "conflict")},
        ),
        # a generic currency goes with its country's; two currencies never pair
        (
            "وبلغ سعر الدولار في البنوك 30.9 جنيه.",
            "ويتداول الدولار في البنوك عند 30.95 جنيه مصري.",
            {("30.9 جنيه", "30.95 جنيه مصري", "conflict")},
        ),
        (
            "وحصلت مصر على قرض بقيمة 3 مليارات دولار.",
            "وحصلت مصر على قرض بقيمة 3 مليارات جنيه.",
            set(),
        ),
        (
            "وبلغت قيمة الصفقة 40 مليار جنيه مصري.",
            "وبلغت قيمة الصفقة 40 مليار جنيه سوداني.",
            set(),
        ),
        # percentages written three ways
        (
            "ارتفع التضخم إلى 35.8٪ في أغسطس.",
            "ارتفع التضخم إلى 37,4 في المائة في أغسطس.",
            {("35.8٪", "37,4 في المائة", "conflict")},
        ),
        # a whole (من أصل 150, المؤلف من 150) is not the part a party won
        (
            "فاز الحزب الحاكم بـ 85 مقعدا من أصل 150 في البرلمان الجديد.",
            "فاز الحزب الحاكم بـ 90 مقعدا في البرلمان الجديد المؤلف من 150 مقعدا.",
            {("85", "90", "conflict"), ("150", "150", "agree")},
        ),
        (
            "حصل الائتلاف على 60 مقعدا من مجموع 120 في المجلس.",
            "وفاز الائتلاف بـ 120 مقعدا في انتخابات المجلس.",
            {("60", "120", "conflict")},
        ),
        # people in a role and people in general, when the same thing happened to them
        (
            "أعلنت الشرطة اعتقال 150 متظاهرا في العاصمة أمس.",
            "وقالت منظمة حقوقية إن السلطات اعتقلت 200 شخص.",
            {("150", "200", "conflict")},
        ),
        (
            "غرق 45 مهاجرا قبالة السواحل الليبية.",
            "لقي 50 شخصا حتفهم غرقا قبالة ليبيا.",
            {("45", "50", "conflict")},
        ),
        ("أصيب 40 متظاهرا في المواجهات.", "اعتقلت الشرطة 200 شخص في المدينة.", set()),
        # journalists go with the journalists the other version counts, not with its people
        (
            "اعتقلت الشرطة 200 شخص بينهم 5 صحفيين خلال الاحتجاجات.",
            "وقالت نقابة الصحفيين إن 7 صحفيين اعتقلوا، فيما اعتقل 180 متظاهرا.",
            {("200", "180", "conflict")},
        ),
        ("اعتقل 30 صحفيا في البلاد.", "اعتقلت الشرطة 200 طالب في المدينة.", set()),
        # children are a part of the dead, not another name for them
        ("قتل 12 مدنيا في القصف على المدينة.", "أسفر القصف عن مقتل 15 طفلا في المدينة.", set()),
        # homes by any name, when both say what happened to them
        (
            "وقالت الوزارة إن نحو 50 ألف منزل دمرت بالكامل.",
            "وأشار التقرير إلى تدمير ما يقارب 50 ألف مسكن في القطاع.",
            {("نحو 50 ألف", "ما يقارب 50 ألف", "agree")},
        ),
        (
            "وتضرر نحو 50 ألف منزل في الحرائق.",
            "وأشارت التقديرات إلى تضرر ما يقارب 60 ألف وحدة سكنية في المنطقة.",
            {("نحو 50 ألف", "ما يقارب 60 ألف", "differs")},
        ),
        ("وتضرر نحو 50 ألف منزل في الحرائق.", "وبنت الحكومة 60 ألف وحدة سكنية جديدة.", set()),
        # a boat's passengers, the drowned and the rescued are three figures
        (
            "غرق قارب يقل نحو 80 مهاجرا قبالة ليبيا. وأنقذ خفر السواحل 23 شخصا.",
            "لقي 35 مهاجرا حتفهم غرقا. وتم إنقاذ 25 شخصا من المركب الذي كان يقل 90 شخصا.",
            {("نحو 80", "90", "conflict"), ("23", "25", "conflict")},
        ),
        # villages by their broken plural, when both say they were evacuated
        (
            "وأجلت السلطات سكان 12 قرية في الشمال.",
            "وأسفرت الحرائق عن إجلاء سكان عشر قرى.",
            {("12", "عشر", "conflict")},
        ),
        # a team's name (فرق الإنقاذ) says who acted, not what happened to the families
        (
            "وأجلت فرق الإنقاذ 300 عائلة من الأحياء المنخفضة.",
            "وقال الدفاع المدني إن فرق الإنقاذ أجلت نحو 320 عائلة.",
            {("300", "نحو 320", "differs")},
        ),
        # what a sum or a share is of: a budget with a budget, never with its deficit, even
        # in unlinked sentences
        (
            "أقر البرلمان موازنة بقيمة 3.2 تريليون دينار، بعجز يقدر بـ 450 مليار دينار.",
            "صادق النواب على موازنة تبلغ ثلاثة تريليونات ومئتي مليار دينار. ويبلغ العجز نحو "
            "نصف تريليون دينار.",
            {
                ("3.2 تريليون دينار", "ثلاثة تريليونات ومئتي مليار دينار", "agree"),
                ("450 مليار دينار", "نحو نصف تريليون دينار", "differs"),
            },
        ),
        (
            "وتوقع خبراء أن يرتفع التضخم إلى 35% خلال الأشهر المقبلة.",
            "ويرى محللون أن معدل التضخم قد يتجاوز 30 في المئة بحلول نهاية العام.",
            # قد يتجاوز 30: more than 30, which 35 is
            {("35%", "يتجاوز 30 في المئة", "differs")},
        ),
        # the price a rise starts from is not the new price
        (
            "ارتفع سعر الرغيف من 5 قروش إلى 20 قرشا.",
            "رفعت الحكومة سعر الرغيف إلى 20 قرشا.",
            {("20 قرشا", "20 قرشا", "agree")},
        ),
        (
            "رفعت الوزارة سعر لتر البنزين إلى 12.5 جنيه بدلا من 11 جنيها.",
            "قررت الوزارة رفع سعر لتر البنزين إلى 13 جنيها.",
            {("12.5 جنيه", "13 جنيها", "conflict")},
        ),
        # a figure for each side is not the total of both
        (
            "أفرج الطرفان عن 230 أسيرا في عملية التبادل.",
            "شملت عملية التبادل الإفراج عن 240 محتجزا، وأطلق كل طرف سراح 120 أسيرا.",
            {("230", "240", "conflict")},
        ),
        # voters with voters, in unlinked sentences
        (
            "وأدلى أكثر من 4.2 مليون ناخب بأصواتهم في 11 ألف مركز.",
            "وشارك في الاقتراع نحو أربعة ملايين ناخب.",
            {("أكثر من 4.2 مليون", "نحو أربعة ملايين", "differs")},
        ),
        # the toll a rise starts from is not the toll now
        (
            "ارتفع عدد القتلى في الفيضانات من 30 إلى 45 شخصا.",
            "قتل 45 شخصا في الفيضانات بحسب حصيلة جديدة.",
            {("45", "45", "agree")},
        ),
        # a wildfire's burnt area and its trees, in unlinked sentences
        (
            "أتت الحرائق على ٤٥٠٠ هكتار من الغابات. وأتلفت النيران نحو ٢٠٠ ألف شجرة زيتون.",
            "قدرت مصادر محلية المساحات المحترقة بأكثر من خمسة آلاف هكتار. وأحرقت النيران مئات "
            "آلاف الأشجار.",
            {
                ("٤٥٠٠ هكتار", "أكثر من خمسة آلاف هكتار", "conflict"),
                ("نحو ٢٠٠ ألف", "مئات آلاف", "differs"),
            },
        ),
        # a score is never paired with a count
        (
            "فاز الأهلي على الزمالك 2-1 في نهائي الكأس.",
            "تغلب الأهلي على الزمالك بهدفين مقابل هدف في النهائي.",
            set(),
        ),
        # magnitudes with magnitudes
        (
            "ضرب زلزال بقوة 6.8 درجات على مقياس ريختر المغرب.",
            "ضرب زلزال بقوة 7 درجات المغرب.",
            {("6.8 درجات على مقياس ريختر", "7 درجات", "conflict")},
        ),
    ],
)
def test_figures_a_reader_pairs(left, right, expected):
    assert pairs(left, right) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the article some outlets write before digits stands between a qualifier and the number
        ("اعتقل قرابة الـ200 شخص", [("قرابة الـ200", 180, 220, "count", None, "شخص")]),
        ("قتل أكثر من الـ 100 شخص", [("أكثر من الـ 100", 100, INF, "count", None, "شخص")]),
        ("أفرج عن الـ750 معتقلا", [("750", 750, 750, "count", None, "معتقلا")]),
        ("قتل حوالى 60 شخصا", [("حوالى 60", 54, 66, "count", None, "شخصا")]),
        # "to" as the clitic لـ after من, and the article inside a range
        ("أصيب من 20 لـ30 شخصا", [("من 20 لـ30", 20, 30, "count", None, "شخصا")]),
        ("حكم بالسجن من 5 لـ 7 سنوات", [("من 5 لـ 7 سنوات", 5, 7, "duration", "year", None)]),
        ("أصيب بين الـ20 والـ30 شخصا", [("بين الـ20 والـ30", 20, 30, "count", None, "شخصا")]),
        ("أصيب من 20 إلى الـ30 شخصا", [("من 20 إلى الـ30", 20, 30, "count", None, "شخصا")]),
        # one dot before three digits groups thousands in a count of whole things; a decimal
        # everywhere else (a Kuwaiti dinar has three decimals; ٫ is always a decimal mark)
        ("نزح 12.000 شخص", [("12.000", 12000, 12000, "count", None, "شخص")]),
        ("اعتقل نحو 3.500 متظاهر", [("نحو 3.500", 3150, 3850, "count", None, "متظاهر")]),
        ("نزح 1.250 مليون شخص", [("1.250 مليون", 1.25e6, 1.25e6, "count", None, "شخص")]),
        ("بلغ السعر 1.500 دينار كويتي", [("1.500 دينار كويتي", 1.5, 1.5, "money", "KWD", None)]),
        ("نزح 1,5 مليون شخص", [("1,5 مليون", 1.5e6, 1.5e6, "count", None, "شخص")]),
        ("نزح ٢٬٥٠٠ شخص", [("٢٬٥٠٠", 2500, 2500, "count", None, "شخص")]),
        ("نزح 12 ألفا و500 شخص", [("12 ألفا و500", 12500, 12500, "count", None, "شخص")]),
    ],
)
def test_outlet_habits(sentence, expected):
    assert readings(sentence) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # the article before digits, and a singular beside its broken plural
        (
            "أفرج الجيش عن الـ750 معتقلا من سجن المدينة.",
            "أفرج الجيش عن 750 معتقلا من سجن المدينة.",
            {("750", "750", "agree")},
        ),
        (
            "اعتقلت الشرطة قرابة الـ200 شخص في المدينة.",
            "اعتقلت الشرطة 210 أشخاص في المدينة.",
            {("قرابة الـ200", "210", "differs")},
        ),
        (
            "قتل حوالى 60 شخصا في القصف على المدينة.",
            "قتل نحو ستين شخصا في القصف على المدينة.",
            {("حوالى 60", "نحو ستين", "agree")},
        ),
        (
            "نزح 12 ألفا و500 شخص من المدينة بسبب الفيضانات.",
            "نزح 12,500 شخص من المدينة بسبب الفيضانات.",
            {("12 ألفا و500", "12,500", "agree")},
        ),
        (
            "نزح 12.000 شخص من المدينة بسبب الفيضانات.",
            "نزح 12 ألف شخص من المدينة بسبب الفيضانات.",
            {("12.000", "12 ألف", "agree")},
        ),
        ("قتل مئات الأطفال في الحرب.", "قتل 400 طفل في الحرب.", {("مئات", "400", "differs")}),
        (
            "تظاهر عشرات الآلاف من المواطنين في العاصمة.",
            "تظاهر 50 ألف مواطن في العاصمة.",
            {("عشرات الآلاف", "50 ألف", "differs")},
        ),
        # a share is never a count; two countries' riyals never pair
        (
            "بلغت نسبة العاطلين عن العمل 12 في المئة في البلاد.",
            "بلغ عدد العاطلين عن العمل 12 ألفا في البلاد.",
            set(),
        ),
        (
            "قدمت الحكومة منحة قيمتها 10 ملايين ريال سعودي للمدينة.",
            "قدمت الحكومة منحة قيمتها 10 ملايين ريال قطري للمدينة.",
            set(),
        ),
    ],
)
def test_outlet_habits_a_reader_pairs(left, right, expected):
    assert pairs(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # a fraction of a whole is a share: compared with a percentage
        (
            "وأظهرت النتائج أن 35% من المقاعد ذهبت إلى المستقلين.",
            "وفاز المستقلون بما يزيد عن ثلث المقاعد.",
            {("35%", "ما يزيد عن ثلث", "differs")},
        ),
        # near values of one named thing in unlinked sentences
        (
            "وقدم 43 طالبا أوراقهم إلى اللجنة. وتخرج 300 طالب من الكلية هذا العام.",
            "وقالت الجامعة إن 45 طالبا تقدموا بطلباتهم قبل انتهاء المهلة.",
            {("43", "45", "conflict")},
        ),
        # ... but not when one says what happened to them and the other something else
        (
            "وتضررت 40 مدرسة في القصف.",
            "وافتتحت الوزارة 45 مدرسة جديدة هذا العام.",
            set(),
        ),
        # "more than 9,000" is near 9,000, not every larger figure
        (
            "وصل إلى الجزيرة 31 ألفا و200 مهاجر منذ يناير.",
            "وسجلت السلطات وصول أكثر من 9 آلاف مهاجر في مارس وحده، و12 ألف مهاجر في أبريل.",
            set(),
        ),
        # one exact value is one figure whatever part words stand before it
        (
            "وأسفرت المداهمات عن ضبط أسلحة خفيفة، بينها 30 بندقية آلية.",
            "وعثرت الشرطة في المخزن على ثلاثين بندقية مخبأة تحت الأرض.",
            {("30", "ثلاثين", "agree")},
        ),
        # ordinals of one thing in unlinked sentences
        (
            "وهذه العملية الثالثة من نوعها منذ مطلع الشهر.",
            "وقالت مصادر إنها رابع عملية في المنطقة خلال آذار.",
            {("الثالثة", "رابع", "conflict")},
        ),
    ],
)
def test_figures_paired_by_value_and_kind(left, right, expected):
    assert pairs(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # what happened in a court: the acquitted with the acquitted, the convicted with the
        # convicted, though the sentences are worded apart
        (
            "ومثل أمام المحكمة 9 متهمين، أدين منهم خمسة وبرئ أربعة.",
            "وبرأت هيئة المحكمة 4 متهمين، بينما عاقبت 5 آخرين بالسجن.",
            {("خمسة", "5", "agree"), ("أربعة", "4", "agree")},
        ),
        # one value, though one version says it is a part of a whole (من أصل)
        (
            "وبلغت نسبة المشاركة 41 بالمئة من أصل 24.5 مليون ناخب مسجل.",
            "ويحق لنحو 24.5 مليون ناخب الإدلاء بأصواتهم في هذه الانتخابات.",
            {("24.5 مليون", "نحو 24.5 مليون", "agree")},
        ),
    ],
)
def test_figures_told_by_what_happened(left, right, expected):
    assert pairs(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # four of the injured who died are a part, not the count of the injured
        (
            "قتل سبعة مدنيين وأصيب 15 آخرون في قصف استهدف المخيم صباح الأربعاء.",
            "ارتفعت حصيلة القصف الذي استهدف المخيم إلى 11 قتيلاً بعد وفاة أربعة من المصابين.",
            {("سبعة", "11", "updated")},
        ),
        # a part of one thing named on both sides is still compared (خمسة منهم / سبعة من الجرحى)
        (
            "ونقل المصابون إلى مستشفى الكرك، وحالة خمسة منهم حرجة.",
            "وأفاد مصدر طبي في مستشفى الكرك بأن سبعة من الجرحى في حالة حرجة.",
            {("خمسة", "سبعة", "conflict")},
        ),
        # the imports' sum takes the topic of its sentence's percentage
        (
            "وارتفعت الواردات بنسبة 3.1 في المائة لتصل إلى 183.9 مليار درهم.",
            "وزادت الواردات 3.2% إلى نحو 184 مليار درهم، بحسب مكتب الصرف.",
            {
                ("3.1 في المائة", "3.2%", "conflict"),
                ("183.9 مليار درهم", "نحو 184 مليار درهم", "differs"),
            },
        ),
    ],
)
def test_parts_and_topics_of_a_sentence(left, right, expected):
    assert pairs(left, right) == expected


def test_a_broken_plural_counts_its_singular():
    # قضاتها is the plural of قاض: thirteen judges on both sides, not resolution 13
    assert pairs(
        "وصدر الحكم بأغلبية 13 قاضيا مقابل اثنين.",
        "وصوت لصالح القرار 13 من قضاتها.",
    ) == {("13", "13", "agree")}


def test_an_ordinal_of_times_ranks_what_another_names():
    # «للمرة الثانية» and «الرفع الثالث» rank one rise of the interest rate
    left = "وقرر البنك المركزي رفع سعر الفائدة، وهذا هو الرفع الثالث منذ بداية العام."
    right = "ورفع البنك المركزي سعر الفائدة للمرة الثانية منذ بداية العام."
    assert ("الثالث", "الثانية", "conflict") in pairs(left, right)


def test_helicopters_are_aircraft():
    left = "وشارك في إخماد الحريق أكثر من 80 آلية و4 طائرات مروحية، بحسب الدفاع المدني."
    right = "وتشارك في إخماد الحريق ٧٥ سيارة إطفاء وخمس مروحيات تابعة للجيش."
    assert ("4", "خمس", "conflict") in pairs(left, right)


def test_a_nationality_counts_the_people_named_with_it():
    left = "وقالت المفوضية إن أكثر من 25 ألف لاجئ سوداني عبروا إلى تشاد خلال أسبوعين."
    right = "عبر نحو سبعة وعشرين ألف سوداني الحدود إلى تشاد، وفق أرقام أممية."
    assert ("أكثر من 25 ألف", "نحو سبعة وعشرين ألف", "differs") in pairs(left, right)
