#pragma once
// Helps a pane fit a laptop's narrow, short dock: table rows of the text's
// height with a number of them always in sight, combos a few characters wide
// (their list shows every entry whole), and tool buttons that show only their
// icon (their tooltip says what they do) while the pane is too narrow for their
// text, other widgets (labels beside self-explaining combos) hidden then too.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QComboBox;
class QTableView;
class QToolButton;
class QWidget;

namespace tranche {

class LaptopFit : public QObject
{
    Q_OBJECT
public:
    static void compactRows(QTableView *view, int rowsInSight);
    static void shortCombo(QComboBox *combo, int chars);
    // `pane` (laid out: call it once the pane has its layout) may get narrower than
    // its row of `buttons` with their texts: below that width they show their icon
    // only and `spare` widgets are hidden. The fit is a child of `pane`.
    static LaptopFit *iconsWhenNarrow(QWidget *pane, const QList<QToolButton *> &buttons,
                                      const QList<QWidget *> &spare = {});

    bool iconsOnly() const { return m_iconsOnly; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LaptopFit(QWidget *pane, const QList<QToolButton *> &buttons, const QList<QWidget *> &spare);
    void setIconsOnly(bool on);
    int narrowedWidth() const; // of the buttons, and the spare widgets while shown
    void measure();

    QWidget *m_pane = nullptr;
    QList<QPointer<QToolButton>> m_buttons;
    QList<QPointer<QWidget>> m_spare;
    bool m_iconsOnly = false;
    int m_textNeed = 0; // the pane's minimum width with the buttons' texts
};

} // namespace tranche
