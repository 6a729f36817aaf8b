#include "exercise/caveatbanner.h"

using namespace Qt::StringLiterals;

namespace tranche {

CaveatBanner::CaveatBanner(const QString &caveat, QWidget *parent, double scale)
    : QLabel(caveat, parent)
{
    setObjectName(u"caveat"_s);
    setAlignment(Qt::AlignCenter);
    setAutoFillBackground(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    setFont(f);
    setStyleSheet(u"background: #fefcbf; color: #1a202c; padding: 4px;"_s);
}

} // namespace tranche
