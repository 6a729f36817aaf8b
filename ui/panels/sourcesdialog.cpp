#include "panels/sourcesdialog.h"

#include "document/plandocument.h"
#include "document/sourcecommands.h"
#include "models/sourcetablemodel.h"
#include "panels/namedwidget.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

SourcesDialog::SourcesDialog(PlanDocument *document, QWidget *parent)
    : Retranslating<QDialog>(parent), m_doc(document)
{
    setObjectName(u"SourcesDialog"_s);
    m_model = new SourceTableModel(document, this);
    auto *layout = new QVBoxLayout(this);
    m_intro = named<QLabel>(this, u"sourcesIntro"_s);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = named<QTableView>(this, u"sourcesTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setWordWrap(false);         // one line a source: more of them in sight
    m_table->horizontalHeader()->setSectionResizeMode(SourceTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SourceTableModel::UrlColumn,
                                                      QHeaderView::Stretch);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    m_add = named<QPushButton>(this, u"sourcesAdd"_s);
    m_remove = named<QPushButton>(this, u"sourcesRemove"_s);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    layout->addLayout(leftAlignedRow({m_add, m_remove}));
    m_citers = named<QLabel>(this, u"sourcesCiters"_s);
    m_citers->setWordWrap(true);
    m_citers->setTextFormat(Qt::PlainText);
    layout->addWidget(m_citers);
    m_problem = named<QLabel>(this, u"sourcesProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_buttons);

    // Undo and redo of the document's stack while the dialog has the keyboard.
    const auto stackAction = [this](QKeySequence::StandardKey key, void (QUndoStack::*step)()) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, step] {
            if (m_doc && !m_readOnly)
                (m_doc->undoStack()->*step)();
        });
        addAction(action);
    };
    stackAction(QKeySequence::Undo, &QUndoStack::undo);
    stackAction(QKeySequence::Redo, &QUndoStack::redo);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &SourcesDialog::addSource);
    connect(m_remove, &QPushButton::clicked, this, &SourcesDialog::removeSource);
    connect(m_model, &SourceTableModel::refused, this, &SourcesDialog::showProblem);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SourcesDialog::updateCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesDialog::updateCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SourcesDialog::updateCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SourcesDialog::updateCurrent);
    if (document) // an edit made (or undone) answers the last refusal
        connect(document->undoStack(), &QUndoStack::indexChanged, m_problem, &QWidget::hide);
    resize(900, 420);
    retranslateUi();
}

void SourcesDialog::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    m_model->setReadOnly(readOnly);
    updateCurrent();
}

void SourcesDialog::addSource()
{
    if (m_readOnly || !m_doc)
        return;
    const int row = int(m_doc->plan().meta.sources.size());
    m_doc->undoStack()->push(new AddSourceCommand(m_doc, newSource(m_doc->plan().meta.sources)));
    m_table->setCurrentIndex(m_model->index(row, SourceTableModel::IdColumn));
    m_table->setFocus(Qt::OtherFocusReason);
}

void SourcesDialog::removeSource()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_readOnly || !m_doc || !current.isValid())
        return;
    const QString id = m_doc->plan().meta.sources.at(current.row()).id;
    const QStringList citers = sourceCiters(m_doc->plan(), id);
    if (citers.isEmpty()) {
        removeSourceNow(id);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove Source"),
        tr("%n catalog entr(y/ies) cite(s) %1:", nullptr, int(citers.size())).arg(id),
        QMessageBox::NoButton, this);
    box->setObjectName(u"removeCitedSource"_s);
    box->setInformativeText(
        citers.join(u'\n') + u"\n\n"_s +
        tr("Their source texts stay as written and will cite a source the plan does not have."));
    QPushButton *remove = box->addButton(tr("&Remove Anyway"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove)
            removeSourceNow(id);
    });
    box->open();
}

void SourcesDialog::removeSourceNow(const QString &id)
{
    const QList<Source> &sources = m_doc->plan().meta.sources;
    for (int i = 0; i < sources.size(); ++i) {
        if (sources.at(i).id == id) {
            m_doc->undoStack()->push(new RemoveSourceCommand(m_doc, i));
            return;
        }
    }
}

void SourcesDialog::showProblem(const QString &pointer, const QString &reason)
{
    m_problem->setText(tr("Not changed: %1 (%2)").arg(reason, pointer));
    m_problem->show();
}

void SourcesDialog::updateCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && current.isValid());
    if (m_readOnly) {
        m_citers->setText(m_readOnlyReason);
        return;
    }
    if (!current.isValid() || !m_doc) {
        m_citers->clear();
        return;
    }
    const QString id = m_doc->plan().meta.sources.at(current.row()).id;
    const QStringList citers = sourceCiters(m_doc->plan(), id);
    m_citers->setText(citers.isEmpty() ? tr("No catalog entry cites %1.").arg(id)
                                       : tr("Cited by: %1").arg(citers.join(u", "_s)));
}

bool SourcesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            addSource();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeSource();
            return true;
        }
    }
    return Retranslating<QDialog>::eventFilter(watched, event);
}

void SourcesDialog::retranslateUi()
{
    setWindowTitle(tr("Sources"));
    m_intro->setText(
        tr("The plan's bibliography, numbered in the briefing report. A catalog item cites "
           "sources by id at the start of its source text, e.g. \"S1;S2 - 2016 exports\". An id "
           "is one or more of A-Z, a-z, 0-9, '.', '_' and '-', and unique."));
    m_table->setAccessibleName(tr("Sources"));
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add a source (Insert)"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the current source (Delete)"));
    m_citers->setAccessibleName(tr("Catalog entries citing the source"));
    m_problem->setAccessibleName(tr("Source input error"));
    updateCurrent();
}

} // namespace tranche
