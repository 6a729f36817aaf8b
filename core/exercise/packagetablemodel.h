#pragma once
// The MSEL (the package's injects, in order) or the package's objectives as
// an editable table over the open plan's `exercise` member. Cells are checked
// as typed with the package rules (cellProblem(): the reasons the package
// reader would give for that cell); an accepted edit is one SetExerciseCommand
// on the document's undo stack, and so are adding and removing a row. Effects
// and options are kept as they are. Read-only once the exercise is played.

#include "io/problem.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace tranche {

class PlanDocument;

class PackageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Injects, Objectives };
    enum InjectColumn { InjectId, InjectTitle, Trigger, Audience, Synopsis, ControllerNotes };
    enum ObjectiveColumn { ObjectiveId, ObjectiveTitle, Metrics };

    PackageTableModel(PlanDocument *doc, Kind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Refused (false) when cellProblem() names a problem; else one undo command.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Appends rows with fresh ids (one undo command); row must be rowCount().
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    // Refused (false, refusal() says why) when the package would gain a problem
    // (an inject that a later one follows); else one undo command.
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    // Why the last removal was refused ("POINTER: reason"; "" when it was not).
    QString refusal() const { return m_refusal; }

    // Why text would be refused in the cell ("" when it is fine): the package
    // reader's reasons at the cell's JSON pointer, checked on the package as
    // it would be with the cell changed.
    QString cellProblem(const QModelIndex &index, const QString &text) const;
    // Every problem of the package as it stands ("/exercise/...: reason").
    QList<Problem> packageProblems() const;
    // The JSON pointer of a cell ("/exercise/injects/2/trigger").
    QString pointer(const QModelIndex &index) const;

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

private:
    QLatin1StringView listKey() const;
    QLatin1StringView columnKey(int column) const;
    QJsonArray rows() const;
    // The member with the cell set from text; nullopt when text is not even
    // of the cell's form (problem says why).
    std::optional<QJsonObject> withCell(const QModelIndex &index, const QString &text,
                                        QString *problem) const;
    void push(const QJsonArray &rows, const QString &text);
    QString freshId(const QJsonArray &rows, int n) const;

    PlanDocument *m_doc;
    Kind m_kind;
    bool m_readOnly = false;
    QString m_refusal;
};

} // namespace tranche
