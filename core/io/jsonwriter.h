#pragma once
// Writes JSON text in the caller's field order (QJsonDocument sorts keys):
// two-space indentation, objects either one field per line or all on one line,
// arrays of scalars on one line, whole numbers as integers, numbers in their
// shortest exact form. Deterministic: the same calls give the same bytes.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <initializer_list>

namespace tranche {

// Builds indented JSON text with a fixed field order.
class JsonWriter
{
public:
    enum class Layout { Lines, OneLine };

    QByteArray out;

    void beginObject(Layout layout = Layout::Lines);
    void endObject();
    void beginArray();
    void endArray();

    void key(QStringView k);
    void key(QLatin1StringView k); // a field name of the format: nothing to escape
    void element();                // before each element of an array

    void field(QLatin1StringView k, const QString &v);
    void field(QLatin1StringView k, double v);
    void field(QLatin1StringView k, bool v);
    void field(QLatin1StringView k, const QJsonValue &v);
    void fieldOrNull(QLatin1StringView k, const QString &v); // null when v is empty

    // The keys of extra that are not in known, in QJsonObject's (sorted) order.
    void extras(const QJsonObject &extra, const QList<QLatin1StringView> &known);

    void value(const QJsonValue &v);
    void writeString(QStringView s);
    // Whole numbers up to 2^53 as integers, others in their shortest exact form;
    // null for NaN and infinities, which JSON cannot hold.
    static QByteArray formatNumber(double d);

private:
    struct Container
    {
        bool empty = true;
        bool oneLine = false;
    };
    QList<Container> m_open;

    void open(char c, bool oneLine);
    void close(char c);
    void separator();
    void indent();
};

} // namespace tranche
