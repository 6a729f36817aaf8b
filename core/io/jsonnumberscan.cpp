#include "io/jsonnumberscan.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <system_error>

namespace tranche {

namespace {

// ---------------------------------------------------------------------------
// Numbers Qt refuses: Qt's parser stops with "illegal number" at the first
// number beyond the range of a double (an error for us too) and also at a
// number too small to be anything but zero (which we read as 0). This scan
// finds them all with their JSON pointer and blanks them so that Qt can parse
// the rest and every other problem is reported too.

// Order of magnitude (power of ten) of a decimal number token, saturated.
long long decimalMagnitude(const QByteArray &token)
{
    qsizetype i = 0;
    if (i < token.size() && (token.at(i) == '-' || token.at(i) == '+'))
        ++i;
    long long intDigits = 0;
    long long leadingFractionZeros = 0;
    bool nonZero = false;
    bool fraction = false;
    for (; i < token.size() && token.at(i) != 'e' && token.at(i) != 'E'; ++i) {
        const char c = token.at(i);
        if (c == '.') {
            fraction = true;
        } else if (!fraction) {
            if (nonZero || c != '0') {
                nonZero = true;
                ++intDigits;
            }
        } else if (!nonZero) {
            if (c == '0')
                ++leadingFractionZeros;
            else
                nonZero = true;
        }
    }
    long long exponent = 0;
    if (i < token.size()) {
        ++i;
        bool negative = false;
        if (i < token.size() && (token.at(i) == '-' || token.at(i) == '+'))
            negative = token.at(i++) == '-';
        for (; i < token.size(); ++i)
            exponent = std::min(exponent * 10 + (token.at(i) - '0'), 1'000'000'000'000LL);
        if (negative)
            exponent = -exponent;
    }
    return intDigits > 0 ? exponent + intDigits - 1 : exponent - leadingFractionZeros - 1;
}

// The character a JSON escape backslash-e stands for (other than backslash-u).
QChar unescaped(char e)
{
    constexpr std::pair<char, char16_t> kEscapes[] = {
        {'b', u'\b'}, {'f', u'\f'}, {'n', u'\n'}, {'r', u'\r'}, {'t', u'\t'}};
    for (const auto &[from, to] : kEscapes) {
        if (e == from)
            return QChar(to);
    }
    return QChar::fromLatin1(e);
}

// Reads the string starting at json[i] == '"'; returns the index after its
// closing quote, or -1 when it does not end. Decodes it into *out when given.
qsizetype scanString(const QByteArray &json, qsizetype i, QString *out)
{
    const qsizetype n = json.size();
    qsizetype run = ++i;
    auto flush = [&](qsizetype end) {
        if (out)
            out->append(QString::fromUtf8(json.constData() + run, end - run));
    };
    while (i < n) {
        const char c = json.at(i);
        if (c == '"') {
            flush(i);
            return i + 1;
        }
        if (c != '\\') {
            ++i;
            continue;
        }
        flush(i);
        if (i + 1 >= n)
            return -1;
        const char e = json.at(i + 1);
        i += 2;
        if (e == 'u') {
            if (i + 4 > n)
                return -1;
            bool ok = false;
            const ushort code = json.mid(i, 4).toUShort(&ok, 16);
            if (out && ok)
                out->append(QChar(code));
            i += 4;
        } else if (out) {
            out->append(unescaped(e));
        }
        run = i;
    }
    return -1;
}

} // namespace

NumberScan scanJsonNumbers(const QByteArray &json)
{
    NumberScan r;
    r.text = json;
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        int index = 0;
        QString key;
    };
    QList<Frame> stack;
    auto pointer = [&stack] {
        QString p;
        for (const Frame &f : std::as_const(stack))
            p += u'/' + (f.object ? jsonPointerToken(f.key) : QString::number(f.index));
        return p;
    };
    auto isNumberChar = [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };

    const qsizetype n = json.size();
    qsizetype i = json.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte order mark
    while (i < n) {
        const char c = json.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (c == '{' || c == '[') {
            stack.append({c == '{', c == '{', 0, {}});
            ++i;
        } else if (c == '}' || c == ']') {
            if (stack.isEmpty())
                return r;
            stack.removeLast();
            ++i;
        } else if (c == ',') {
            if (stack.isEmpty())
                return r;
            if (stack.last().object)
                stack.last().expectKey = true;
            else
                ++stack.last().index;
            ++i;
        } else if (c == ':') {
            if (stack.isEmpty() || !stack.last().object)
                return r;
            stack.last().expectKey = false;
            ++i;
        } else if (c == '"') {
            const bool isKey = !stack.isEmpty() && stack.last().object && stack.last().expectKey;
            QString key;
            i = scanString(json, i, isKey ? &key : nullptr);
            if (i < 0)
                return r;
            if (isKey)
                stack.last().key = key;
        } else if (isNumberChar(c)) {
            qsizetype j = i;
            while (j < n && isNumberChar(json.at(j)))
                ++j;
            const QByteArray token = json.mid(i, j - i);
            bool ok = false;
            token.toDouble(&ok);
            if (!ok) {
                double value = 0;
                const auto [end, ec] = std::from_chars(token.cbegin(), token.cend(), value);
                if (ec != std::errc::result_out_of_range || end != token.cend())
                    return r; // a syntax error: Qt's message says it
                if (decimalMagnitude(token) >= 0) {
                    r.problems.append(
                        {pointer(), QCoreApplication::translate(
                                        "tranche", "number %1 is beyond the range of a double")
                                        .arg(QString::fromLatin1(
                                            token.size() > 32 ? token.left(24) + "..." : token))});
                }
                r.text.replace(i, j - i, QByteArray(j - i, ' '));
                r.text[i] = '0';
                r.changed = true;
            }
            i = j;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            while (i < n && ((json.at(i) >= 'a' && json.at(i) <= 'z') ||
                             (json.at(i) >= 'A' && json.at(i) <= 'Z')))
                ++i;
        } else {
            return r;
        }
    }
    return r;
}

// Line and column (1-based) of a byte offset, for syntax errors.

} // namespace tranche
