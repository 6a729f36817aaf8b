#pragma once
// Help > Keyboard Shortcuts: a table of the window's commands and their keys,
// generated from the QActions themselves (text and shortcuts), so it stays true
// when a shortcut or a translation changes.

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace tranche {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // Lists `actions` that have a shortcut, one row each (command, keys), sorted by
    // command; an action listed twice (a menu and a toolbar) is shown once.
    void setActions(const QList<QAction *> &actions);
    QTableWidget *table() const { return m_table; }

    // An action's text as a menu shows it, without the mnemonic's '&' and the "...".
    static QString commandText(const QAction *action);
    // Every shortcut of an action, in the platform's notation, comma-separated.
    static QString keysText(const QAction *action);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace tranche
