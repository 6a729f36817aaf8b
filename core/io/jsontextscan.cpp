#include "io/jsontextscan.h"

#include "io/planlimits.h"
#include "io/validation.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <system_error>
#include <vector>

namespace tranche {

namespace {

constexpr qsizetype kMaxString = planLimit(PlanLimit::StringLength);
constexpr qsizetype kMaxDepth = planLimit(PlanLimit::Depth);

// Order of magnitude (power of ten) of a decimal number token, saturated.
long long decimalMagnitude(const char *p, const char *end)
{
    if (p < end && (*p == '-' || *p == '+'))
        ++p;
    long long intDigits = 0;
    long long leadingFractionZeros = 0;
    bool nonZero = false;
    bool fraction = false;
    for (; p < end && *p != 'e' && *p != 'E'; ++p) {
        if (*p == '.') {
            fraction = true;
        } else if (!fraction) {
            if (nonZero || *p != '0') {
                nonZero = true;
                ++intDigits;
            }
        } else if (!nonZero) {
            if (*p == '0')
                ++leadingFractionZeros;
            else
                nonZero = true;
        }
    }
    long long exponent = 0;
    if (p < end) {
        ++p;
        bool negative = false;
        if (p < end && (*p == '-' || *p == '+'))
            negative = *p++ == '-';
        for (; p < end; ++p)
            exponent = std::min(exponent * 10 + (*p - '0'), 1'000'000'000'000LL);
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

// What scanString() saw in one string.
struct StringScan
{
    qsizetype end = -1;       // index after the closing quote; -1: the string does not end
    qsizetype characters = 0; // characters as written (an escape counts as written)
    int control = -1;         // the first raw control character, or -1
    int lone = -1;            // the first \u escape of half a surrogate pair alone, or -1
};

// Reads the string starting at json[i] == '"'; decodes it into *out when given.
StringScan scanString(const QByteArray &json, qsizetype i, QString *out)
{
    StringScan s;
    const qsizetype n = json.size();
    const char *d = json.constData();
    qsizetype run = ++i;
    auto flush = [&](qsizetype end) {
        if (out)
            out->append(QString::fromUtf8(d + run, end - run));
    };
    // A high surrogate escape waits for a low one right after it; anything
    // else, or a low one alone, leaves half a pair that no text can hold.
    ushort high = 0;
    const auto alone = [&s](ushort code) {
        if (s.lone < 0)
            s.lone = code;
    };
    const auto notLow = [&] {
        if (high)
            alone(high);
        high = 0;
    };
    while (i < n) {
        const uchar c = uchar(d[i]);
        if (c == '"') {
            notLow();
            flush(i);
            s.end = i + 1;
            return s;
        }
        if ((c & 0xC0) != 0x80)
            ++s.characters;
        if (c != '\\') {
            notLow();
            if (c < 0x20 && s.control < 0)
                s.control = c;
            ++i;
            continue;
        }
        flush(i);
        if (i + 1 >= n)
            return s;
        const char e = d[i + 1];
        i += 2;
        ++s.characters;
        if (e == 'u') {
            if (i + 4 > n)
                return s;
            bool ok = false;
            const ushort code = QByteArrayView(d + i, 4).toUShort(&ok, 16);
            if (out && ok)
                out->append(QChar(code));
            if (ok && QChar::isLowSurrogate(code) && high) {
                high = 0;
            } else if (ok && QChar::isLowSurrogate(code)) {
                alone(code);
            } else {
                notLow();
                if (ok && QChar::isHighSurrogate(code))
                    high = code;
            }
            i += 4;
            s.characters += 4;
        } else {
            notLow();
            if (out)
                out->append(unescaped(e));
        }
        run = i;
    }
    return s;
}

// "\uD8".."\uDF": the first two hex digits of a surrogate escape.
bool isSurrogateStart(char first, char second)
{
    const char lower = char(second | 0x20);
    return (first == 'd' || first == 'D') &&
           ((second >= '8' && second <= '9') || (lower >= 'a' && lower <= 'f'));
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// -0 and 0.5 are fine; 01 and -007 have a leading zero.
bool hasLeadingZero(const char *p, const char *end)
{
    if (p < end && *p == '-')
        ++p;
    return end - p >= 2 && p[0] == '0' && p[1] >= '0' && p[1] <= '9';
}

// The scan proper: a stack of open containers, each pointer built only for a problem.
class TextScanner
{
public:
    explicit TextScanner(const QByteArray &json) : m_json(json) {}

    JsonTextScan run();

private:
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        qint64 index = 0;
        qsizetype keyAt = -1; // the opening quote of the current key
    };

    const QByteArray &m_json;
    std::vector<Frame> m_stack;
    JsonTextScan m_result;

    QString pointer() const;
    void report(const QString &reason);
    void reportPointer(Problem problem);
    bool string(qsizetype &i);
    bool number(qsizetype &i);
    bool punctuation(char c);
};

QString TextScanner::pointer() const
{
    QString p;
    for (const Frame &f : m_stack) {
        if (!f.object) {
            p += u'/' + QString::number(f.index);
        } else if (f.keyAt >= 0 && !f.expectKey) {
            QString key;
            scanString(m_json, f.keyAt, &key);
            p += u'/' + jsonPointerToken(key);
        }
    }
    return p;
}

void TextScanner::report(const QString &reason)
{
    if (m_result.problems.size() >= planLimit(PlanLimit::Problems)) {
        ++m_result.unlisted;
        return;
    }
    m_result.problems.append({pointer(), reason});
}

// A string: a key (remembered for pointers) or a value. False to stop.
bool TextScanner::string(qsizetype &i)
{
    const bool isKey = !m_stack.empty() && m_stack.back().object && m_stack.back().expectKey;
    const StringScan s = scanString(m_json, i, nullptr);
    if (s.end < 0)
        return false; // a syntax error: Qt's message says it
    if (isKey) {
        m_stack.back().keyAt = i;
        m_stack.back().expectKey = false; // the pointer names this member from here on
    }
    if (s.characters > kMaxString) {
        m_result.problems = {limitProblem(PlanLimit::StringLength, pointer())};
        m_result.unlisted = 0;
        m_result.limitHit = true;
        return false;
    }
    // A character JSON cannot carry as it stands (-1: none), %1 its code.
    const auto reportCharacter = [this](int character, const char *message) {
        if (character >= 0) {
            report(QCoreApplication::translate("tranche", message)
                       .arg(QString::number(character, 16).rightJustified(4, u'0').toUpper()));
        }
    };
    reportCharacter(s.control, QT_TRANSLATE_NOOP(
                                   "tranche", "a string holds a raw control character (U+%1): "
                                              "JSON needs it written as an escape such as \\u%1"));
    reportCharacter(s.lone,
                    QT_TRANSLATE_NOOP("tranche", "a string holds \\u%1, half of a surrogate "
                                                 "pair without its other half: no Unicode "
                                                 "character"));
    if (isKey)
        m_stack.back().expectKey = true; // until the ':' that follows
    i = s.end;
    return true;
}

// A number token: out of range, too small or with a leading zero. False to stop.
bool TextScanner::number(qsizetype &i)
{
    const qsizetype n = m_json.size();
    qsizetype j = i;
    while (j < n && isNumberChar(m_json.at(j)))
        ++j;
    const char *begin = m_json.constData() + i;
    const char *end = m_json.constData() + j;
    double value = 0;
    const auto [stop, ec] = std::from_chars(begin, end, value);
    const bool leadingZero = hasLeadingZero(begin, end);
    if (ec == std::errc() && stop == end && !leadingZero) {
        i = j;
        return true;
    }
    const QString token = QString::fromLatin1(begin, std::min<qsizetype>(j - i, 32)) +
                          (j - i > 32 ? QStringLiteral("...") : QString());
    if (leadingZero) {
        const char *rest = begin + (*begin == '-' ? 1 : 0);
        while (rest + 1 < end && *rest == '0' && rest[1] >= '0' && rest[1] <= '9')
            ++rest; // the number without its leading zeros must itself be well-formed
        double ignored = 0;
        const auto [restStop, restEc] = std::from_chars(rest, end, ignored);
        if (restStop != end && restEc != std::errc::result_out_of_range)
            return false;
        report(QCoreApplication::translate(
                   "tranche", "number %1 has a leading zero, which JSON does not allow")
                   .arg(token));
    } else {
        if (ec != std::errc::result_out_of_range || stop != end)
            return false; // a syntax error: Qt's message says it
        if (decimalMagnitude(begin, end) >= 0) {
            report(
                QCoreApplication::translate("tranche", "number %1 is beyond the range of a double")
                    .arg(token));
        }
    }
    if (!m_result.changed) {
        m_result.text = m_json;
        m_result.changed = true;
    }
    m_result.text.replace(i, j - i, QByteArray(j - i, ' '));
    m_result.text[i] = '0';
    i = j;
    return true;
}

// Structure characters; false when the document is malformed there.
bool TextScanner::punctuation(char c)
{
    if (c == '{' || c == '[') {
        if (qsizetype(m_stack.size()) >= kMaxDepth) {
            m_result.problems = {limitProblem(PlanLimit::Depth, pointer())};
            m_result.unlisted = 0;
            m_result.limitHit = true;
            return false;
        }
        m_stack.push_back({c == '{', c == '{', 0, -1});
        return true;
    }
    if (m_stack.empty())
        return false;
    Frame &top = m_stack.back();
    if (c == '}' || c == ']') {
        m_stack.pop_back();
    } else if (c == ',') {
        if (top.object)
            top.expectKey = true;
        else
            ++top.index;
    } else if (c == ':') {
        if (!top.object)
            return false;
        top.expectKey = false;
    } else {
        return false;
    }
    return true;
}

JsonTextScan TextScanner::run()
{
    const qsizetype n = m_json.size();
    qsizetype i = m_json.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte order mark
    while (i < n) {
        const char c = m_json.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (c == '"') {
            if (!string(i))
                break;
        } else if (isNumberChar(c)) {
            if (!number(i))
                break;
        } else if (isLetter(c)) {
            while (i < n && isLetter(m_json.at(i)))
                ++i;
        } else if (punctuation(c)) {
            ++i;
        } else {
            break;
        }
    }
    return std::move(m_result);
}

} // namespace

JsonShape quickJsonShape(const QByteArray &json)
{
    JsonShape shape;
    const char *d = json.constData();
    const qsizetype n = json.size();
    qsizetype depth = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(d[i]);
        if (c == '{' || c == '[') {
            shape.tooDeep |= ++depth > kMaxDepth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '"') {
            qsizetype characters = 0;
            for (++i; i < n && d[i] != '"'; ++i) {
                const uchar s = uchar(d[i]);
                if (s == '\\') {
                    shape.surrogateEscape |=
                        i + 3 < n && d[i + 1] == 'u' && isSurrogateStart(d[i + 2], d[i + 3]);
                    ++i; // the escaped character counts as written
                    ++characters;
                } else if (s < 0x20)
                    shape.controlInString = true;
                characters += (s & 0xC0) != 0x80;
            }
            shape.longString |= characters > kMaxString;
        }
    }
    return shape;
}

JsonTextScan scanJsonText(const QByteArray &json)
{
    return TextScanner(json).run();
}

} // namespace tranche
