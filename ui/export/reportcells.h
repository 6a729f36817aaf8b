#pragma once
// The small pieces the briefing report's parts share (reportwriter*.cpp):
// HTML escaping, exact dollars, table cells, and the words for a value that
// may not be quantified and for the confidence of the values behind a figure.

#include "export/reportflow.h"
#include "export/reportwriter.h"
#include "flow/briefing.h"
#include "model/catalog.h"
#include "model/money.h"

#include <QLocale>
#include <QMap>

#include <cmath>

namespace tranche::reportcells {

inline QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

inline QString exact(double usd)
{
    return u'$' + QLocale().toString(static_cast<qint64>(std::llround(usd)));
}

inline QString authorityText(Authority a)
{
    return toString(a);
}

inline ReportCell plain(const QString &text)
{
    return {ReportSpan{text, ReportSpan::Body, {}}};
}

inline ReportCell small(const QString &text)
{
    return {ReportSpan{text, ReportSpan::Small, {}}};
}

// A part that may have nothing to list: its heading, then noneText when none;
// returns whether the part goes on to list something.
inline bool headedPart(ReportFlow &out, int level, const QString &heading, bool none,
                       const QString &noneText)
{
    out.heading(level, heading);
    if (none)
        out.paragraph(noneText);
    return !none;
}

// A name with its stable id below it in small print.
inline ReportCell named(const QString &name, const QString &id)
{
    return {ReportSpan{name, ReportSpan::Body, {}}, ReportSpan{id, ReportSpan::Small, {}}};
}

// A money figure of an item: "not quantified" when no estimate exists
// (PLAN-FORMAT.md valueQuantified), never "$0" for it.
inline QString itemMoney(const SanctionsItem *item, double usd, const QString &suffix = {})
{
    if (item && !item->valueQuantified)
        return ReportWriter::tr("not quantified");
    return formatMoney(usd) + suffix;
}

// The grade words of the catalog's confidence texts in the reader's language
// (the data keeps them in English): "high" -> tr("high"); others as they are.
inline QString confidenceGrade(const QString &word)
{
    if (word == u"high")
        return ReportWriter::tr("high", "confidence");
    if (word == u"medium")
        return ReportWriter::tr("medium", "confidence");
    if (word == u"low")
        return ReportWriter::tr("low", "confidence");
    if (word == u"not quantified")
        return ReportWriter::tr("not quantified");
    return word;
}

// The leading grade of a trimmed confidence text, up to the first '(', ';',
// ':' or ',' (not lowered, not trimmed at its end).
inline QString confidenceLead(const QString &trimmed)
{
    qsizetype end = 0;
    while (end < trimmed.size() && !QStringView(u"(;:,").contains(trimmed.at(end)))
        ++end;
    return trimmed.left(end);
}

// The leading grade of a confidence text, translated: "high (value); medium
// ..." -> "high", "not quantified: ..." -> "not quantified".
inline QString confidenceWord(const QString &confidence)
{
    const QString word = confidenceLead(confidence.trimmed()).trimmed().toLower();
    return word.isEmpty() ? ReportWriter::tr("not stated") : confidenceGrade(word);
}

// A whole confidence text with its grade translated and the rest (the data's
// note) as written: "low (derived)" -> tr("low") + " (derived)".
inline QString confidenceInFull(const QString &confidence)
{
    const QString t = confidence.trimmed();
    if (t.isEmpty())
        return ReportWriter::tr("not stated");
    const QString word = confidenceLead(t).trimmed();
    const QString grade = confidenceGrade(word.toLower());
    return grade == word.toLower() ? confidence : grade + t.mid(word.size());
}

// "confidence: high" for one item.
inline QString confidenceOf(const SanctionsItem *item)
{
    return ReportWriter::tr("confidence: %1")
        .arg(item ? confidenceWord(item->confidence) : ReportWriter::tr("not stated"));
}

// The confidence of the values behind a total: "confidence: 3 high, 1 low",
// counted by the first word of each item's confidence.
inline QString confidenceSummary(const QList<const SanctionsItem *> &items)
{
    QMap<QString, int> counts;
    for (const SanctionsItem *item : items)
        ++counts[item ? confidenceWord(item->confidence) : ReportWriter::tr("not stated")];
    if (counts.isEmpty())
        return ReportWriter::tr("confidence: no item values");
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << ReportWriter::tr("%1 %2").arg(it.value()).arg(it.key());
    return ReportWriter::tr("confidence: %1").arg(parts.join(u", "));
}

// Why an item stays in force.
inline QString keptReasonText(KeptItem::Reason r)
{
    switch (r) {
    case KeptItem::Reason::Targeted:
        return ReportWriter::tr("retained targeted sanction");
    case KeptItem::Reason::Fatf:
        return ReportWriter::tr("FATF countermeasure");
    case KeptItem::Reason::Unrelieved:
        break;
    }
    return ReportWriter::tr("not relieved");
}

// The same for n items: "2 FATF countermeasures".
inline QString keptReasonCount(KeptItem::Reason r, int n)
{
    switch (r) {
    case KeptItem::Reason::Targeted:
        return ReportWriter::tr("%n retained targeted sanction(s)", nullptr, n);
    case KeptItem::Reason::Fatf:
        return ReportWriter::tr("%n FATF countermeasure(s)", nullptr, n);
    case KeptItem::Reason::Unrelieved:
        break;
    }
    return ReportWriter::tr("%n not relieved", nullptr, n);
}

} // namespace tranche::reportcells
