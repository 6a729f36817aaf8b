#include "panels/waiverdialog.h"

#include "panels/widgettexts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {
const QString kAuthorKey = u"waivers/author"_s;
}

WaiverDialog::WaiverDialog(const Finding &finding, QWidget *parent)
    : Retranslating(parent), m_finding(finding), m_phaseName(finding.phase),
      m_itemName(finding.item)
{
    m_findingLabel = new QLabel(this);
    m_findingLabel->setObjectName(u"waiverFinding"_s);
    m_findingLabel->setWordWrap(true);
    m_findingLabel->setTextFormat(Qt::PlainText);
    m_findingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(u"justification"_s);
    m_justification->setTabChangesFocus(true);
    m_author = new QLineEdit(this);
    m_author->setObjectName(u"author"_s);
    m_author->setText(defaultAuthor());
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);

    m_form = labelledForm(this, {m_justification, m_author, m_date});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WaiverDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WaiverDialog::reject);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &WaiverDialog::updateOk);
    connect(m_author, &QLineEdit::textChanged, this, &WaiverDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_findingLabel);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);

    retranslateUi();
    updateOk();
    m_justification->setFocus();
}

Waiver WaiverDialog::waiver() const
{
    Waiver w;
    w.rule = m_finding.rule;
    w.phase = m_finding.phase;
    w.item = m_finding.item;
    w.justification = m_justification->toPlainText().trimmed();
    w.author = m_author->text().trimmed();
    w.date = m_date->date();
    return w;
}

bool WaiverDialog::isComplete() const
{
    return !m_justification->toPlainText().trimmed().isEmpty() &&
           !m_author->text().trimmed().isEmpty();
}

void WaiverDialog::setPlaceNames(const QString &phase, const QString &item)
{
    m_phaseName = phase;
    m_itemName = item;
    retranslateUi();
}

void WaiverDialog::setJustification(const QString &text)
{
    m_justification->setPlainText(text);
}

void WaiverDialog::setAuthor(const QString &author)
{
    m_author->setText(author);
}

void WaiverDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

QString WaiverDialog::defaultAuthor()
{
    const QString stored = QSettings().value(kAuthorKey).toString();
    if (!stored.isEmpty())
        return stored;
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

void WaiverDialog::accept()
{
    if (!isComplete())
        return;
    QSettings().setValue(kAuthorKey, m_author->text().trimmed());
    QDialog::accept();
}

void WaiverDialog::retranslateUi()
{
    setWindowTitle(tr("Waive Finding"));
    QString where = m_finding.phase.isEmpty() ? tr("no phase") : m_phaseName;
    if (!m_finding.item.isEmpty())
        where = tr("%1, item %2").arg(where, m_itemName);
    m_findingLabel->setText(tr("%1 (%2): %3").arg(m_finding.rule, where, m_finding.message));
    setWidgetTexts({
        {m_form->labelForField(m_justification), tr("&Justification:"), {}, {}},
        {m_form->labelForField(m_author), tr("&Author:"), {}, {}},
        {m_form->labelForField(m_date), tr("&Date:"), {}, {}},
    });
    m_justification->setPlaceholderText(tr("Why this finding is accepted (required)"));
    m_justification->setAccessibleName(tr("Justification"));
    m_author->setPlaceholderText(tr("Who accepts this finding (required)"));
    m_author->setAccessibleName(tr("Author"));
    m_date->setAccessibleName(tr("Date"));
}

void WaiverDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

} // namespace tranche
