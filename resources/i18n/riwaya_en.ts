<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>Back at the first discrepancy (%n in all)</source>
        <translation>
            <numerusform>Back at the first discrepancy (%n in all)</numerusform>
            <numerusform>Back at the first discrepancy (%n in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back at the last discrepancy (%n in all)</source>
        <translation>
            <numerusform>Back at the last discrepancy (%n in all)</numerusform>
            <numerusform>Back at the last discrepancy (%n in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
</TS>
