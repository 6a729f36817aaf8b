#include "charts/chartaxes.h"

#include "model/money.h"
#include "model/monthlabel.h"
#include "model/plan.h"

#include <QCategoryAxis>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// A category axis's labels (each ending at its value), set only when they
// differ from what the axis has: new labels make the chart lay out and
// measure every axis text again. True when they differed.
bool setCategories(QCategoryAxis *axis, double startValue,
                   const QList<std::pair<QString, double>> &categories, double min, double max)
{
    const QStringList old = axis->categoriesLabels();
    bool same = old.size() == categories.size() && axis->startValue() == startValue &&
                axis->min() == min && axis->max() == max;
    for (qsizetype i = 0; same && i < old.size(); ++i)
        same = old.at(i) == categories.at(i).first &&
               axis->endValue(old.at(i)) == categories.at(i).second;
    if (same)
        return false;
    for (const QString &label : old)
        axis->remove(label);
    axis->setStartValue(startValue);
    for (const auto &[label, value] : categories)
        axis->append(label, value);
    axis->setRange(min, max);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    return true;
}

} // namespace

bool setMoneyAxis(QCategoryAxis *axis, double maxValue)
{
    const double top = maxValue > 0 && std::isfinite(maxValue) ? maxValue : 1e6;
    const double raw = top / 5;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / mag;
    const double step = (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * mag;
    const int count = static_cast<int>(std::ceil(top / step - 1e-9));
    QList<std::pair<QString, double>> categories;
    for (int i = 0; i <= count; ++i)
        categories.append({formatMoney(i * step), i * step});
    return setCategories(axis, -step, categories, 0, count * step);
}

bool setMonthAxis(QCategoryAxis *axis, const Plan &plan, int horizon, int maxLabels)
{
    const int h = std::max(1, horizon);
    int every = 1;
    for (int candidate : {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200}) {
        every = candidate;
        if (h / candidate <= maxLabels)
            break;
    }
    QList<std::pair<QString, double>> categories;
    for (int m = 0; m < h; m += every) {
        QString label = QString::number(m);
        if (const std::optional<QDate> d = plan.monthDate(m))
            label += u"<br>"_s + monthLabel(*d);
        categories.append({label, double(m)});
    }
    return setCategories(axis, -1, categories, -0.5, h - 0.5);
}

} // namespace tranche
