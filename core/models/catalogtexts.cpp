#include "models/catalogtexts.h"

#include "model/money.h"
#include "model/plan.h"

#include <QCoreApplication>

#include <iterator>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// The translation context of the catalog's display texts: "tranche", shared with the
// rules engine's and other non-QObject texts.
struct CatalogTexts
{
    Q_DECLARE_TR_FUNCTIONS(tranche)
};

// Display texts (untranslated) by enum value, in the order of the enum.
const char *const kReversibilityTexts[] = {QT_TRANSLATE_NOOP("tranche", "easy"),
                                           QT_TRANSLATE_NOOP("tranche", "moderate"),
                                           QT_TRANSLATE_NOOP("tranche", "hard")};
const char *const kTargetedTexts[] = {"", // Targeted::None
                                      QT_TRANSLATE_NOOP("tranche", "military"),
                                      QT_TRANSLATE_NOOP("tranche", "security"),
                                      QT_TRANSLATE_NOOP("tranche", "prison"),
                                      QT_TRANSLATE_NOOP("tranche", "human rights"),
                                      QT_TRANSLATE_NOOP("tranche", "WMD"),
                                      QT_TRANSLATE_NOOP("tranche", "finance")};
const char *const kAuthorityTexts[] = {
    QT_TRANSLATE_NOOP("tranche", "UN"), QT_TRANSLATE_NOOP("tranche", "US statute"),
    QT_TRANSLATE_NOOP("tranche", "US executive order"), QT_TRANSLATE_NOOP("tranche", "FATF"),
    QT_TRANSLATE_NOOP("tranche", "Others")};
static_assert(std::size(kReversibilityTexts) == int(Reversibility::Hard) + 1);
static_assert(std::size(kTargetedTexts) == int(Targeted::Finance) + 1);
static_assert(std::size(kAuthorityTexts) == int(Authority::Other) + 1);

// The translated text of an enum value by its table; empty for Targeted::None
// (and for a value outside the table, which the static_asserts above rule out).
template <typename E, size_t N> QString displayText(E value, const char *const (&table)[N])
{
    const auto i = std::size_t(value);
    if (i >= N || !*table[i])
        return {};
    return CatalogTexts::tr(table[i]);
}

QString targetedText(Targeted t)
{
    return displayText(t, kTargetedTexts);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? u"\u2014"_s : s;
}

} // namespace

namespace catalogtexts {

QString reversibilityText(Reversibility r)
{
    return displayText(r, kReversibilityTexts);
}

QString flagsText(const SanctionsItem &it)
{
    QStringList flags;
    if (it.targeted != Targeted::None)
        flags << CatalogTexts::tr("targeted (%1)").arg(targetedText(it.targeted));
    if (it.longTermBenefit)
        flags << CatalogTexts::tr("long-term benefit");
    if (it.escrowable)
        flags << CatalogTexts::tr("escrowable");
    return flags.join(u", "_s);
}

QString programsText(Programs p)
{
    QStringList names;
    if (p.testFlag(Program::Nuclear))
        names << CatalogTexts::tr("nuclear");
    if (p.testFlag(Program::Icbm))
        names << CatalogTexts::tr("ICBM");
    if (p.testFlag(Program::Wmd))
        names << CatalogTexts::tr("other WMD");
    return names.join(u", "_s);
}

// An item's annual value as the catalog shows it: "n/q" (not quantified) for an
// item with no estimate (valueQuantified false), never "$0" for it.
QString valueText(const SanctionsItem &it, bool shortForm)
{
    if (it.valueQuantified)
        return formatMoney(it.annualValueUsd);
    return shortForm ? CatalogTexts::tr("n/q", "value column: not quantified")
                     : CatalogTexts::tr("not quantified");
}

QString itemToolTip(const SanctionsItem &it)
{
    QString html =
        u"<b>%1</b> <small>(%2)</small>"_s.arg(nameOrId(it).toHtmlEscaped(), it.id.toHtmlEscaped());
    auto line = [&html](const QString &label, const QString &value) {
        html += u"<br/>%1: %2"_s.arg(label, orDash(value).toHtmlEscaped());
    };
    line(CatalogTexts::tr("Authority"), authorityDisplayName(it.authority));
    line(CatalogTexts::tr("Instrument"), it.instrument);
    line(CatalogTexts::tr("Annual value"), valueText(it, false));
    line(CatalogTexts::tr("Value basis"), it.valueBasis);
    line(CatalogTexts::tr("Source"), it.source);
    line(CatalogTexts::tr("Confidence"), it.confidence);
    line(CatalogTexts::tr("Reversibility"), reversibilityText(it.reversibility));
    const QString flags = flagsText(it);
    if (!flags.isEmpty())
        line(CatalogTexts::tr("Flags"), flags);
    if (it.fatf)
        html += u"<br/>"_s +
                CatalogTexts::tr("FATF countermeasure or financial-system access").toHtmlEscaped();
    if (it.primaryTrade)
        html += u"<br/>"_s + CatalogTexts::tr("US primary trade restriction").toHtmlEscaped();
    return html;
}

QString actionToolTip(const CounterpartAction &a)
{
    QString html =
        u"<b>%1</b> <small>(%2)</small>"_s.arg(nameOrId(a).toHtmlEscaped(), a.id.toHtmlEscaped());
    auto line = [&html](const QString &label, const QString &value) {
        html += u"<br/>%1: %2"_s.arg(label, orDash(value).toHtmlEscaped());
    };
    line(CatalogTexts::tr("Weight"), QString::number(a.weight));
    line(CatalogTexts::tr("Category"), a.category);
    line(CatalogTexts::tr("Completes"), programsText(a.completes));
    if (a.financialReform)
        html += u"<br/>"_s +
                CatalogTexts::tr("Financial-sector reform meeting FATF standards").toHtmlEscaped();
    line(CatalogTexts::tr("Source"), a.source);
    line(CatalogTexts::tr("Confidence"), a.confidence);
    return html;
}

} // namespace catalogtexts

QString authorityDisplayName(Authority a)
{
    return displayText(a, kAuthorityTexts);
}

} // namespace tranche
