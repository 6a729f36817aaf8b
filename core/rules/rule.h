#pragma once
// The base of the principles rules (PRINCIPLES.md): the Rule interface, the
// inputs a rule reads (resolved catalog lookups, one phase's placements, the
// per-phase summaries of plan-wide rules), threshold comparison with the
// 1e-9 relative tolerance, and the sink that collects findings in canonical order.

#include "model/catalogindex.h"
#include "model/finding.h"
#include "model/plan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <initializer_list>

#include <utility>

namespace tranche {

class RuleProfile;

// Threshold comparisons of exact decimals done in binary floating point: a
// value within 1e-9 (relative) of the threshold counts as on it.
namespace tolerance {
inline constexpr double kRelative = 1e-9;
bool atMost(double value, double threshold);  // value <= threshold
bool atLeast(double value, double threshold); // value >= threshold
inline bool above(double value, double threshold)
{
    return !atMost(value, threshold);
}
inline bool below(double value, double threshold)
{
    return !atLeast(value, threshold);
}
} // namespace tolerance

// One threshold a rule reads from its profile; defaultValue is the "strict"
// value of PRINCIPLES.md.
struct ThresholdSpec
{
    QString key; // the key in the profile JSON, e.g. "share"
    double defaultValue = 0;
    double minimum = 0;
    double maximum = 0;
    bool wholeNumber = false;
};

// A piecewise-constant monthly sum: from points[i].month until the next
// point the value is points[i].value; 0 before the first point.
struct StepPoint
{
    int month = 0;
    double value = 0;
    bool operator==(const StepPoint &) const = default;
};
using StepFunction = QList<StepPoint>;
double stepValueAt(const StepFunction &f, int month);
// The summed annual relief of the placements, per month (entries of annual
// follow placements). Deterministic: depends only on its arguments.
StepFunction buildReliefSteps(const QList<Placement> &placements, const QList<double> &annual);

// What every rule may read during one check.
struct RuleContext
{
    const Plan &plan;
    const RuleProfile &profile;
    const CatalogIndex &index;
    double referenceValue = 0; // Plan::referenceValue()
    double cap = 0;            // INT-1 share x reference value

    const SanctionsItem *item(const QString &id) const;
    const CounterpartAction *action(const QString &id) const;
    // The item's name for messages (its id when it has no name or is unknown).
    QString itemLabel(const QString &id) const;
    static QString itemLabel(const SanctionsItem *item, const QString &id)
    {
        return nameOrId(item, id);
    }
    double threshold(const QString &rule, const QString &key) const;
};

// One phase, resolved for the rules.
struct PhaseInput
{
    int index = -1;
    const Phase *phase = nullptr;
    QList<const SanctionsItem *> items;       // per placement; nullptr when unknown
    QList<double> annual;                     // per placement: annualValueUsd x extent
    QList<const CounterpartAction *> actions; // per required action; nullptr when unknown
    QString label(int placement) const
    {
        return RuleContext::itemLabel(items.at(placement), phase->reliefs.at(placement).item);
    }
    StepFunction relief; // summed annual relief of all its placements

    bool isInterim() const { return phase->kind == PhaseKind::Interim; }
    // Union of `completes` of its required actions.
    Programs gatedPrograms() const;
};
PhaseInput resolvePhase(const RuleContext &ctx, const Phase &phase, int index);

// What the plan-wide rules (AFA-2, INT-1, FIN-1) keep per phase, so that an
// edit of one phase recomputes only that phase's summary.
struct PhaseSummary
{
    PhaseKind kind = PhaseKind::Interim;
    int minStart = -1;                          // earliest placement start, -1 without placements
    int minStartRelief = -1;                    // first placement (document order) starting then
    StepFunction relief;                        // summed annual relief of its placements
    QList<std::pair<int, double>> finalExtents; // (catalog item index, largest extent), item order
};
PhaseSummary summarizePhase(const RuleContext &ctx, const PhaseInput &in);

// A finding with its key in the canonical order (see RuleEngine).
struct OrderedFinding
{
    Finding finding;
    int phase = -1;  // phase index, -1 for none
    int rule = 0;    // rule's position in table order
    int relief = -1; // placement index inside the phase, -1 for a phase-level finding
};

// Collects the findings of one rule.
class FindingSink
{
public:
    FindingSink(const Plan &plan, QList<OrderedFinding> &out) : m_plan(plan), m_out(out) {}
    void setRule(int order, const QString &id, const QString &principle);
    void add(Severity severity, int phase, int relief, const QString &item, const QString &message);

private:
    const Plan &m_plan;
    QList<OrderedFinding> &m_out;
    int m_order = 0;
    QString m_id;
    QString m_principle;
};

// What a per-phase rule checks in one phase, and what a plan-wide rule checks
// over the per-phase summaries.
using PhaseCheckFunction = void(const RuleContext &, const PhaseInput &, FindingSink &);
using PlanCheckFunction = void(const RuleContext &, const QList<const PhaseSummary *> &,
                               FindingSink &);

// One rule of PRINCIPLES.md, as the table of rules (ruletable.cpp) states it:
// its id, principle, thresholds and check. Per-phase rules look at one phase
// at a time; plan-wide rules combine the per-phase summaries.
class Rule
{
public:
    using PhaseCheck = PhaseCheckFunction *;
    using PlanCheck = PlanCheckFunction *;
    struct Spec
    {
        QString id;
        const char *principle = nullptr; // short; translated (context "tranche") when asked
        QList<ThresholdSpec> thresholds;
        PhaseCheck phaseCheck = nullptr; // a per-phase rule
        PlanCheck planCheck = nullptr;   // a plan-wide rule
    };
    explicit Rule(Spec spec) : m_spec(std::move(spec)) {}

    QString id() const { return m_spec.id; }
    QString principle() const;
    QList<ThresholdSpec> thresholds() const { return m_spec.thresholds; }
    bool isPlanWide() const { return m_spec.planCheck != nullptr; }
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const
    {
        if (m_spec.phaseCheck)
            m_spec.phaseCheck(ctx, in, sink);
    }
    void checkPlan(const RuleContext &ctx, const QList<const PhaseSummary *> &phases,
                   FindingSink &sink) const
    {
        if (m_spec.planCheck)
            m_spec.planCheck(ctx, phases, sink);
    }

private:
    Spec m_spec;
};

// For the per-phase rules that refuse, in interim phases, every item with some
// property (INT-2, INT-5): one violation per such placement, with `message`
// (marked with QT_TRANSLATE_NOOP, %1 the item's label).
void flagInterimItems(const PhaseInput &in, FindingSink &sink,
                      bool (*flagged)(const SanctionsItem &), const char *message);

// For the per-phase rules that refuse relief before some month (AFA-1, FIN-2,
// FAT-1): one violation per placement that starts before `month` (only of the
// items `flagged` picks, when given), with `message` (marked with
// QT_TRANSLATE_NOOP; %1 the item's label, %2 its start, %3 the month).
void flagEarlyStarts(const PhaseInput &in, FindingSink &sink, int month,
                     bool (*flagged)(const SanctionsItem *), const char *message);

// The check of each rule, defined in its own file (rules/afa1.cpp ...); the
// table of rules (ruletable.cpp) gives each its id, principle and thresholds.
PhaseCheckFunction checkAfa1, checkInt2, checkInt3, checkInt4, checkInt5, checkEsc1, checkFin2,
    checkTgt1, checkFat1, checkLaw1;
PlanCheckFunction checkAfa2, checkInt1, checkFin1;

// Every rule, in the table order of PRINCIPLES.md.
const QList<const Rule *> &allRules();
const Rule *ruleById(const QString &id);

// A translated message with %1..%9 markers, split once so that each
// finding's sentence is built with a single allocation (a translation may
// put the markers in any order).
class MessageTemplate
{
public:
    MessageTemplate() = default;
    explicit MessageTemplate(const QString &text);
    bool isNull() const { return m_text.isNull(); }
    QString arg(std::initializer_list<QStringView> args) const;

private:
    struct Piece
    {
        qsizetype from = 0;
        qsizetype length = 0;
        int arg = -1; // -1: the literal text [from, from + length)
    };
    QString m_text;
    QVarLengthArray<Piece, 8> m_pieces;
};

// A rule's message, marked with QT_TRANSLATE_NOOP (context "tranche"):
// translated and split when first filled, so that a check that finds nothing
// translates nothing.
class RuleMessage
{
public:
    explicit RuleMessage(const char *source) : m_source(source) {}
    QString arg(std::initializer_list<QStringView> args);

private:
    const char *m_source;
    MessageTemplate m_text;
};

// A whole number as text without a heap allocation (for MessageTemplate).
class Number
{
public:
    explicit Number(qint64 value);
    QStringView view() const { return QStringView(m_buffer + m_start, 24 - m_start); }
    operator QStringView() const { return view(); }

private:
    char16_t m_buffer[24];
    int m_start = 24;
};

// Legible spellings used in messages.
QString programsText(Programs programs); // "nuclear, ICBM and WMD", "none"
QString monthsText(int months);          // "1 month", "7 months"

} // namespace tranche
