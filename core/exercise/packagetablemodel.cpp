#include "exercise/packagetablemodel.h"

#include "document/plandocument.h"
#include "exercise/exercisepackage.h"
#include "exercise/packagecommands.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// A list cell ("negotiators, counterpart") as a JSON array of strings.
QJsonArray listFromText(const QString &text)
{
    QJsonArray list;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    return list;
}

QString textFromValue(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << e.toVariant().toString();
        return parts.join(u", "_s);
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toString();
}

} // namespace

PackageTableModel::PackageTableModel(PlanDocument *doc, Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc), m_kind(kind)
{
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(doc, &PlanDocument::extraChanged, this, reset);
    connect(doc, &PlanDocument::changed, this, [reset](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Reset)
            reset();
    });
}

QLatin1StringView PackageTableModel::listKey() const
{
    return m_kind == Kind::Injects ? "injects"_L1 : "objectives"_L1;
}

QLatin1StringView PackageTableModel::columnKey(int column) const
{
    static const QLatin1StringView injects[] = {"id"_L1,       "title"_L1,    "trigger"_L1,
                                                "audience"_L1, "synopsis"_L1, "controllerNotes"_L1};
    static const QLatin1StringView objectives[] = {"id"_L1, "title"_L1, "metrics"_L1};
    return m_kind == Kind::Injects ? injects[column] : objectives[column];
}

QJsonArray PackageTableModel::rows() const
{
    return exerciseMember(m_doc->plan()).value(listKey()).toArray();
}

int PackageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int PackageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_kind == Kind::Injects ? 6 : 3);
}

QVariant PackageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject row = rows().at(index.row()).toObject();
    const QLatin1StringView key = columnKey(index.column());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (!row.contains(key) && key == "audience"_L1)
            return u"all"_s; // the default
        return textFromValue(row.value(key));
    }
    if (role == Qt::ToolTipRole) {
        QStringList reasons;
        for (const Problem &p : packageProblems())
            if (p.pointer == pointer(index) || p.pointer.startsWith(pointer(index) + u'/'))
                reasons << p.reason;
        return reasons.isEmpty() ? QVariant() : QVariant(reasons.join(u'\n'));
    }
    return {};
}

QVariant PackageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (m_kind == Kind::Objectives) {
        const QString names[] = {tr("Id"), tr("Title"), tr("Figures (X1..X8)")};
        return section < 3 ? names[section] : QString();
    }
    const QString names[] = {tr("Id"),       tr("Title"),    tr("Trigger (JSON)"),
                             tr("Audience"), tr("Synopsis"), tr("Controller notes")};
    return section < 6 ? names[section] : QString();
}

Qt::ItemFlags PackageTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QString PackageTableModel::pointer(const QModelIndex &index) const
{
    return u"/exercise/%1/%2/%3"_s.arg(listKey()).arg(index.row()).arg(columnKey(index.column()));
}

std::optional<QJsonObject> PackageTableModel::withCell(const QModelIndex &index,
                                                       const QString &text, QString *problem) const
{
    QJsonValue value = text;
    const QLatin1StringView key = columnKey(index.column());
    if (key == "trigger"_L1) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (!doc.isObject()) {
            *problem = tr("a trigger is a JSON object such as {\"at\": 6} or {\"manual\": true}");
            return std::nullopt;
        }
        value = doc.object();
    } else if (key == "audience"_L1 || key == "metrics"_L1) {
        value = listFromText(text);
    }
    QJsonObject member = exerciseMember(m_doc->plan());
    QJsonArray list = member.value(listKey()).toArray();
    QJsonObject row = list.at(index.row()).toObject();
    if ((key == "synopsis"_L1 || key == "controllerNotes"_L1) && text.isEmpty())
        row.remove(key);
    else
        row.insert(key, value);
    list.replace(index.row(), row);
    member.insert(listKey(), list);
    return member;
}

QString PackageTableModel::cellProblem(const QModelIndex &index, const QString &text) const
{
    QString problem;
    const std::optional<QJsonObject> member = withCell(index, text, &problem);
    if (!member)
        return problem;
    const QString at = pointer(index);
    QStringList reasons;
    // The reader names a repeated id on the later row only; here on either.
    const QJsonArray list = rows();
    for (qsizetype i = 0; index.column() == 0 && i < list.size(); ++i)
        if (i != index.row() && list.at(i).toObject().value("id"_L1).toString() == text) {
            reasons << (m_kind == Kind::Injects ? tr("inject %1 has this id already")
                                                : tr("objective %1 has this id already"))
                           .arg(i + 1);
            break;
        }
    for (const Problem &p : readExercisePackage(*member, &m_doc->plan()).problems)
        if (p.pointer == at || p.pointer.startsWith(at + u'/'))
            reasons << p.reason;
    return reasons.join(u"; "_s);
}

QList<Problem> PackageTableModel::packageProblems() const
{
    return readExercisePackage(exerciseMember(m_doc->plan()), &m_doc->plan()).problems;
}

bool PackageTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString text = value.toString();
    if (text == data(index, Qt::EditRole).toString())
        return true;
    QString problem;
    const std::optional<QJsonObject> member = withCell(index, text, &problem);
    if (!member || !cellProblem(index, text).isEmpty())
        return false;
    const QString id = rows().at(index.row()).toObject().value("id"_L1).toString();
    const QString what = headerData(index.column(), Qt::Horizontal).toString();
    m_doc->undoStack()->push(new SetExerciseCommand(
        m_doc, *member,
        m_kind == Kind::Injects ? tr("Edit inject %1: %2").arg(id, what)
                                : tr("Edit objective %1: %2").arg(id, what)));
    return true;
}

QString PackageTableModel::freshId(const QJsonArray &list, int n) const
{
    QSet<QString> taken;
    for (const QJsonValue &v : list)
        taken.insert(v.toObject().value("id"_L1).toString());
    const QString pattern = m_kind == Kind::Injects ? u"inject-%1"_s : u"OBJ-%1"_s;
    while (taken.contains(pattern.arg(n)))
        ++n;
    return pattern.arg(n);
}

void PackageTableModel::push(const QJsonArray &list, const QString &text)
{
    QJsonObject member = exerciseMember(m_doc->plan());
    member.insert(listKey(), list);
    m_doc->undoStack()->push(new SetExerciseCommand(m_doc, member, text));
}

bool PackageTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (m_readOnly || parent.isValid() || row != rowCount() || count < 1 ||
        exerciseMember(m_doc->plan()).isEmpty())
        return false;
    QJsonArray list = rows();
    for (int i = 0; i < count; ++i) {
        const QString id = freshId(list, int(list.size()) + 1);
        if (m_kind == Kind::Injects)
            list.append(QJsonObject{{u"id"_s, id},
                                    {u"title"_s, tr("New inject")},
                                    {u"trigger"_s, QJsonObject{{u"manual"_s, true}}}});
        else
            list.append(QJsonObject{{u"id"_s, id},
                                    {u"title"_s, tr("New objective")},
                                    {u"metrics"_s, QJsonArray{u"X6"_s}}});
    }
    push(list, m_kind == Kind::Injects ? tr("Add %n inject(s)", nullptr, count)
                                       : tr("Add %n objective(s)", nullptr, count));
    return true;
}

bool PackageTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (m_readOnly || parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    m_refusal.clear();
    QJsonArray list = rows();
    for (int i = 0; i < count; ++i)
        list.removeAt(row);
    QJsonObject member = exerciseMember(m_doc->plan());
    member.insert(listKey(), list);
    const QList<Problem> after = readExercisePackage(member, &m_doc->plan()).problems;
    if (after.size() > packageProblems().size()) {
        m_refusal = after.constFirst().pointer + u": "_s + after.constFirst().reason;
        return false;
    }
    push(list, m_kind == Kind::Injects ? tr("Remove %n inject(s)", nullptr, count)
                                       : tr("Remove %n objective(s)", nullptr, count));
    return true;
}

void PackageTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace tranche
