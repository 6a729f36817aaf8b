#include "exercise/exercisejson.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

bool isUpperId(const QString &s)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._-]+$"_s);
    return re.match(s).hasMatch();
}

} // namespace

QString rangeReason(qint64 lo, qint64 hi)
{
    return QCoreApplication::translate("tranche", "must be a whole number from %1 to %2")
        .arg(lo)
        .arg(hi);
}

QString unknownReason(const QString &what, const QString &value)
{
    return QCoreApplication::translate("tranche", "unknown %1 \"%2\"").arg(what, value);
}

void ExerciseJsonReader::add(const QString &pointer, const QString &reason)
{
    problems.append({pointer, reason});
}

std::optional<QJsonValue> ExerciseJsonReader::field(const QJsonObject &o, const QString &base,
                                                    QLatin1StringView key, bool required)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd() || it->isNull()) {
        if (required)
            add(base + u'/' + key, it == o.constEnd()
                                       ? ExerciseText::tr("required field is missing")
                                       : ExerciseText::tr("required field is null"));
        return std::nullopt;
    }
    return *it;
}

std::optional<QJsonObject> ExerciseJsonReader::object(const QJsonValue &v, const QString &pointer)
{
    if (!v.isObject()) {
        add(pointer, ExerciseText::tr("must be an object"));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonValue> ExerciseJsonReader::typed(const QJsonObject &o, const QString &base,
                                                    QLatin1StringView key, bool required,
                                                    QJsonValue::Type wanted, const char *mustBe)
{
    const auto v = field(o, base, key, required);
    if (!v || v->type() == wanted)
        return v;
    add(base + u'/' + key, ExerciseText::tr(mustBe));
    return std::nullopt;
}

template <typename T>
bool ExerciseJsonReader::value(const QJsonObject &o, const QString &base, QLatin1StringView key,
                               bool required, QJsonValue::Type wanted, const char *mustBe, T &out)
{
    const auto v = typed(o, base, key, required, wanted, mustBe);
    if (v)
        out = v->toVariant().value<T>();
    return v.has_value();
}

std::optional<QJsonArray> ExerciseJsonReader::array(const QJsonObject &o, const QString &base,
                                                    QLatin1StringView key, bool required)
{
    const auto v = typed(o, base, key, required, QJsonValue::Array,
                         QT_TRANSLATE_NOOP("tranche", "must be a list"));
    return v ? std::optional<QJsonArray>(v->toArray()) : std::nullopt;
}

bool ExerciseJsonReader::string(const QJsonObject &o, const QString &base, QLatin1StringView key,
                                QString &out, bool required)
{
    return value(o, base, key, required, QJsonValue::String,
                 QT_TRANSLATE_NOOP("tranche", "must be a string"), out);
}

bool ExerciseJsonReader::text(const QJsonObject &o, const QString &base, QLatin1StringView key,
                              QString &out)
{
    if (!string(o, base, key, out, true))
        return false;
    if (out.trimmed().isEmpty()) {
        add(base + u'/' + key, ExerciseText::tr("must not be blank"));
        return false;
    }
    return true;
}

bool ExerciseJsonReader::id(const QJsonObject &o, const QString &base, QLatin1StringView key,
                            QString &out, bool upper)
{
    if (!string(o, base, key, out, true))
        return false;
    if (upper ? !isUpperId(out) : !isValidId(out)) {
        add(base + u'/' + key, upper ? ExerciseText::tr("must match [A-Za-z0-9._-]+")
                                     : ExerciseText::tr("must match [a-z0-9._-]+"));
        return false;
    }
    return true;
}

bool ExerciseJsonReader::boolean(const QJsonObject &o, const QString &base, QLatin1StringView key,
                                 bool &out)
{
    return value(o, base, key, false, QJsonValue::Bool,
                 QT_TRANSLATE_NOOP("tranche", "must be true or false"), out);
}

bool ExerciseJsonReader::whole(const QJsonObject &o, const QString &base, QLatin1StringView key,
                               qint64 &out, qint64 lo, qint64 hi, bool required)
{
    const auto v = field(o, base, key, required);
    if (!v)
        return false;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(lo) ||
        d > double(hi)) {
        add(base + u'/' + key, rangeReason(lo, hi));
        return false;
    }
    out = qint64(d);
    return true;
}

bool ExerciseJsonReader::whole(const QJsonObject &o, const QString &base, QLatin1StringView key,
                               int &out, int lo, int hi, bool required)
{
    qint64 v = 0;
    if (!whole(o, base, key, v, lo, hi, required))
        return false;
    out = int(v);
    return true;
}

int ExerciseJsonReader::oneOf(const QJsonObject &o, const QString &base, QLatin1StringView key,
                              const QStringList &allowed, bool required, int fallback)
{
    QString s;
    if (!string(o, base, key, s, required))
        return fallback;
    const int index = int(allowed.indexOf(s));
    if (index < 0) {
        add(base + u'/' + key,
            QCoreApplication::translate("tranche", "must be one of %1").arg(allowed.join(u", "_s)));
        return -1;
    }
    return index;
}

} // namespace tranche
