#include "cli/terminalsafe.h"

using namespace Qt::StringLiterals;

namespace tranche {

bool isTerminalControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

namespace {

// The visible escape of a character isTerminalControl() names.
QString escaped(char16_t c)
{
    if (c <= 0xFF)
        return u"\\x"_s + QString::number(c, 16).toUpper().rightJustified(2, u'0');
    return u"\\u"_s + QString::number(c, 16).toUpper().rightJustified(4, u'0');
}

} // namespace

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
        out += isTerminalControl(c) ? escaped(c) : QString(QChar(c));
    }
    return out;
}

QString terminalSafeElided(const QString &s, qsizetype max)
{
    if (s.size() <= max) { // escapes only lengthen: a longer s is cut below
        const QString safe = terminalSafe(s);
        if (safe.size() <= max)
            return safe;
    }
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < s.size() &&
                          QChar::isLowSurrogate(s.at(i + 1).unicode());
        const QString piece = isTerminalControl(c) ? escaped(c) : s.mid(i, pair ? 2 : 1);
        if (out.size() + piece.size() > max - 1)
            break;
        out += piece;
        i += pair ? 1 : 0;
    }
    return out + u'\u2026';
}

void writeSafeLines(QTextStream &stream, const QStringList &lines)
{
    for (const QString &line : lines)
        stream << terminalSafe(line) << u'\n';
    stream.flush();
}

} // namespace tranche
