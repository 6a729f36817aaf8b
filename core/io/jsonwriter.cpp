#include "io/jsonwriter.h"

#include <QJsonArray>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace tranche {

void JsonWriter::beginObject(Layout layout)
{
    const bool inherited = !m_open.isEmpty() && m_open.last().oneLine;
    open('{', inherited || layout == Layout::OneLine);
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[', !m_open.isEmpty() && m_open.last().oneLine);
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(QStringView k)
{
    separator();
    writeString(k);
    out += ": ";
}

void JsonWriter::key(QLatin1StringView k)
{
    separator();
    out += '"';
    out += QByteArrayView(k.data(), k.size());
    out += "\": ";
}

void JsonWriter::element()
{
    separator();
}

void JsonWriter::field(QLatin1StringView k, const QString &v)
{
    key(k);
    writeString(v);
}

void JsonWriter::field(QLatin1StringView k, double v)
{
    key(k);
    out += formatNumber(v);
}

void JsonWriter::field(QLatin1StringView k, bool v)
{
    key(k);
    out += v ? "true" : "false";
}

void JsonWriter::field(QLatin1StringView k, const QJsonValue &v)
{
    key(k);
    value(v);
}

void JsonWriter::fieldOrNull(QLatin1StringView k, const QString &v)
{
    key(k);
    if (v.isEmpty())
        out += "null";
    else
        writeString(v);
}

void JsonWriter::extras(const QJsonObject &extra, const QList<QLatin1StringView> &known)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        const QString k = it.key();
        if (std::any_of(known.begin(), known.end(), [&k](QLatin1StringView n) { return k == n; }))
            continue; // never write a field twice: the reader would keep the second
        key(QStringView(k));
        value(it.value());
    }
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        // Qt keeps whole numbers that fit in 64 bits as integers: keep them exact.
        if (v.toVariant().userType() == QMetaType::LongLong)
            out += QByteArray::number(v.toInteger());
        else
            out += formatNumber(v.toDouble());
        break;
    case QJsonValue::String:
        writeString(v.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        const bool scalars = std::none_of(
            a.begin(), a.end(), [](const QJsonValue &e) { return e.isArray() || e.isObject(); });
        if (scalars) {
            out += '[';
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (i > 0)
                    out += ", ";
                value(a.at(i));
            }
            out += ']';
        } else {
            beginArray();
            for (const QJsonValue &e : a) {
                element();
                value(e);
            }
            endArray();
        }
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        beginObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            key(QStringView(it.key()));
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

QByteArray JsonWriter::formatNumber(double d)
{
    if (!std::isfinite(d))
        return "null";
    if (d == std::floor(d) && std::fabs(d) <= 9007199254740992.0)
        return QByteArray::number(qint64(d));
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::writeString(QStringView s)
{
    out += '"';
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += s.mid(run, i - run).toUtf8();
        run = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += QByteArray::number(int(c), 16).rightJustified(2, '0');
            break;
        }
    }
    out += s.mid(run).toUtf8();
    out += '"';
}

void JsonWriter::open(char c, bool oneLine)
{
    out += c;
    m_open.append({true, oneLine});
}

void JsonWriter::close(char c)
{
    const Container closing = m_open.takeLast();
    if (!closing.empty && !closing.oneLine) {
        out += '\n';
        indent();
    }
    out += c;
}

void JsonWriter::separator()
{
    Container &c = m_open.last();
    if (!c.empty)
        out += c.oneLine ? ", " : ",";
    c.empty = false;
    if (!c.oneLine) {
        out += '\n';
        indent();
    }
}

void JsonWriter::indent()
{
    out.append(2 * m_open.size(), ' ');
}

} // namespace tranche
