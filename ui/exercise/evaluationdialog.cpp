#include "exercise/evaluationdialog.h"

#include "exercise/caveatbanner.h"
#include "panels/namedwidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

const QStringList &ratingCodes()
{
    static const QStringList codes{QString(), u"P"_s, u"S"_s, u"M"_s, u"U"_s};
    return codes;
}

} // namespace

EvaluationDialog::EvaluationDialog(const ExercisePackage &package, const ExerciseRun &run,
                                   const ExerciseLog &log, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"evaluationDialog"_s);
    setWindowTitle(tr("Evaluation - %1").arg(package.title));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new CaveatBanner(package.caveat, this));
    layout->addWidget(new QLabel(tr("Final ratings (P performed, S some challenges, M major "
                                    "challenges, U unable); the figures propose P, M or U."),
                                 this));
    layout->addWidget(buildRatings(package, run, log), 1);
    auto *accept = new QPushButton(tr("Rate every objective as &proposed"), this);
    accept->setObjectName(u"acceptProposed"_s);
    connect(accept, &QPushButton::clicked, this, [this, run] {
        for (int r = 0; r < m_objectives.size(); ++r)
            if (auto *combo = qobject_cast<QComboBox *>(m_ratings->cellWidget(r, 3));
                combo && combo->currentIndex() == 0)
                combo->setCurrentIndex(std::max(
                    0, int(ratingCodes().indexOf(run.proposed.value(m_objectives.at(r))))));
    });
    layout->addWidget(accept, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Improvement plan:"), this));
    layout->addWidget(buildImprovements(log), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

QWidget *EvaluationDialog::buildRatings(const ExercisePackage &package, const ExerciseRun &run,
                                        const ExerciseLog &log)
{
    m_ratings = new QTableWidget(int(package.objectives.size()), 4, this);
    m_ratings->setObjectName(u"ratings"_s);
    m_ratings->setHorizontalHeaderLabels(
        {tr("Objective"), tr("Figures"), tr("Proposed"), tr("Final rating")});
    m_ratings->verticalHeader()->hide();
    m_ratings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QStringList names{tr("(none)"), tr("P - performed"), tr("S - some challenges"),
                            tr("M - major challenges"), tr("U - unable")};
    for (int r = 0; r < package.objectives.size(); ++r) {
        const Objective &o = package.objectives.at(r);
        m_objectives << o.id;
        const QStringList cells{o.id + u": "_s + o.title, o.metrics.join(u", "_s),
                                run.proposed.value(o.id)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_ratings->setItem(r, c, item);
        }
        auto *combo = new QComboBox(m_ratings);
        combo->setObjectName(u"rating-"_s + o.id);
        combo->addItems(names);
        combo->setCurrentIndex(std::max(0, int(ratingCodes().indexOf(log.ratings.value(o.id)))));
        m_ratings->setCellWidget(r, 3, combo);
    }
    m_ratings->resizeColumnsToContents();
    return m_ratings;
}

QWidget *EvaluationDialog::buildImprovements(const ExerciseLog &log)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_improvements = new QTableWidget(0, 4, box);
    m_improvements->setObjectName(u"improvements"_s);
    m_improvements->setHorizontalHeaderLabels(
        {tr("Observation"), tr("Recommendation"), tr("Owner"), tr("Due")});
    m_improvements->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const Improvement &row : log.improvements)
        addImprovement(row);
    layout->addWidget(m_improvements, 1);
    auto *add = namedButton(box, tr("&Add a row"), u"addImprovement"_s);
    auto *remove = namedButton(box, tr("&Remove the row"), u"removeImprovement"_s);
    layout->addLayout(leftAlignedRow({add, remove}));
    connect(add, &QPushButton::clicked, this, [this] {
        addImprovement({});
        m_improvements->setCurrentCell(m_improvements->rowCount() - 1, 0);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_improvements->currentRow() >= 0)
            m_improvements->removeRow(m_improvements->currentRow());
    });
    return box;
}

void EvaluationDialog::addImprovement(const Improvement &row)
{
    const int r = m_improvements->rowCount();
    m_improvements->insertRow(r);
    const QStringList cells{row.observation, row.recommendation, row.owner, row.due};
    for (int c = 0; c < cells.size(); ++c)
        m_improvements->setItem(r, c, new QTableWidgetItem(cells.at(c)));
}

QMap<QString, QString> EvaluationDialog::ratings() const
{
    QMap<QString, QString> out;
    for (int r = 0; r < m_objectives.size(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_ratings->cellWidget(r, 3));
        if (combo && combo->currentIndex() > 0)
            out.insert(m_objectives.at(r), ratingCodes().at(combo->currentIndex()));
    }
    return out;
}

QList<Improvement> EvaluationDialog::improvements() const
{
    QList<Improvement> out;
    const auto text = [this](int r, int c) {
        const QTableWidgetItem *item = m_improvements->item(r, c);
        return item ? item->text().trimmed() : QString();
    };
    for (int r = 0; r < m_improvements->rowCount(); ++r) {
        const Improvement row{text(r, 0), text(r, 1), text(r, 2), text(r, 3)};
        if (!(row.observation + row.recommendation + row.owner + row.due).isEmpty())
            out << row;
    }
    return out;
}

} // namespace tranche
