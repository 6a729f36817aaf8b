#include "exercise/packageeditor.h"

#include "document/plandocument.h"
#include "exercise/caveatbanner.h"
#include "exercise/exerciselogfile.h"
#include "exercise/exercisepackage.h"
#include "exercise/packagecommands.h"
#include "exercise/packagetablemodel.h"
#include "model/safetext.h"
#include "panels/namedwidget.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// An editor that turns red with the reason while its text would be refused.
class CheckedDelegate : public QStyledItemDelegate
{
public:
    CheckedDelegate(PackageTableModel *model, QObject *parent)
        : QStyledItemDelegate(parent), m_model(model)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setObjectName(u"cellEditor"_s);
            const QPersistentModelIndex at(index);
            connect(line, &QLineEdit::textChanged, line, [this, line, at](const QString &text) {
                const QString problem = m_model->cellProblem(at, text);
                line->setStyleSheet(problem.isEmpty() ? QString() : u"background: #fed7d7;"_s);
                line->setToolTip(plainToolTip(problem));
            });
        }
        return editor;
    }

private:
    PackageTableModel *m_model;
};

} // namespace

PackageEditor::PackageEditor(PlanDocument *doc, bool readOnly, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Exercise package - MSEL and objectives"));
    m_injects = new PackageTableModel(doc, PackageTableModel::Kind::Injects, this);
    m_objectives = new PackageTableModel(doc, PackageTableModel::Kind::Objectives, this);
    m_injects->setReadOnly(readOnly);
    m_objectives->setReadOnly(readOnly);
    auto *layout = new QVBoxLayout(this);
    const QJsonValue caveat = exerciseMember(doc->plan()).value("caveat"_L1);
    layout->addWidget(
        new CaveatBanner(caveat.isString() ? caveat.toString() : ExercisePackage().caveat, this));
    if (readOnly) {
        auto *note = new QLabel(tr("This exercise has been played: the package and the plan are "
                                   "read-only. Start a new run from a copy (File > Save As)."),
                                this);
        note->setObjectName(u"readOnlyNote"_s);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildPage(m_injects, m_injectView), tr("MSEL (injects)"));
    tabs->addTab(buildPage(m_objectives, m_objectiveView), tr("Objectives"));
    layout->addWidget(tabs, 1);
    m_problems = new QLabel(this);
    m_problems->setTextFormat(Qt::PlainText); // problems quote the package's text
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(u"color: #c53030;"_s);
    layout->addWidget(m_problems);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    connect(m_injects, &QAbstractItemModel::modelReset, this, &PackageEditor::refreshProblems);
    refreshProblems();
    resize(1100, 560);
}

QWidget *PackageEditor::buildPage(PackageTableModel *model, QTableView *&view)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    view = new QTableView(page);
    view->setModel(model);
    view->setItemDelegate(new CheckedDelegate(model, view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    layout->addWidget(view, 1);
    auto *add = namedButton(page, tr("&Add"), u"add"_s);
    auto *remove = namedButton(page, tr("&Remove"), u"remove"_s);
    add->setEnabled(!model->isReadOnly());
    remove->setEnabled(!model->isReadOnly());
    QHBoxLayout *buttons = leftAlignedRow({add, remove});
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [model, view] {
        if (model->insertRows(model->rowCount(), 1))
            view->selectRow(model->rowCount() - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this, model, view] {
        if (view->currentIndex().isValid() && !model->removeRows(view->currentIndex().row(), 1))
            m_problems->setText(tr("Not removed: %1").arg(model->refusal()));
    });
    return page;
}

void PackageEditor::refreshProblems()
{
    QStringList lines;
    for (const Problem &p : m_injects->packageProblems())
        lines << p.pointer + u": "_s + p.reason;
    m_problems->setText(lines.join(u'\n'));
}

QString PackageEditor::problemsText() const
{
    return m_problems->text();
}

bool PackageEditor::isPlayed(const QString &planFile)
{
    if (planFile.isEmpty())
        return false;
    QFile file(exerciseLogPath(planFile));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonArray decisions =
        QJsonDocument::fromJson(file.readAll()).object().value("decisions"_L1).toArray();
    for (const QJsonValue &d : decisions)
        if (d.toObject().value("type"_L1).toString() == "advance"_L1)
            return true;
    return false;
}

} // namespace tranche
