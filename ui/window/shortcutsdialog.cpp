#include "window/shortcutsdialog.h"

#include "window/closablecontent.h"

#include <QAction>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tranche {

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    setClosableContent(this, m_table);
    resize(560, 560);
}

QString ShortcutsDialog::commandText(const QAction *action)
{
    QString text = action->text();
    text.remove(u"..."_s);
    // "&&" is a literal '&'; a single '&' marks the mnemonic.
    text.replace(u"&&"_s, u"\u0001"_s).remove(u'&').replace(u'\u0001', u'&');
    return text.trimmed();
}

QString ShortcutsDialog::keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(u", "_s);
}

void ShortcutsDialog::setActions(const QList<QAction *> &actions)
{
    QList<QPair<QString, QString>> rows;
    QSet<const QAction *> seen;
    for (const QAction *a : actions) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        rows.append({commandText(a), keysText(a)});
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto &l, const auto &r) { return l.first.localeAwareCompare(r.first) < 0; });
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        m_table->setItem(r, 1, new QTableWidgetItem(rows.at(r).second));
    }
}

} // namespace tranche
