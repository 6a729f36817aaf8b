#include "exercise/caveatbanner.h"

#include "exercise/exercisepackage.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace tranche {

CaveatBanner::CaveatBanner(const QString &caveat, QWidget *parent, double scale) : QLabel(parent)
{
    setObjectName(u"caveat"_s);
    setAlignment(Qt::AlignCenter);
    setAutoFillBackground(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    setFont(f);
    setStyleSheet(u"background: #fefcbf; color: #1a202c; padding: 4px;"_s);
    setCaveat(caveat);
}

void CaveatBanner::setCaveat(const QString &caveat)
{
    m_caveat = caveat;
    setText(shown(caveat));
}

QString CaveatBanner::shown(const QString &caveat)
{
    static const QString kDefault = ExercisePackage().caveat;
    return caveat == kDefault ? tr("EXERCISE - EXERCISE - EXERCISE") : caveat;
}

void CaveatBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setText(shown(m_caveat));
    QLabel::changeEvent(event);
}

} // namespace tranche
