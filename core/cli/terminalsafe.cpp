#include "cli/terminalsafe.h"

using namespace Qt::StringLiterals;

namespace tranche {

bool isTerminalControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

QString terminalSafe(const QString &s)
{
    qsizetype first = 0;
    while (first < s.size() && !isTerminalControl(s.at(first).unicode()))
        ++first;
    if (first == s.size())
        return s; // the common case: no copy
    QString out = s.first(first);
    for (qsizetype i = first; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (!isTerminalControl(c)) {
            out += QChar(c);
        } else if (c <= 0xFF) {
            out += u"\\x"_s + QString::number(c, 16).toUpper().rightJustified(2, u'0');
        } else {
            out += u"\\u"_s + QString::number(c, 16).toUpper().rightJustified(4, u'0');
        }
    }
    return out;
}

void writeSafeLines(QTextStream &stream, const QStringList &lines)
{
    for (const QString &line : lines)
        stream << terminalSafe(line) << u'\n';
    stream.flush();
}

} // namespace tranche
