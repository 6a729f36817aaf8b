#include "io/planjsonstream.h"

#include "io/planfields.h"
#include "io/planjsonwalk.h"
#include "io/planlimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <charconv>
#include <cmath>
#include <cstring>
#include <type_traits>
#include <variant>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// Thrown at the first thing the fast reader leaves to the full one.
struct GiveUp
{
};

[[noreturn]] void giveUp()
{
    throw GiveUp{};
}

// key is exactly name (a field name of the format: ASCII).
bool same(QByteArrayView key, QLatin1StringView name)
{
    return key.size() == name.size() && std::memcmp(key.data(), name.data(), key.size()) == 0;
}

// A pull reader over JSON text (RFC 8259, as Qt's parser reads it), with no
// copy of the text: the caller asks for the value it expects next.
class Pull
{
public:
    explicit Pull(const QByteArray &json) : m_p(json.constData()), m_end(m_p + json.size())
    {
        if (json.startsWith("\xEF\xBB\xBF"))
            m_p += 3; // a UTF-8 byte order mark
    }

    char peek()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
        if (m_p == m_end)
            giveUp();
        return *m_p;
    }
    void expect(char c)
    {
        if (peek() != c)
            giveUp();
        ++m_p;
    }
    // Nothing but whitespace is left.
    void finish()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
        if (m_p != m_end)
            giveUp();
    }

    // Calls member(key) for each member of an object; member reads the value.
    template <typename F> void object(F member)
    {
        entries('{', '}', [&] {
            const QByteArrayView key = rawKey();
            expect(':');
            member(key);
        });
    }

    // Calls element() for each element of an array; element reads it.
    template <typename F> void array(F element) { entries('[', ']', element); }

    // Consumes null when it comes next.
    bool null()
    {
        if (peek() != 'n')
            return false;
        literal("null");
        return true;
    }
    bool boolean()
    {
        if (peek() == 't') {
            literal("true");
            return true;
        }
        literal("false");
        return false;
    }
    QString string();
    double number(bool *isInteger = nullptr, qint64 *integer = nullptr);
    QJsonValue value();
    static QString keyText(QByteArrayView key);

private:
    const char *m_p;
    const char *m_end;
    int m_depth = 0;

    void open(char c)
    {
        expect(c);
        if (++m_depth > planLimit(PlanLimit::Depth))
            giveUp();
    }
    // Calls each() for each entry of the object or array opened by `opening`.
    template <typename F> void entries(char opening, char closing, F each)
    {
        open(opening);
        if (peek() == closing) {
            ++m_p;
        } else {
            do {
                each();
            } while (separator(closing));
        }
        --m_depth;
    }
    // After a member or element: true at ',', false at the closing character.
    bool separator(char close)
    {
        const char c = peek();
        ++m_p;
        if (c == close)
            return false;
        if (c != ',')
            giveUp();
        return true;
    }
    void literal(const char *word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, n) != 0)
            giveUp();
        m_p += n;
    }
    // The bytes of a key with no escape or control character in it.
    QByteArrayView rawKey()
    {
        expect('"');
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' || uchar(*m_p) < 0x20)
                giveUp();
            ++m_p;
        }
        if (m_p == m_end || m_p - start > planLimit(PlanLimit::StringLength))
            giveUp();
        return QByteArrayView(start, m_p++ - start);
    }
};

QString Pull::keyText(QByteArrayView key)
{
    const QString text = QString::fromUtf8(key);
    if (text.contains(QChar::ReplacementCharacter))
        giveUp(); // invalid UTF-8 (or a real U+FFFD): left to Qt's parser
    return text;
}

QString Pull::string()
{
    expect('"');
    const char *start = m_p;
    bool plain = true; // ASCII without escapes
    while (m_p < m_end && *m_p != '"') {
        const uchar c = uchar(*m_p);
        if (c < 0x20)
            giveUp();
        if (c == '\\') {
            plain = false;
            if (++m_p == m_end)
                giveUp();
        } else if (c >= 0x80) {
            plain = false;
        }
        ++m_p;
    }
    if (m_p == m_end || m_p - start > planLimit(PlanLimit::StringLength))
        giveUp();
    const QByteArrayView raw(start, m_p++ - start);
    if (plain)
        return QString::fromLatin1(raw);
    QString out;
    out.reserve(raw.size());
    qsizetype run = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '\\')
            continue;
        out += keyText(raw.sliced(run, i - run));
        const char e = raw.at(++i);
        constexpr std::pair<char, char16_t> kEscapes[] = {{'"', u'"'},  {'\\', u'\\'}, {'/', u'/'},
                                                          {'b', u'\b'}, {'f', u'\f'},  {'n', u'\n'},
                                                          {'r', u'\r'}, {'t', u'\t'}};
        bool known = false;
        for (const auto &[from, to] : kEscapes) {
            if (e == from) {
                out += QChar(to);
                known = true;
            }
        }
        if (!known) {
            bool ok = false;
            const ushort code =
                e == 'u' && i + 4 < raw.size() ? raw.sliced(i + 1, 4).toUShort(&ok, 16) : ushort(0);
            if (!ok || QChar::isSurrogate(code))
                giveUp(); // surrogate pairs are left to Qt's parser
            out += QChar(code);
            i += 4;
        }
        run = i + 1;
    }
    out += keyText(raw.sliced(run));
    return out;
}

double Pull::number(bool *isInteger, qint64 *integer)
{
    peek();
    const char *start = m_p;
    const auto digits = [this] {
        const char *from = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == from)
            giveUp();
    };
    if (*m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0')
        ++m_p;
    else
        digits();
    bool whole = true;
    if (m_p < m_end && *m_p == '.') {
        whole = false;
        ++m_p;
        digits();
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        whole = false;
        if (++m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        digits();
    }
    if (whole) { // as Qt: a whole number that fits in 64 bits is an integer
        qint64 n = 0;
        const auto [end, ec] = std::from_chars(start, m_p, n);
        if (ec == std::errc() && end == m_p) {
            if (isInteger)
                *isInteger = true;
            if (integer)
                *integer = n;
            return double(n);
        }
    }
    double d = 0;
    const auto [end, ec] = std::from_chars(start, m_p, d);
    if (ec != std::errc() || end != m_p || !std::isfinite(d))
        giveUp(); // out of range, or too small to be anything but 0: left to the full reader
    if (isInteger)
        *isInteger = false;
    return d;
}

QJsonValue Pull::value()
{
    switch (peek()) {
    case '{': {
        QJsonObject o;
        object([&](QByteArrayView key) { o.insert(keyText(key), value()); });
        return o;
    }
    case '[': {
        QJsonArray a;
        array([&] { a.append(value()); });
        return a;
    }
    case '"':
        return string();
    case 'n':
        literal("null");
        return QJsonValue(QJsonValue::Null);
    case 't':
    case 'f':
        return boolean();
    default:
        bool isInteger = false;
        qint64 integer = 0;
        const double d = number(&isInteger, &integer);
        return isInteger ? QJsonValue(integer) : QJsonValue(d);
    }
}

// A whole month, 0..kMaxPlanMonth.
int month(Pull &in)
{
    const double d = in.number();
    if (!(d >= 0 && d <= kMaxPlanMonth && d == std::floor(d)))
        giveUp();
    return int(d);
}

// One field of the format's tables; null is the default, or missing when required.
template <typename T> void readField(Pull &in, const planfields::Field<T> &f, T &out)
{
    if (in.null()) {
        if (f.required)
            giveUp();
        return;
    }
    std::visit(
        [&](auto member) {
            using M = decltype(member);
            if constexpr (std::is_same_v<M, QString T::*>)
                out.*member = in.string();
            else if constexpr (std::is_same_v<M, double T::*> ||
                               std::is_same_v<M, std::optional<double> T::*>)
                out.*member = in.number();
            else if constexpr (std::is_same_v<M, bool T::*>)
                out.*member = in.boolean();
            else if constexpr (std::is_same_v<M, int T::*> ||
                               std::is_same_v<M, std::optional<int> T::*>)
                out.*member = month(in);
        },
        f.member);
}

// An object of the format: its table's fields, custom(key) for Custom fields
// and lists (true when it read the value), the rest into *extra (or skipped).
template <typename T, std::size_t N, typename Custom>
void readObject(Pull &in, const std::array<planfields::Field<T>, N> &table, T &out,
                QJsonObject *extra, Custom custom)
{
    quint64 seen = 0;
    in.object([&](QByteArrayView key) {
        for (std::size_t i = 0; i < N; ++i) {
            if (!same(key, table[i].key))
                continue;
            if (seen & (quint64(1) << i))
                giveUp(); // a repeated key: the last one wins, as the full reader knows
            seen |= quint64(1) << i;
            if (table[i].isCustom()) {
                if (in.null()) {
                    if (table[i].required)
                        giveUp();
                } else {
                    custom(table[i].key);
                }
            } else {
                readField(in, table[i], out);
            }
            return;
        }
        if (custom(QLatin1StringView(key.data(), key.size())))
            return;
        const QJsonValue v = in.value();
        if (extra)
            extra->insert(Pull::keyText(key), v);
    });
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].required && !(seen & (quint64(1) << i)))
            giveUp();
    }
}

const auto noCustom = [](QLatin1StringView) { return false; };

template <typename E> E enumeration(Pull &in, std::optional<E> (*fromString)(const QString &))
{
    const std::optional<E> e = fromString(in.string());
    if (!e)
        giveUp();
    return *e;
}

// Counts the elements of a list against a limit.
void count(qsizetype &n, PlanLimit limit)
{
    if (++n > planLimit(limit))
        giveUp();
}

// A list of the format (null: empty) read element by element.
template <typename F> void list(Pull &in, bool &seen, F element)
{
    if (seen)
        giveUp();
    seen = true;
    if (!in.null())
        in.array(element);
}

// A list of entries that have only the fields of `table`, each counted against
// `limit` (n: the count so far) and appended to out.
template <typename T, std::size_t N>
void entryList(Pull &in, bool &seen, const std::array<planfields::Field<T>, N> &table, qsizetype &n,
               PlanLimit limit, QList<T> &out)
{
    list(in, seen, [&] {
        count(n, limit);
        T entry;
        readObject(in, table, entry, &entry.extra, noCustom);
        out.append(std::move(entry));
    });
}

class PlanStream
{
public:
    explicit PlanStream(const QByteArray &json) : m_in(json) {}
    Plan read();

private:
    Pull m_in;
    Plan m_plan;
    qsizetype m_placements = 0;
    qsizetype m_required = 0;

    void readMeta();
    void readCatalog();
    void readPhase();
    void readWaiver();
};

void PlanStream::readMeta()
{
    bool sources = false;
    qsizetype n = 0;
    PlanMeta &meta = m_plan.meta;
    readObject(m_in, planfields::kMeta, meta, &meta.extra, [&](QLatin1StringView k) {
        if (k != planfields::kSources)
            return false;
        list(m_in, sources, [&] {
            count(n, PlanLimit::Sources);
            Source source;
            readObject(m_in, planfields::kSource, source, &source.extra, noCustom);
            meta.sources.append(std::move(source));
        });
        return true;
    });
}

void PlanStream::readCatalog()
{
    bool items = false;
    bool actions = false;
    qsizetype n = 0;
    m_in.object([&](QByteArrayView key) {
        if (same(key, "items"_L1)) {
            if (m_in.null())
                giveUp(); // catalog.items is required
            list(m_in, items, [&] {
                count(n, PlanLimit::Items);
                SanctionsItem it;
                readObject(m_in, planfields::kItem, it, &it.extra, [&](QLatin1StringView k) {
                    if (k == "authority"_L1)
                        it.authority = enumeration(m_in, &authorityFromString);
                    else if (k == "reversibility"_L1)
                        it.reversibility = enumeration(m_in, &reversibilityFromString);
                    else if (k == "targeted"_L1)
                        it.targeted = enumeration(m_in, &targetedFromString);
                    else if (k == "variantOf"_L1)
                        it.variantOf = m_in.string();
                    else
                        return false;
                    return true;
                });
                m_plan.catalog.items.append(std::move(it));
            });
        } else if (same(key, "actions"_L1)) {
            qsizetype a = 0;
            list(m_in, actions, [&] {
                count(a, PlanLimit::Actions);
                CounterpartAction action;
                readObject(
                    m_in, planfields::kAction, action, &action.extra, [&](QLatin1StringView k) {
                        if (k != "completes"_L1)
                            return false;
                        m_in.array([&] {
                            const std::optional<Program> p = programFromString(m_in.string());
                            if (!p)
                                giveUp();
                            action.completes |= *p;
                        });
                        return true;
                    });
                m_plan.catalog.actions.append(std::move(action));
            });
        } else {
            m_in.value(); // the catalog keeps no fields of its own
        }
    });
    if (!items)
        giveUp(); // catalog.items is required
}

void PlanStream::readPhase()
{
    Phase ph;
    bool actions = false;
    bool reliefs = false;
    readObject(m_in, planfields::kPhase, ph, &ph.extra, [&](QLatin1StringView k) {
        if (k == "kind"_L1) {
            ph.kind = enumeration(m_in, &phaseKindFromString);
        } else if (k == planfields::kActions) {
            entryList(m_in, actions, planfields::kRequiredAction, m_required,
                      PlanLimit::RequiredActions, ph.actions);
        } else if (k == planfields::kReliefs) {
            entryList(m_in, reliefs, planfields::kPlacement, m_placements, PlanLimit::Placements,
                      ph.reliefs);
        } else {
            return false;
        }
        return true;
    });
    m_plan.phases.append(std::move(ph));
}

void PlanStream::readWaiver()
{
    Waiver w;
    readObject(m_in, planfields::kWaiver, w, nullptr, [&](QLatin1StringView k) {
        if (k != "date"_L1)
            return false;
        const QString date = m_in.string();
        if (!date.isEmpty()) {
            w.date = QDate::fromString(date, u"yyyy-MM-dd"_s);
            if (date.size() != 10 || date.at(4) != u'-' || date.at(7) != u'-' || !w.date.isValid())
                giveUp();
        }
        return true;
    });
    m_plan.waivers.append(std::move(w));
}

Plan PlanStream::read()
{
    bool format = false, version = false, meta = false, catalog = false, phases = false,
         waivers = false;
    qsizetype nPhases = 0;
    qsizetype nWaivers = 0;
    const auto once = [](bool &seen) {
        if (seen)
            giveUp();
        seen = true;
    };
    m_in.object([&](QByteArrayView key) {
        if (same(key, "format"_L1)) {
            once(format);
            if (m_in.null() || m_in.string() != "tranche-plan"_L1)
                giveUp();
        } else if (same(key, "version"_L1)) {
            once(version);
            if (m_in.null() || m_in.number() != kPlanJsonFormatVersion)
                giveUp();
        } else if (same(key, "plan"_L1)) {
            once(meta);
            if (m_in.null())
                giveUp();
            readMeta();
        } else if (same(key, "catalog"_L1)) {
            once(catalog);
            if (m_in.null())
                giveUp();
            readCatalog();
        } else if (same(key, "phases"_L1)) {
            list(m_in, phases, [&] {
                count(nPhases, PlanLimit::Phases);
                readPhase();
            });
        } else if (same(key, "waivers"_L1)) {
            list(m_in, waivers, [&] {
                count(nWaivers, PlanLimit::Waivers);
                readWaiver();
            });
        } else {
            const QJsonValue v = m_in.value();
            m_plan.extra.insert(Pull::keyText(key), v);
        }
    });
    m_in.finish();
    if (!format || !version || !meta || !catalog)
        giveUp();
    return std::move(m_plan);
}

} // namespace

std::optional<Plan> streamPlanJson(const QByteArray &json)
{
    try {
        return PlanStream(json).read();
    } catch (const GiveUp &) {
        return std::nullopt;
    }
}

} // namespace tranche
