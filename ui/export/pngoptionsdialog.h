#pragma once
// Asks for the pixel size and resolution of a PNG export: the kind's natural
// size at the chosen DPI by default, or a size of the user's own (the aspect
// kept while "Keep proportions" is on). Applies the choice to an Exporter.

#include "export/exporter.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace tranche {

class PngOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    PngOptionsDialog(Exporter &exporter, ExportKind kind, QWidget *parent = nullptr);

    QSize pixelSize() const;
    int dpi() const;
    // Sets the exporter's DPI, and its image size when it differs from the
    // natural size at that DPI.
    void apply();

    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QSpinBox *dpiBox() const { return m_dpi; }
    QCheckBox *keepProportions() const { return m_keep; }

    static constexpr int kMinDpi = 48;
    static constexpr int kMaxDpi = 600;
    static constexpr int kMaxPixels = 20000;

private:
    QSize naturalSize(int dpi) const;
    void dpiChanged(int dpi);
    void widthChanged(int width);
    void heightChanged(int height);

    Exporter &m_exporter;
    ExportKind m_kind;
    double m_aspect = 1; // width / height of the natural size
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QCheckBox *m_keep = nullptr;
    bool m_updating = false;
};

} // namespace tranche
