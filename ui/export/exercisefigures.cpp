#include "export/exercisefigures.h"

#include "model/money.h"

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// What each figure measures and when it is met (the default thresholds).
struct FigureInfo
{
    const char *id;
    const char *what;
    const char *threshold;
};
constexpr FigureInfo kFigures[] = {
    {"X1",
     QT_TRANSLATE_NOOP("ExerciseFigure", "released under overrides while the gate was not met"),
     QT_TRANSLATE_NOOP("ExerciseFigure", "= $0")},
    {"X2", QT_TRANSLATE_NOOP("ExerciseFigure", "escrowed under the same overrides"),
     QT_TRANSLATE_NOOP("ExerciseFigure", "report only")},
    {"X3", QT_TRANSLATE_NOOP("ExerciseFigure", "kept if they walk, at the first breach"),
     QT_TRANSLATE_NOOP("ExerciseFigure", "at most the plan's own (X3plan)")},
    {"X4",
     QT_TRANSLATE_NOOP("ExerciseFigure", "released after the first breach while still in breach"),
     QT_TRANSLATE_NOOP("ExerciseFigure", "= $0")},
    {"X5",
     QT_TRANSLATE_NOOP("ExerciseFigure", "escrow that reached the counterpart (escrow breach)"),
     QT_TRANSLATE_NOOP("ExerciseFigure", "= $0")},
    {"X6",
     QT_TRANSLATE_NOOP("ExerciseFigure", "turns from the breach to the negotiators' response"),
     QT_TRANSLATE_NOOP("ExerciseFigure", "at most 1 turn")},
    {"X7", QT_TRANSLATE_NOOP("ExerciseFigure", "new rule violations of the plan as played"),
     QT_TRANSLATE_NOOP("ExerciseFigure", "none")},
    {"X8", QT_TRANSLATE_NOOP("ExerciseFigure", "released in all by the last month played"),
     QT_TRANSLATE_NOOP("ExerciseFigure", "report only")},
};

QString figureValue(const ExerciseRun &run, const QString &id)
{
    const ExerciseMetrics &x = run.metrics;
    const auto money = [](const std::optional<double> &v) {
        return v ? formatMoney(*v) : ExerciseFigure::tr("none (no breach)");
    };
    if (id == "X1"_L1)
        return formatMoney(x.x1);
    if (id == "X2"_L1)
        return formatMoney(x.x2);
    if (id == "X3"_L1)
        return ExerciseFigure::tr("%1 (plan: %2)")
            .arg(money(x.x3), x.x3plan ? formatMoney(*x.x3plan) : ExerciseFigure::tr("none"));
    if (id == "X4"_L1)
        return money(x.x4);
    if (id == "X5"_L1)
        return formatMoney(x.x5);
    if (id == "X6"_L1)
        return x.x6 ? (*x.x6 == 1 ? ExerciseFigure::tr("1 turn")
                                  : ExerciseFigure::tr("%1 turns").arg(*x.x6))
                    : (x.firstBreachMonth ? ExerciseFigure::tr("no response")
                                          : ExerciseFigure::tr("none (no breach)"));
    if (id == "X7"_L1) {
        QStringList keys;
        for (auto it = x.x7.cbegin(); it != x.x7.cend(); ++it)
            keys << u"%1 \u00d7%2"_s.arg(it.key()).arg(it.value());
        return keys.isEmpty() ? ExerciseFigure::tr("none") : keys.join(u", "_s);
    }
    return formatMoney(x.x8);
}

} // namespace

QString ExerciseFigure::metText() const
{
    return !met ? tr("report only") : *met ? tr("met") : tr("NOT MET");
}

QList<ExerciseFigure> exerciseFigures(const ExerciseRun &run)
{
    QList<ExerciseFigure> figures;
    for (const FigureInfo &f : kFigures) {
        ExerciseFigure figure;
        figure.id = QString::fromLatin1(f.id);
        figure.what = ExerciseFigure::tr(f.what);
        figure.threshold = ExerciseFigure::tr(f.threshold);
        figure.value = figureValue(run, figure.id);
        if (run.met.contains(figure.id))
            figure.met = run.met.value(figure.id);
        figures << figure;
    }
    return figures;
}

} // namespace tranche
