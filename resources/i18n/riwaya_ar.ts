<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Swap sides</source>
        <translation>تبديل الجانبين</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <source>read first</source>
        <translation>تُقرأ أولاً</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>المقارَنة</translation>
    </message>
    <message>
        <source>%1 (right pane)</source>
        <translation>%1 (اللوح الأيمن)</translation>
    </message>
    <message>
        <source>%1 (left pane)</source>
        <translation>%1 (اللوح الأيسر)</translation>
    </message>
    <message>
        <source>Moved: appears earlier in %1 (sentence %2 of %3) than in %4 (sentence %5 of %6)</source>
        <translation>منقولة: ترد في %1 في موضع أبكر (الجملة %2 من %3) منها في %4 (الجملة %5 من %6)</translation>
    </message>
    <message>
        <source>Moved: appears later in %1 (sentence %2 of %3) than in %4 (sentence %5 of %6)</source>
        <translation>منقولة: ترد في %1 في موضع متأخر (الجملة %2 من %3) عنها في %4 (الجملة %5 من %6)</translation>
    </message>
    <message numerus="yes">
        <source>Back at the first discrepancy (%n in all)</source>
        <translation>
            <numerusform>عُدنا إلى التباين الأول (من أصل %n)</numerusform>
            <numerusform>عُدنا إلى التباين الأول (من أصل %n)</numerusform>
            <numerusform>عُدنا إلى التباين الأول (من أصل %n)</numerusform>
            <numerusform>عُدنا إلى التباين الأول (من أصل %n)</numerusform>
            <numerusform>عُدنا إلى التباين الأول (من أصل %n)</numerusform>
            <numerusform>عُدنا إلى التباين الأول (من أصل %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back at the last discrepancy (%n in all)</source>
        <translation>
            <numerusform>عُدنا إلى التباين الأخير (من أصل %n)</numerusform>
            <numerusform>عُدنا إلى التباين الأخير (من أصل %n)</numerusform>
            <numerusform>عُدنا إلى التباين الأخير (من أصل %n)</numerusform>
            <numerusform>عُدنا إلى التباين الأخير (من أصل %n)</numerusform>
            <numerusform>عُدنا إلى التباين الأخير (من أصل %n)</numerusform>
            <numerusform>عُدنا إلى التباين الأخير (من أصل %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <source>The lexicon folder cannot be opened: %1</source>
        <translation>تعذّر فتح مجلد المعجم: %1</translation>
    </message>
    <message>
        <source>Your word lists are in %1</source>
        <translation>قوائم كلماتك في %1</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation>البحث في المكتبة (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <translation>التصفية حسب الوسيلة</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>لا يطابق البحثَ أي مقال.</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>كل الوسائل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open an article (or two) to find words in it.</source>
        <translation>افتح مقالاً (أو اثنين) للبحث عن كلمات فيه.</translation>
    </message>
    <message>
        <source>Open an article to see its original text.</source>
        <translation>افتح مقالاً لعرض نصه الأصلي.</translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <source>Riwaya libraries (*.db *.sqlite *.sqlite3 *.riwaya);;All files (*)</source>
        <translation>مكتبات رواية (*.db *.sqlite *.sqlite3 *.riwaya);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>مكتبة جديدة</translation>
    </message>
    <message>
        <source>Riwaya libraries (*.sqlite);;All files (*)</source>
        <translation>مكتبات رواية (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Wait for the import to finish before switching libraries.</source>
        <translation>انتظر انتهاء الاستيراد قبل الانتقال إلى مكتبة أخرى.</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالاً</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>المعروض: %n</numerusform>
            <numerusform>المعروض: %n</numerusform>
            <numerusform>المعروض: %n</numerusform>
            <numerusform>المعروض: %n</numerusform>
            <numerusform>المعروض: %n</numerusform>
            <numerusform>المعروض: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Riwaya — %1</source>
        <translation>رواية — %1</translation>
    </message>
    <message>
        <source>Wait for the import to finish before changing the language.</source>
        <translation>انتظر انتهاء الاستيراد قبل تغيير اللغة.</translation>
    </message>
</context>
<context>
    <name>VersionHeader</name>
    <message>
        <source>date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;كما في النظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
        <source>Import article files into the library</source>
        <translation>استيراد ملفات مقالات إلى المكتبة</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <source>Import every article in a folder and its subfolders</source>
        <translation>استيراد كل المقالات في مجلد ومجلداته الفرعية</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>مكتبة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Start an empty library in a file of your choice</source>
        <translation>إنشاء مكتبة فارغة في ملف تختاره</translation>
    </message>
    <message>
        <source>Open &amp;library…</source>
        <translation>فتح م&amp;كتبة…</translation>
    </message>
    <message>
        <source>Open another library file</source>
        <translation>فتح ملف مكتبة أخرى</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export the comparison: HTML or PDF to read and print, CSV or XLSX figures, JSON</source>
        <translation>تصدير المقارنة: HTML أو PDF للقراءة والطباعة، وجداول الأرقام CSV أو XLSX، وJSON</translation>
    </message>
    <message>
        <source>&amp;Back up the library</source>
        <translation>&amp;نسخ احتياطي للمكتبة</translation>
    </message>
    <message>
        <source>Copy the library into its backups folder (LIBRARY.backups, beside it)</source>
        <translation>نسخ المكتبة إلى مجلد نسخها الاحتياطية (LIBRARY.backups، بجانبها)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;سترجاع نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Replace the library by one of its backups (the replaced one is kept)</source>
        <translation>استبدال المكتبة بإحدى نسخها الاحتياطية (تُحفظ المكتبة المستبدَلة)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the selected articles (Undo brings them back)</source>
        <translation>حذف المقالات المحددة (التراجع يعيدها)</translation>
    </message>
    <message>
        <source>&amp;Rename / edit…</source>
        <translation>إعادة ت&amp;سمية / تحرير…</translation>
    </message>
    <message>
        <source>Correct the title, outlet or date of the current article (F2, Tab to move)</source>
        <translation>تصحيح عنوان المقال الحالي أو وسيلته أو تاريخه (F2، وTab للتنقل)</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;بحث في المقال…</translation>
    </message>
    <message>
        <source>Find words in the article being read (in a comparison: the pane you are in)</source>
        <translation>البحث عن كلمات في المقال المقروء (في المقارنة: في اللوح الذي أنت فيه)</translation>
    </message>
    <message>
        <source>Article &amp;note…</source>
        <translation>م&amp;لاحظة على المقال…</translation>
    </message>
    <message>
        <source>Write a note on the selected article (kept with its text, in every export)</source>
        <translation>كتابة ملاحظة على المقال المحدد (تُحفظ مع نصه وتظهر في كل تصدير)</translation>
    </message>
    <message>
        <source>Search the &amp;library</source>
        <translation>البحث في ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>Search the library&apos;s articles (Ctrl+Shift+F)</source>
        <translation>البحث في مقالات المكتبة (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Go to the article &amp;list</source>
        <translation>الانتقال إلى &amp;قائمة المقالات</translation>
    </message>
    <message>
        <source>Go to the &amp;text</source>
        <translation>الانتقال إلى ال&amp;نص</translation>
    </message>
    <message>
        <source>Move the keyboard into the article or comparison being read (Enter in the list)</source>
        <translation>نقل لوحة المفاتيح إلى المقال أو المقارنة المقروءة (Enter في القائمة)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Larger reading text</source>
        <translation>تكبير نص القراءة</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Smaller reading text</source>
        <translation>تصغير نص القراءة</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>الح&amp;جم المعتاد</translation>
    </message>
    <message>
        <source>Reading text at its usual size</source>
        <translation>نص القراءة بحجمه المعتاد</translation>
    </message>
    <message>
        <source>&amp;Next discrepancy</source>
        <translation>التباين ال&amp;تالي</translation>
    </message>
    <message>
        <source>Go to the next figure the two versions disagree on (F7)</source>
        <translation>الانتقال إلى الرقم التالي الذي تختلف فيه النسختان (F7)</translation>
    </message>
    <message>
        <source>&amp;Previous discrepancy</source>
        <translation>التباين ال&amp;سابق</translation>
    </message>
    <message>
        <source>Go to the previous discrepancy (Shift+F7)</source>
        <translation>الانتقال إلى التباين السابق (Shift+F7)</translation>
    </message>
    <message>
        <source>&amp;Original text…</source>
        <translation>النص الأ&amp;صلي…</translation>
    </message>
    <message>
        <source>The article as it was imported, and the file it came from</source>
        <translation>المقال كما استُورد، والملف الذي جاء منه</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>دليل ال&amp;رموز</translation>
    </message>
    <message>
        <source>What the colours, underlines and marks of a comparison mean</source>
        <translation>معاني الألوان والخطوط والعلامات في المقارنة</translation>
    </message>
    <message>
        <source>&amp;Lexicon folder</source>
        <translation>مجلد الم&amp;عجم</translation>
    </message>
    <message>
        <source>Open the folder of your own word lists (units, synonyms, places...)</source>
        <translation>فتح مجلد قوائم كلماتك (الوحدات والمترادفات والأماكن...)</translation>
    </message>
    <message>
        <source>&amp;About Riwaya</source>
        <translation>&amp;عن رواية</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Recent libraries</source>
        <translation>المكتبات الأ&amp;خيرة</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>م&amp;سح القائمة</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>الم&amp;ظهر</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Riwaya</source>
        <translation>رواية</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month name, year</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1، %2</translation>
    </message>
</context>
</TS>
