<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PhaseOverview</name>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <source>%n open violation(s)</source>
        <translation>
            <numerusform>%n open violation</numerusform>
            <numerusform>%n open violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) waived, each with its justification in the annex</source>
        <translation>
            <numerusform>%n finding waived, with its justification in the annex</numerusform>
            <numerusform>%n findings waived, each with its justification in the annex</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retained targeted sanction(s)</source>
        <translation>
            <numerusform>%n retained targeted sanction</numerusform>
            <numerusform>%n retained targeted sanctions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FATF countermeasure(s)</source>
        <translation>
            <numerusform>%n FATF countermeasure</numerusform>
            <numerusform>%n FATF countermeasures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n placement(s) not quantified</source>
        <translation>
            <numerusform>and %n placement not quantified</numerusform>
            <numerusform>and %n placements not quantified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), the last verified in %1</source>
        <translation>
            <numerusform>%n step, the last verified in %1</numerusform>
            <numerusform>%n steps, the last verified in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a year, %n placement(s)</source>
        <translation>
            <numerusform>%1 a year, %n placement</numerusform>
            <numerusform>%1 a year, %n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plus %n item(s) not quantified</source>
        <translation>
            <numerusform>plus %n item not quantified</numerusform>
            <numerusform>plus %n items not quantified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more phase(s)</source>
        <translation>
            <numerusform>%n more phase</numerusform>
            <numerusform>%n more phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in all</source>
        <translation>
            <numerusform>%n step in all</numerusform>
            <numerusform>%n steps in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) in which a required step is verified while no relief flows at all: %1</source>
        <translation>
            <numerusform>%n month in which a required step is verified while no relief flows at all: %1</numerusform>
            <numerusform>%n months in which a required step is verified while no relief flows at all: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) without snapback or hard to reverse, %1 of them open-ended: the counterpart keeps them after walking away</source>
        <translation>
            <numerusform>%n placement without snapback or hard to reverse, %1 of them open-ended: the counterpart keeps it after walking away</numerusform>
            <numerusform>%n placements without snapback or hard to reverse, %1 of them open-ended: the counterpart keeps them after walking away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relief released from %1 to %2, %n month(s), payout included; %3</source>
        <translation>
            <numerusform>relief released from %1 to %2, %n month, payout included; %3</numerusform>
            <numerusform>relief released from %1 to %2, %n months, payout included; %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>%1 to %2 (%n month)</numerusform>
            <numerusform>%1 to %2 (%n months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open-ended</source>
        <translation>
            <numerusform>%n open-ended</numerusform>
            <numerusform>%n open-ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest placement(s) of this phase:</source>
        <translation>
            <numerusform>The largest placement of this phase:</numerusform>
            <numerusform>The %n largest placements of this phase:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n warning(s) and information finding(s), per phase: %1.</source>
        <translation>
            <numerusform>Not listed: %n warning or information finding, per phase: %1.</numerusform>
            <numerusform>Not listed: %n warnings and information findings, per phase: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not relieved</source>
        <translation>
            <numerusform>%n not relieved</numerusform>
            <numerusform>%n not relieved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waived, each with its justification in the findings section</source>
        <translation>
            <numerusform>%n waived, each with its justification in the findings section</numerusform>
            <numerusform>%n waived, each with its justification in the findings section</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more (the annex lists every item in force)</source>
        <translation>
            <numerusform>%1; and %n more (the annex lists every item in force)</numerusform>
            <numerusform>%1; and %n more (the annex lists every item in force)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annual relief %1; %2 released and %3 escrowed over the plan&apos;s %n-month horizon, to %4 (%5).</source>
        <translation>
            <numerusform>Annual relief %1; %2 released and %3 escrowed over the plan&apos;s %n-month horizon, to %4 (%5).</numerusform>
            <numerusform>Annual relief %1; %2 released and %3 escrowed over the plan&apos;s %n-month horizon, to %4 (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineEdits</name>
    <message numerus="yes">
        <source>Place %n Relief(s)</source>
        <translation>
            <numerusform>Place %n Relief</numerusform>
            <numerusform>Place %n Reliefs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Require %n Action(s)</source>
        <translation>
            <numerusform>Require %n Action</numerusform>
            <numerusform>Require %n Actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Relief(s)</source>
        <translation>
            <numerusform>Move %n Relief</numerusform>
            <numerusform>Move %n Reliefs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift %n Relief(s)</source>
        <translation>
            <numerusform>Shift %n Relief</numerusform>
            <numerusform>Shift %n Reliefs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Relief(s)</source>
        <translation>
            <numerusform>Remove %n Relief</numerusform>
            <numerusform>Remove %n Reliefs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePages</name>
    <message numerus="yes">
        <source>%n gate action(s)</source>
        <translation>
            <numerusform>%n gate action</numerusform>
            <numerusform>%n gate actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relief %1/yr in %n placement(s)</source>
        <translation>
            <numerusform>relief %1/yr in %n placement</numerusform>
            <numerusform>relief %1/yr in %n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message numerus="yes">
        <source>Relief %1/yr · %n placement(s)</source>
        <translation>
            <numerusform>Relief %1/yr · %n placement</numerusform>
            <numerusform>Relief %1/yr · %n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tranche</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>and %n more problem</numerusform>
            <numerusform>and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tranche::CatalogItemsModel</name>
    <message numerus="yes">
        <source>%1: %n item(s) in the catalog, %2/yr in all</source>
        <translation>
            <numerusform>%1: %n item in the catalog, %2/yr in all</numerusform>
            <numerusform>%1: %n items in the catalog, %2/yr in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tranche::CatalogPalette</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 of %n item</numerusform>
            <numerusform>%1 of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s)</source>
        <translation>
            <numerusform>%1 of %n action</numerusform>
            <numerusform>%1 of %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tranche::FindingsPane</name>
    <message numerus="yes">
        <source>Remove %n stale waiver(s)</source>
        <translation>
            <numerusform>Remove %n stale waiver</numerusform>
            <numerusform>Remove %n stale waivers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tranche::Inspector</name>
    <message numerus="yes">
        <source>%n relief placement(s), %1/yr in all.</source>
        <translation>
            <numerusform>%n relief placement, %1/yr in all.</numerusform>
            <numerusform>%n relief placements, %1/yr in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)...</source>
        <translation>
            <numerusform>%n source...</numerusform>
            <numerusform>%n sources...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not quantified (no estimate, not in the total).</source>
        <translation>
            <numerusform>%n of them not quantified (no estimate, not in the total).</numerusform>
            <numerusform>%n of them not quantified (no estimate, not in the total).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tranche::PackageTableModel</name>
    <message numerus="yes">
        <source>Add %n inject(s)</source>
        <translation>
            <numerusform>Add %n inject</numerusform>
            <numerusform>Add %n injects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n objective(s)</source>
        <translation>
            <numerusform>Add %n objective</numerusform>
            <numerusform>Add %n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n inject(s)</source>
        <translation>
            <numerusform>Remove %n inject</numerusform>
            <numerusform>Remove %n injects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n objective(s)</source>
        <translation>
            <numerusform>Remove %n objective</numerusform>
            <numerusform>Remove %n objectives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tranche::SourcesDialog</name>
    <message numerus="yes">
        <source>%n catalog entr(y/ies) cite(s) %1:</source>
        <translation>
            <numerusform>%n catalog entry cites %1:</numerusform>
            <numerusform>%n catalog entries cite %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tranche::TimelineView</name>
    <message numerus="yes">
        <source>%n placement(s) selected; first: %1, months %2 to %3</source>
        <translation>
            <numerusform>%n placement selected; first: %1, months %2 to %3</numerusform>
            <numerusform>%n placements selected; first: %1, months %2 to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s), nothing selected</source>
        <translation>
            <numerusform>%n phase, nothing selected</numerusform>
            <numerusform>%n phases, nothing selected</numerusform>
        </translation>
    </message>
</context>
</TS>
