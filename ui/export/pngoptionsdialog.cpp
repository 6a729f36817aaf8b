#include "export/pngoptionsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

namespace tranche {

PngOptionsDialog::PngOptionsDialog(Exporter &exporter, ExportKind kind, QWidget *parent)
    : QDialog(parent), m_exporter(exporter), m_kind(kind)
{
    setWindowTitle(tr("PNG Image Options"));
    auto *form = new QFormLayout(this);

    m_dpi = new QSpinBox(this);
    m_dpi->setRange(kMinDpi, kMaxDpi);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(std::clamp(exporter.dpi(), kMinDpi, kMaxDpi));
    m_dpi->setAccessibleName(tr("Resolution in dots per inch"));
    form->addRow(tr("&Resolution:"), m_dpi);

    m_width = new QSpinBox(this);
    m_width->setRange(16, kMaxPixels);
    m_width->setSuffix(tr(" px"));
    m_width->setAccessibleName(tr("Image width in pixels"));
    form->addRow(tr("&Width:"), m_width);
    m_height = new QSpinBox(this);
    m_height->setRange(16, kMaxPixels);
    m_height->setSuffix(tr(" px"));
    m_height->setAccessibleName(tr("Image height in pixels"));
    form->addRow(tr("&Height:"), m_height);
    m_keep = new QCheckBox(tr("&Keep proportions"), this);
    m_keep->setChecked(true);
    form->addRow(QString(), m_keep);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, Qt::Horizontal, this);
    QPushButton *reset = buttons->addButton(tr("&Natural Size"), QDialogButtonBox::ResetRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, [this] { dpiChanged(m_dpi->value()); });
    connect(m_dpi, &QSpinBox::valueChanged, this, &PngOptionsDialog::dpiChanged);
    connect(m_width, &QSpinBox::valueChanged, this, &PngOptionsDialog::widthChanged);
    connect(m_height, &QSpinBox::valueChanged, this, &PngOptionsDialog::heightChanged);

    const QSize natural = naturalSize(m_dpi->value());
    m_aspect = natural.height() > 0 ? double(natural.width()) / natural.height() : 1;
    dpiChanged(m_dpi->value());
}

QSize PngOptionsDialog::naturalSize(int dpi) const
{
    // The exporter's own rule for the kind at `dpi`, without a size of the user's.
    Exporter &e = m_exporter;
    const int oldDpi = e.dpi();
    const QSize oldSize = e.customImageSize();
    e.setDpi(dpi);
    e.setImageSize(QSize());
    const QSize size = e.imageSize(m_kind);
    e.setDpi(oldDpi);
    e.setImageSize(oldSize);
    return size;
}

void PngOptionsDialog::dpiChanged(int dpi)
{
    const QSize natural = naturalSize(dpi);
    m_updating = true;
    m_width->setValue(std::min(natural.width(), kMaxPixels));
    m_height->setValue(std::min(natural.height(), kMaxPixels));
    m_updating = false;
}

void PngOptionsDialog::widthChanged(int width)
{
    if (m_updating || !m_keep->isChecked())
        return;
    const QSignalBlocker block(m_height);
    m_height->setValue(int(std::lround(width / m_aspect)));
}

void PngOptionsDialog::heightChanged(int height)
{
    if (m_updating || !m_keep->isChecked())
        return;
    const QSignalBlocker block(m_width);
    m_width->setValue(int(std::lround(height * m_aspect)));
}

QSize PngOptionsDialog::pixelSize() const
{
    return QSize(m_width->value(), m_height->value());
}

int PngOptionsDialog::dpi() const
{
    return m_dpi->value();
}

void PngOptionsDialog::apply()
{
    const QSize natural = naturalSize(dpi());
    m_exporter.setDpi(dpi());
    m_exporter.setImageSize(pixelSize() == natural ? QSize() : pixelSize());
}

} // namespace tranche
