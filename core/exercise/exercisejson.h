#pragma once
// Reading the exercise's JSON (the package's `exercise` member and the log) as
// untrusted input: typed field reads that record every problem with its JSON
// pointer and leave the default in place, so that all problems come at once.

#include "io/validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tranche {

// The translation context of the exercise's texts ("tranche", like the rest of core).
struct ExerciseText
{
    Q_DECLARE_TR_FUNCTIONS(tranche)
};

// Collects problems while reading fields of JSON objects.
class ExerciseJsonReader
{
public:
    QList<Problem> problems;

    void add(const QString &pointer, const QString &reason);

    // o[key], or nullopt when missing or null (a problem when required).
    std::optional<QJsonValue> field(const QJsonObject &o, const QString &base,
                                    QLatin1StringView key, bool required);
    // field() when it has the JSON type wanted, else nullopt (a value of another
    // type is a problem saying mustBe, marked with QT_TRANSLATE_NOOP).
    std::optional<QJsonValue> typed(const QJsonObject &o, const QString &base,
                                    QLatin1StringView key, bool required, QJsonValue::Type wanted,
                                    const char *mustBe);
    // typed() stored into out; false when there is no such value.
    template <typename T>
    bool value(const QJsonObject &o, const QString &base, QLatin1StringView key, bool required,
               QJsonValue::Type wanted, const char *mustBe, T &out);
    // The object at v, or nullopt with a problem at pointer.
    std::optional<QJsonObject> object(const QJsonValue &v, const QString &pointer);
    std::optional<QJsonArray> array(const QJsonObject &o, const QString &base,
                                    QLatin1StringView key, bool required = false);

    bool string(const QJsonObject &o, const QString &base, QLatin1StringView key, QString &out,
                bool required = false);
    // A required string that is not blank.
    bool text(const QJsonObject &o, const QString &base, QLatin1StringView key, QString &out);
    // A required id matching [a-z0-9._-]+ (or [A-Za-z0-9._-]+ when upper is true).
    bool id(const QJsonObject &o, const QString &base, QLatin1StringView key, QString &out,
            bool upper = false);
    bool boolean(const QJsonObject &o, const QString &base, QLatin1StringView key, bool &out);
    // A whole number in lo..hi.
    bool whole(const QJsonObject &o, const QString &base, QLatin1StringView key, qint64 &out,
               qint64 lo, qint64 hi, bool required = false);
    bool whole(const QJsonObject &o, const QString &base, QLatin1StringView key, int &out, int lo,
               int hi, bool required = false);
    // One of the strings in allowed; returns its index, or -1.
    int oneOf(const QJsonObject &o, const QString &base, QLatin1StringView key,
              const QStringList &allowed, bool required, int fallback);
};

// "in lo..hi" reasons and friends, shared by the readers.
QString rangeReason(qint64 lo, qint64 hi);
QString unknownReason(const QString &what, const QString &value);

} // namespace tranche
