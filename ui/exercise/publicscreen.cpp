#include "exercise/publicscreen.h"

#include "exercise/caveatbanner.h"
#include "exercise/exercisesession.h"
#include "model/money.h"
#include "model/monthlabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QLabel *label(const QString &text, double scale, bool bold, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText); // the package's title: text from a file, never markup
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    return l;
}

} // namespace

PublicScreen::PublicScreen(ExerciseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setWindowTitle(tr("Exercise - public screen"));
    auto *layout = new QVBoxLayout(this);
    m_caveat = new CaveatBanner(session->package().caveat, this, 1.6);
    layout->addWidget(m_caveat);
    m_title = label({}, 1.5, true, this);
    m_clock = label({}, 2.2, true, this);
    layout->addWidget(m_title);
    layout->addWidget(m_clock);

    auto *figures = new QGridLayout;
    figures->addWidget(figure(tr("Released so far"), m_released), 0, 0);
    figures->addWidget(m_released, 1, 0);
    figures->addWidget(figure(tr("In escrow"), m_escrow), 0, 1);
    figures->addWidget(m_escrow, 1, 1);
    figures->addWidget(figure(tr("Kept if they walk now"), m_kept), 0, 2);
    figures->addWidget(m_kept, 1, 2);
    layout->addLayout(figures);

    auto *middle = new QHBoxLayout;
    m_injects = new QListWidget(this);
    m_injects->setWordWrap(true);
    m_injects->setSpacing(6);
    QFont f = m_injects->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_injects->setFont(f);
    m_chart = new PlayedChartWidget(this);
    m_chart->setMinimumSize(480, 280);
    middle->addWidget(m_injects, 2);
    middle->addWidget(m_chart, 3);
    layout->addLayout(middle, 1);

    connect(session, &ExerciseSession::changed, this, &PublicScreen::refresh);
    refresh();
}

QLabel *PublicScreen::figure(const QString &caption, QLabel *&value)
{
    value = label({}, 2.4, true, this);
    return label(caption, 1.2, false, this);
}

void PublicScreen::refresh()
{
    const ExercisePackage &package = m_session->package();
    const ExerciseRun &run = m_session->run();
    m_caveat->setCaveat(package.caveat);
    m_title->setText(package.title);
    const std::optional<QDate> date = m_session->plan().monthDate(run.clock);
    const bool over = run.clock > package.endMonth;
    m_clock->setText(
        over   ? tr("Exercise over - %1 months played").arg(run.clock - package.startMonth)
        : date ? tr("Turn %1 - month %2 (%3)").arg(run.turn).arg(run.clock).arg(monthLabel(*date))
               : tr("Turn %1 - month %2").arg(run.turn).arg(run.clock));
    const ExerciseMonth *last = m_session->lastPlayed();
    m_released->setText(formatMoney(last ? last->releasedCumulative : 0));
    m_escrow->setText(formatMoney(last ? last->escrowBalance : 0));
    m_kept->setText(formatMoney(last ? last->exposure : 0));

    m_injects->clear();
    for (const auto &[month, index] : m_session->firedInjects()) {
        const Inject &inject = package.injects.at(index);
        if (!inject.audience.contains("all"_L1))
            continue;
        const QString text =
            inject.synopsis.isEmpty() ? inject.title : inject.title + u'\n' + inject.synopsis;
        m_injects->insertItem(0, tr("Month %1: %2").arg(month).arg(text)); // newest first
    }
    m_chart->setChart(exerciseChart(*m_session, ChartAudience::Public));
}

} // namespace tranche
