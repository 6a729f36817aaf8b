#include "model/safetext.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

bool xmlAllowed(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Calls visit(codePoint, isPair) for each code point; an unpaired surrogate is
// passed as itself (never xmlAllowed).
template <typename Visit> void forEachCodePoint(const QString &text, Visit visit)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text.at(i + 1)), true);
            ++i;
        } else {
            visit(char32_t(c.unicode()), false);
        }
    }
}

} // namespace

QString xmlRoundTrip(const QString &text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&out](char32_t c, bool) {
        if (!xmlAllowed(c))
            out += QChar::ReplacementCharacter;
        else
            out += QString::fromUcs4(&c, 1);
    });
    return out;
}

QString xmlEscaped(const QString &text)
{
    // Qt escapes & < > and "; the apostrophe as XML 1.0 and HTML 4 both read it.
    return xmlRoundTrip(text).toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QByteArray xmlSafeUtf8(const QByteArray &xml)
{
    static const QByteArray replacement("\xEF\xBF\xBD"); // U+FFFD
    QByteArray out;
    out.reserve(xml.size());
    for (qsizetype i = 0; i < xml.size(); ++i) {
        const auto c = static_cast<unsigned char>(xml.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out += replacement;
        } else if (c == 0xEF && i + 2 < xml.size() && xml.at(i + 1) == '\xBF' &&
                   (xml.at(i + 2) == '\xBE' || xml.at(i + 2) == '\xBF')) {
            out += replacement; // U+FFFE, U+FFFF
            i += 2;
        } else {
            out += char(c);
        }
    }
    return out;
}

} // namespace tranche
