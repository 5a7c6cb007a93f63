<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضاً</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>لا تحديثات</numerusform>
            <numerusform>تحديث واحد</numerusform>
            <numerusform>تحديثان</numerusform>
            <numerusform>%n تحديثات</numerusform>
            <numerusform>%n تحديثاً</numerusform>
            <numerusform>%n تحديث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>لا اختلافات</numerusform>
            <numerusform>اختلاف واحد</numerusform>
            <numerusform>اختلافان</numerusform>
            <numerusform>%n اختلافات</numerusform>
            <numerusform>%n اختلافاً</numerusform>
            <numerusform>%n اختلاف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>لا اتفاقات</numerusform>
            <numerusform>اتفاق واحد</numerusform>
            <numerusform>اتفاقان</numerusform>
            <numerusform>%n اتفاقات</numerusform>
            <numerusform>%n اتفاقاً</numerusform>
            <numerusform>%n اتفاق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات مشتركة</numerusform>
            <numerusform>ادعاء مشترك واحد</numerusform>
            <numerusform>ادعاءان مشتركان</numerusform>
            <numerusform>%n ادعاءات مشتركة</numerusform>
            <numerusform>%n ادعاءً مشتركاً</numerusform>
            <numerusform>%n ادعاء مشترك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>المستبعَد: %n</numerusform>
            <numerusform>المستبعَد: %n</numerusform>
            <numerusform>المستبعَد: %n</numerusform>
            <numerusform>المستبعَد: %n</numerusform>
            <numerusform>المستبعَد: %n</numerusform>
            <numerusform>المستبعَد: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي مقال</numerusform>
            <numerusform>استُورد مقال واحد</numerusform>
            <numerusform>استُورد مقالان</numerusform>
            <numerusform>استُوردت %n مقالات</numerusform>
            <numerusform>استُورد %n مقالاً</numerusform>
            <numerusform>استُورد %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n موجودة في المكتبة من قبل</numerusform>
            <numerusform>%n موجودة في المكتبة من قبل</numerusform>
            <numerusform>%n موجودة في المكتبة من قبل</numerusform>
            <numerusform>%n موجودة في المكتبة من قبل</numerusform>
            <numerusform>%n موجودة في المكتبة من قبل</numerusform>
            <numerusform>%n موجودة في المكتبة من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>حذف لا شيء</numerusform>
            <numerusform>حذف مقال واحد</numerusform>
            <numerusform>حذف مقالين</numerusform>
            <numerusform>حذف %n مقالات</numerusform>
            <numerusform>حذف %n مقالاً</numerusform>
            <numerusform>حذف %n مقال</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>✎ Note: %1</source>
        <translation>✎ ملاحظة: %1</translation>
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
    <name>CollectionsBox</name>
    <message>
        <source>Saved stories: choose one to see its articles together</source>
        <translation>القصص المحفوظة: اختر واحدة لعرض مقالاتها معاً</translation>
    </message>
    <message>
        <source>Save as story…</source>
        <translation>حفظ كقصة…</translation>
    </message>
    <message>
        <source>Save the selected articles as a named collection</source>
        <translation>حفظ المقالات المحددة كمجموعة مسمّاة</translation>
    </message>
    <message>
        <source>Story of list</source>
        <translation>قصة القائمة</translation>
    </message>
    <message>
        <source>Every article the list shows (a search&apos;s results) at once</source>
        <translation>كل المقالات المعروضة في القائمة (نتائج البحث) معاً</translation>
    </message>
    <message>
        <source>Collections (%1)</source>
        <translation>المجموعات (%1)</translation>
    </message>
    <message>
        <source>Save as story</source>
        <translation>حفظ كقصة</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>اسم المجموعة:</translation>
    </message>
    <message>
        <source>Saved %1 articles as «%2».</source>
        <translation>حُفظ %1 من المقالات باسم «%2».</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Cannot compare: %1</source>
        <translation>تعذّرت المقارنة: %1</translation>
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
    <name>EditMetadataCommand</name>
    <message>
        <source>Edit title</source>
        <translation>تحرير العنوان</translation>
    </message>
    <message>
        <source>Edit outlet</source>
        <translation>تحرير الوسيلة</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>تحرير التاريخ</translation>
    </message>
</context>
<context>
    <name>EmptyLibraryPage</name>
    <message>
        <source>Your library is empty</source>
        <translation>مكتبتك فارغة</translation>
    </message>
    <message>
        <source>Drag article files or whole folders onto this window, or choose File › Import files… (Ctrl+O) or File › Import folder… (Ctrl+Shift+O).

Riwaya reads plain text (UTF-8, UTF-16, Windows-1256), saved web pages (.html) and Word documents (.docx). Then select one article to read it, or two to compare how the outlets tell the story.</source>
        <translation>اسحب ملفات المقالات أو مجلدات كاملة إلى هذه النافذة، أو اختر ملف › استيراد ملفات… (Ctrl+O) أو ملف › استيراد مجلد… (Ctrl+Shift+O).

تقرأ رواية النصوص العادية (UTF-8 وUTF-16 وWindows-1256) وصفحات الويب المحفوظة (.html) ومستندات وورد (.docx). ثم حدّد مقالاً لقراءته، أو مقالين لمقارنة كيف تروي كل وسيلة القصة.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Web page, to read and print (*.html)</source>
        <translation>صفحة ويب للقراءة والطباعة (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook: one row per figure (*.xlsx)</source>
        <translation>مصنف إكسل: صف لكل رقم (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table: one row per figure (*.csv)</source>
        <translation>جدول CSV: صف لكل رقم (*.csv)</translation>
    </message>
    <message>
        <source>JSON: riwaya.compare/1 (*.json)</source>
        <translation>JSON: riwaya.compare/1 (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <source>Open a comparison or a story first: there is nothing to export.</source>
        <translation>افتح مقارنة أو قصة أولاً: لا شيء للتصدير.</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>تعذّر التصدير: %1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>ملف %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>البحث في هذا المقال</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>التطابق السابق (Shift+Enter، Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>التطابق التالي (Enter، F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>إغلاق (Escape)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا تطابق</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>FindingNotes</name>
    <message>
        <source>%1%2 → %3%4 — a running total that changed between the two reports</source>
        <comment>%2 and %4 are the reports&apos; times in brackets, or nothing</comment>
        <translation>%1%2 ← %3%4 — حصيلة تراكمية تغيّرت بين التقريرين</translation>
    </message>
    <message>
        <source>%1 and %2 — the same date</source>
        <translation>%1 و%2 — التاريخ نفسه</translation>
    </message>
    <message>
        <source>%1 vs %2 — different dates</source>
        <translation>%1 مقابل %2 — تاريخان مختلفان</translation>
    </message>
    <message>
        <source>%1 and %2 — the same figure</source>
        <translation>%1 و%2 — الرقم نفسه</translation>
    </message>
    <message>
        <source>%1 vs %2 — intervals %3 and %4 overlap but differ</source>
        <translation>%1 مقابل %2 — المجالان %3 و%4 متداخلان لكنهما مختلفان</translation>
    </message>
    <message>
        <source>%1 vs %2 — intervals %3 and %4 do not overlap</source>
        <translation>%1 مقابل %2 — المجالان %3 و%4 لا يتداخلان</translation>
    </message>
    <message>
        <source>; the later report is lower, with no correction stated</source>
        <translation>؛ والرقم في التقرير اللاحق أدنى دون ذكر تصحيح</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source> (note: %1)</source>
        <translation> (ملاحظة: %1)</translation>
    </message>
    <message>
        <source>Click to show both in the panes</source>
        <translation>انقر لعرض الاثنين في اللوحين</translation>
    </message>
    <message>
        <source>Click to show both in the panes; right-click to mark it or add a note</source>
        <translation>انقر لعرض الاثنين في اللوحين؛ وانقر بالزر الأيمن لوسمها أو لإضافة ملاحظة</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <source>Shared claim</source>
        <translation>ادعاء مشترك</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>متطابقان</translation>
    </message>
    <message>
        <source>%1% similar</source>
        <translation>تشابه %1%</translation>
    </message>
    <message>
        <source>No shared claims or comparable figures</source>
        <translation>لا ادعاءات مشتركة ولا أرقام قابلة للمقارنة</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>دليل الرموز</translation>
    </message>
    <message>
        <source>What the colours, underlines and marks mean</source>
        <translation>معاني الألوان والخطوط والعلامات</translation>
    </message>
    <message>
        <source>No comparison open</source>
        <translation>لا مقارنة مفتوحة</translation>
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
    <message>
        <source>About Riwaya</source>
        <translation>عن رواية</translation>
    </message>
    <message>
        <source>&lt;b&gt;Riwaya&lt;/b&gt; — رواية &amp;nbsp; version %1&lt;br&gt;&lt;br&gt;Compare how outlets report the same story, side by side and right to left, with the figures they agree and disagree on.&lt;br&gt;&lt;br&gt;Library: %2&lt;br&gt;</source>
        <translation>&lt;b&gt;رواية&lt;/b&gt; — Riwaya &amp;nbsp; الإصدار %1&lt;br&gt;&lt;br&gt;قارن كيف تروي الوسائل الإعلامية القصة نفسها، جنباً إلى جنب ومن اليمين إلى اليسار، مع الأرقام التي تتفق عليها وتختلف فيها.&lt;br&gt;&lt;br&gt;المكتبة: %2&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.docx);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.html *.htm *.docx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation>أُلغي الاستيراد: %1</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>فشل الاستيراد: %1</translation>
    </message>
</context>
<context>
    <name>ImportOutcomeModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>موجود في المكتبة</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>المقال %1</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the import; what was imported so far stays</source>
        <translation>إيقاف الاستيراد؛ يبقى ما استُورد حتى الآن</translation>
    </message>
    <message>
        <source>Importing %1 of %2</source>
        <translation>استيراد %1 من %2</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>يتوقف بعد الملف الحالي…</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>a folder, not a file</source>
        <translation>مجلد لا ملف</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>no text in the Word document</source>
        <translation>لا نص في مستند وورد</translation>
    </message>
    <message>
        <source>empty file: only blank lines and spaces</source>
        <translation>ملف فارغ: أسطر فارغة ومسافات فقط</translation>
    </message>
    <message>
        <source>an old Word .doc file: open it in Word or LibreOffice and save it as .docx</source>
        <translation>ملف وورد قديم ⁦.doc⁩: افتحه في وورد أو ليبر أوفيس واحفظه بصيغة ⁦.docx⁩</translation>
    </message>
    <message>
        <source>PDF is not supported: copy the article&apos;s text into a .txt file</source>
        <translation>صيغة PDF غير مدعومة: انسخ نص المقال إلى ملف ⁦.txt⁩</translation>
    </message>
    <message>
        <source>RTF is not supported: save it as .docx or .txt</source>
        <translation>صيغة RTF غير مدعومة: احفظه بصيغة ⁦.docx⁩ أو ⁦.txt⁩</translation>
    </message>
    <message>
        <source>OpenDocument text is not supported: save it as .docx</source>
        <translation>نصوص OpenDocument غير مدعومة: احفظه بصيغة ⁦.docx⁩</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Conflict: red, wavy underline, bold</source>
        <translation>تعارض: أحمر، خط متموّج تحته، عريض</translation>
    </message>
    <message>
        <source>The versions give figures for the same thing that cannot both be true: about 60 in one, 750 in the other.</source>
        <translation>تعطي النسختان رقمين للشيء نفسه لا يمكن أن يصحّا معاً: نحو 60 في إحداهما و750 في الأخرى.</translation>
    </message>
    <message>
        <source>Updated: blue, dash-dot underline, bold</source>
        <translation>تحديث: أزرق، خط متقطع منقّط تحته، عريض</translation>
    </message>
    <message>
        <source>A running total that grew between an earlier and a later report (about 40 killed at 09:40, 120 at 18:15), or that the later text says rose or was corrected: news, not a contradiction. A later lower total with no correction stated stays a conflict.</source>
        <translation>حصيلة تراكمية زادت بين تقرير سابق وآخر لاحق (نحو 40 قتيلاً عند 09:40، و120 عند 18:15)، أو يقول النص اللاحق إنها ارتفعت أو صُحّحت: خبر جديد لا تناقض. أما الحصيلة اللاحقة الأدنى بلا تصحيح مذكور فتبقى تعارضاً.</translation>
    </message>
    <message>
        <source>Differs: amber, dashed underline, bold</source>
        <translation>اختلاف: كهرماني، خط متقطع تحته، عريض</translation>
    </message>
    <message>
        <source>Different figures whose ranges overlap, so both could be true: more than 100 and 750.</source>
        <translation>رقمان مختلفان مجالاهما متداخلان، فقد يصحّان معاً: أكثر من 100 و750.</translation>
    </message>
    <message>
        <source>Agree: green, solid underline, bold</source>
        <translation>اتفاق: أخضر، خط متصل تحته، عريض</translation>
    </message>
    <message>
        <source>Both versions give the same figure for the same thing.</source>
        <translation>تعطي النسختان الرقم نفسه للشيء نفسه.</translation>
    </message>
    <message>
        <source>Figure: dotted underline</source>
        <translation>رقم: خط منقّط تحته</translation>
    </message>
    <message>
        <source>A figure Riwaya read but did not pair with one in the other version. Hover over it to see how it was read: its value, kind and what it counts.</source>
        <translation>رقم قرأته رواية ولم تقرنه برقم في النسخة الأخرى. مرّر المؤشر فوقه لترى كيف قُرئ: قيمته ونوعه وما يعدّه.</translation>
    </message>
    <message>
        <source>Shared claim: blue tint behind the sentence</source>
        <translation>ادعاء مشترك: خلفية زرقاء خلف الجملة</translation>
    </message>
    <message>
        <source>Both versions state this, word for word or as a close paraphrase; a band in the gutter between the panes joins the two sentences.</source>
        <translation>تذكر النسختان هذا حرفياً أو بصياغة قريبة؛ ويصل شريط في الفاصل بين اللوحين الجملتين.</translation>
    </message>
    <message>
        <source>Added words: teal tint, underlined</source>
        <translation>كلمات مضافة: خلفية فيروزية، تحتها خط</translation>
    </message>
    <message>
        <source>Inside a shared claim, words the version read first does not have.</source>
        <translation>داخل ادعاء مشترك، كلمات لا ترد في النسخة المقروءة أولاً.</translation>
    </message>
    <message>
        <source>Left-out words: lilac tint, line above</source>
        <translation>كلمات محذوفة: خلفية ليلكية، فوقها خط</translation>
    </message>
    <message>
        <source>Inside a shared claim, words only the version read first has.</source>
        <translation>داخل ادعاء مشترك، كلمات لا ترد إلا في النسخة المقروءة أولاً.</translation>
    </message>
    <message>
        <source>Moved: the mark in the gutter</source>
        <translation>منقولة: العلامة في الفاصل</translation>
    </message>
    <message>
        <source>The claim stands earlier or later in one version than in the other (hover over the mark to see where).</source>
        <translation>يرد الادعاء في إحدى النسختين في موضع أبكر أو أبعد منه في الأخرى (مرّر المؤشر فوق العلامة لترى أين).</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <source>Legend — what the colours and lines mean</source>
        <translation>دليل الرموز — معاني الألوان والخطوط</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Editing is possible again when the import has finished.</source>
        <translation>يمكن التحرير مجدداً عند انتهاء الاستيراد.</translation>
    </message>
    <message>
        <source>Deleting is possible again when the import has finished.</source>
        <translation>يمكن الحذف مجدداً عند انتهاء الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) — Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>لم يُحذف شيء</numerusform>
            <numerusform>حُذف مقال واحد — التراجع (Ctrl+Z) يعيده.</numerusform>
            <numerusform>حُذف مقالان — التراجع (Ctrl+Z) يعيدهما.</numerusform>
            <numerusform>حُذفت %n مقالات — التراجع (Ctrl+Z) يعيدها.</numerusform>
            <numerusform>حُذف %n مقالاً — التراجع (Ctrl+Z) يعيدها.</numerusform>
            <numerusform>حُذف %n مقال — التراجع (Ctrl+Z) يعيدها.</numerusform>
        </translation>
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
    <name>LibrarySafety</name>
    <message>
        <source>Cannot restore the backup: %1</source>
        <translation>تعذّر استرجاع النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>المكتبة تالفة</translation>
    </message>
    <message>
        <source>Nothing will be written to it. Restoring puts back the latest backup; the damaged file is kept beside it.</source>
        <translation>لن يُكتب فيها شيء. الاسترجاع يعيد أحدث نسخة احتياطية، ويُحفظ الملف التالف بجانبها.</translation>
    </message>
    <message>
        <source>Nothing will be written to it, and there is no backup of it to restore.</source>
        <translation>لن يُكتب فيها شيء، ولا توجد نسخة احتياطية منها للاسترجاع.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>استرجاع أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>نُسخت احتياطياً إلى %1</translation>
    </message>
    <message>
        <source>Restore a backup of the library</source>
        <translation>استرجاع نسخة احتياطية من المكتبة</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>النسخ الاحتياطية (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Wait for the import to finish before restoring a backup.</source>
        <translation>انتظر انتهاء الاستيراد قبل استرجاع نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>تعذّر استرجاع النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>استُرجعت %1</translation>
    </message>
    <message>
        <source>; the replaced library is kept as %1</source>
        <translation>؛ وحُفظت المكتبة المستبدَلة باسم %1</translation>
    </message>
    <message>
        <source>The library</source>
        <translation>المكتبة</translation>
    </message>
</context>
<context>
    <name>LibrarySide</name>
    <message>
        <source>Showing the best %1 matches.</source>
        <translation>تُعرض أفضل %1 نتيجة.</translation>
    </message>
    <message>
        <source>Cannot search for this: %1</source>
        <translation>تعذّر البحث عن هذا: %1</translation>
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
    <name>NotesFlow</name>
    <message>
        <source>Mark reviewed</source>
        <translation>وسمها بأنها رُوجعت</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>استبعاد النتيجة</translation>
    </message>
    <message>
        <source>Unmark finding</source>
        <translation>إلغاء وسم النتيجة</translation>
    </message>
    <message>
        <source>Edit finding note</source>
        <translation>تحرير ملاحظة النتيجة</translation>
    </message>
    <message>
        <source>Edit article note</source>
        <translation>تحرير ملاحظة المقال</translation>
    </message>
    <message>
        <source>Note on the finding</source>
        <translation>ملاحظة على النتيجة</translation>
    </message>
    <message>
        <source>Your note on this finding:</source>
        <translation>ملاحظتك على هذه النتيجة:</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>ملاحظة على المقال</translation>
    </message>
    <message>
        <source>Your note on «%1»:</source>
        <translation>ملاحظتك على «%1»:</translation>
    </message>
    <message>
        <source>Note kept.</source>
        <translation>حُفظت الملاحظة.</translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>حُذفت الملاحظة.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>صُدّر إلى %1</translation>
    </message>
</context>
<context>
    <name>OriginalTextDialog</name>
    <message>
        <source>article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Original text — %1</source>
        <translation>النص الأصلي — %1</translation>
    </message>
    <message>
        <source>(no source file: pasted or built in)</source>
        <translation>(بلا ملف مصدر: ملصوق أو مدمج)</translation>
    </message>
    <message>
        <source>The file this article was imported from</source>
        <translation>الملف الذي استُورد منه هذا المقال</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>نسخ المسار</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>ملف المصدر:</translation>
    </message>
</context>
<context>
    <name>RangePlotDelegate</name>
    <message>
        <source>log</source>
        <comment>a log-scale axis</comment>
        <translation>log</translation>
    </message>
</context>
<context>
    <name>ReadingArea</name>
    <message>
        <source>%1 articles selected.

Select one article to read it, two to compare them side by side, or up to %2 to see every version of a story at once.</source>
        <translation>حُدّد %1 من المقالات.

حدّد مقالاً واحداً لقراءته، أو اثنين لمقارنتهما جنباً إلى جنب، أو حتى %2 لعرض كل روايات القصة معاً.</translation>
    </message>
    <message>
        <source>Select an article to read it,
or two articles (Ctrl+click) to compare them side by side.

You can also drag an article from the list onto a pane of the comparison.</source>
        <translation>حدّد مقالاً لقراءته،
أو مقالين (Ctrl+نقر) لمقارنتهما جنباً إلى جنب.

ويمكنك أيضاً سحب مقال من القائمة إلى أحد لوحي المقارنة.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <source>Reading text %1 pt</source>
        <translation>نص القراءة %1 نقطة</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related: select one article</source>
        <translation>ذات صلة: حدّد مقالاً واحداً</translation>
    </message>
    <message>
        <source>Build story from related</source>
        <translation>بناء قصة من المقالات ذات الصلة</translation>
    </message>
    <message>
        <source>Related to %1: looking…</source>
        <translation>ذات صلة بـ%1: جارٍ البحث…</translation>
    </message>
    <message>
        <source>no outlet</source>
        <translation>بلا وسيلة</translation>
    </message>
    <message>
        <source>Related to %1: %2</source>
        <translation>ذات صلة بـ%1: %2</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>ذات صلة: %1</translation>
    </message>
</context>
<context>
    <name>StoryController</name>
    <message>
        <source>Cannot build the story: %1</source>
        <translation>تعذّر بناء القصة: %1</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>التباعد</translation>
    </message>
    <message>
        <source>%1: %2, %3 articles</source>
        <translation>%1: %2، في %3 من المقالات</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 outlets · first: %2</source>
        <translation>%1 وسائل · الأولى: %2</translation>
    </message>
    <message>
        <source> ❐ copied</source>
        <translation> ❐ منسوخ</translation>
    </message>
    <message>
        <source>[copied word for word from %1]</source>
        <translation>[منسوخ حرفياً من %1]</translation>
    </message>
    <message>
        <source>[%1 copied it word for word]</source>
        <translation>[نسخه %1 حرفياً]</translation>
    </message>
    <message>
        <source>[word for word as in %1; who copied whom unknown]</source>
        <translation>[مطابق حرفياً لما في %1؛ لا يُعرف من نسخ عن من]</translation>
    </message>
    <message>
        <source> (via %1)</source>
        <translation> (عبر %1)</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Comparing the versions of the story… %1/%2</source>
        <translation>جارٍ مقارنة روايات القصة… %1/%2</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>Most outlets first</source>
        <translation>الأكثر وسائل أولاً</translation>
    </message>
    <message>
        <source>Widest spread first</source>
        <translation>الأوسع تباعداً أولاً</translation>
    </message>
    <message>
        <source>First appearance</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>الترتيب:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Claims several outlets carry</source>
        <translation>ادعاءات تنقلها عدة وسائل</translation>
    </message>
    <message>
        <source>Building the story of %1 articles…</source>
        <translation>جارٍ بناء قصة %1 من المقالات…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Story of %1 articles&lt;/b&gt; — %2 figures given by several of them (%3 in all), %4 claims carried by several. Click an article&apos;s cell to compare it with the others on that row.</source>
        <translation>&lt;b&gt;قصة %1 من المقالات&lt;/b&gt; — %2 من الأرقام أوردها أكثر من مقال (من أصل %3)، و%4 من الادعاءات نقلها أكثر من مقال. انقر خلية مقال لمقارنته بالمقالات الأخرى في ذلك الصف.</translation>
    </message>
</context>
<context>
    <name>TriageBar</name>
    <message>
        <source>✓ Reviewed</source>
        <translation>✓ رُوجعت</translation>
    </message>
    <message>
        <source>✗ Dismissed (false)</source>
        <translation>✗ مستبعَدة (خاطئة)</translation>
    </message>
    <message>
        <source>Reviewed · </source>
        <translation>رُوجعت · </translation>
    </message>
    <message>
        <source>Dismissed · </source>
        <translation>مستبعَدة · </translation>
    </message>
    <message>
        <source>Mark the current finding as reviewed (again: unmark)</source>
        <translation>وسم النتيجة الحالية بأنها رُوجعت (مرة أخرى: إلغاء الوسم)</translation>
    </message>
    <message>
        <source>✗ Dismiss</source>
        <translation>✗ استبعاد</translation>
    </message>
    <message>
        <source>Dismiss the current finding as false: it moves to the end of the list (again: bring it back)</source>
        <translation>استبعاد النتيجة الحالية لأنها خاطئة: تنتقل إلى آخر القائمة (مرة أخرى: إعادتها)</translation>
    </message>
    <message>
        <source>✎ Note…</source>
        <translation>✎ ملاحظة…</translation>
    </message>
    <message>
        <source>Write a note on the current finding</source>
        <translation>كتابة ملاحظة على النتيجة الحالية</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>عرض المستبعَدة</translation>
    </message>
    <message>
        <source>List the findings dismissed as false, at the end</source>
        <translation>إدراج النتائج المستبعَدة لأنها خاطئة، في آخر القائمة</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export this comparison: HTML, PDF, CSV, XLSX or JSON</source>
        <translation>تصدير هذه المقارنة: HTML أو PDF أو CSV أو XLSX أو JSON</translation>
    </message>
    <message>
        <source>✓ &amp;Reviewed</source>
        <translation>✓ &amp;رُوجعت</translation>
    </message>
    <message>
        <source>✗ &amp;Dismissed (false)</source>
        <translation>✗ م&amp;ستبعَدة (خاطئة)</translation>
    </message>
    <message>
        <source>&amp;Not looked at</source>
        <translation>&amp;لم تُراجع بعد</translation>
    </message>
    <message>
        <source>✎ &amp;Note…</source>
        <translation>✎ م&amp;لاحظة…</translation>
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
<context>
    <name>highlights</name>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <source>these cannot both be true</source>
        <translation>لا يمكن أن يصحّ الرقمان معاً</translation>
    </message>
    <message>
        <source>a running total that changed between the two reports, news rather than a contradiction</source>
        <translation>حصيلة تراكمية تغيّرت بين التقريرين: خبر جديد لا تناقض</translation>
    </message>
    <message>
        <source>different figures, but their ranges overlap, so both could be true</source>
        <translation>رقمان مختلفان لكن مجاليهما متداخلان، فقد يصحّان معاً</translation>
    </message>
    <message>
        <source>they agree</source>
        <translation>متفقان</translation>
    </message>
    <message>
        <source>count</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>money</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>كسر</translation>
    </message>
    <message>
        <source>length</source>
        <translation>طول</translation>
    </message>
    <message>
        <source>area</source>
        <translation>مساحة</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>درجة حرارة</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>مدة</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>سرعة</translation>
    </message>
    <message>
        <source>power</source>
        <translation>قدرة</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>طاقة</translation>
    </message>
    <message>
        <source>magnitude</source>
        <translation>شدة</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>معرّف</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>في %1 وحدها</translation>
    </message>
    <message>
        <source>Read as %1 and %2</source>
        <translation>قُرئا على أنهما %1 و%2</translation>
    </message>
    <message>
        <source>One says %1, the other %2: %3.</source>
        <translation>تقول إحداهما %1 والأخرى %2: %3.</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>أكثر من %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>أقل من %1</translation>
    </message>
</context>
</TS>
