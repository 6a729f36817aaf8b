#pragma once
// The plan's bibliography (plan.sources) as an editable table: one row per
// source, one column per field, and a read-only column counting the catalog
// entries that cite it. Every edit of a cell is one undo command pushed on the
// document's stack; an id the plan reader would refuse is not pushed but
// reported (refused()). Follows the document's changes row by row.

#include "model/plan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

namespace tranche {

class PlanDocument;
struct ChangeEvent;

// The catalog entries (items, then actions) whose source text cites `sourceId`,
// each as "name (id)".
QStringList sourceCiters(const Plan &plan, const QString &sourceId);

class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TitleColumn,
        PublisherColumn,
        YearColumn,
        UrlColumn,
        CitedByColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SourceTableModel(PlanDocument *document, QObject *parent = nullptr);

    // Read-only: no cell is editable (a played exercise's plan).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // An edit was not made: where the reader would report it, and why.
    void refused(const QString &pointer, const QString &reason);

private:
    void onDocumentChanged(const ChangeEvent &event);
    // Brings the rows in line with the document's sources, row by row.
    void sync();
    void countCiters();

    QPointer<PlanDocument> m_doc;
    QList<Source> m_sources; // as the rows show them
    QHash<QString, QStringList> m_citers;
    bool m_readOnly = false;
};

} // namespace tranche
