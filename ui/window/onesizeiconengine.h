#pragma once
// An icon of Qt's own standard pixmaps that reads only the file of the size
// painted, when first painted. QStyle::standardIcon() reads every size of each
// icon (16, 32 and 128 pixels) the moment it is asked for; for the toolbar's
// five icons that was about 4 % of the editor's start (docs/performance.md,
// Startup). Same pixels, same sizes, same disabled and active looks.

#include <QIcon>
#include <QIconEngine>
#include <QList>
#include <QSize>
#include <QStyle>

namespace tranche {

class OneSizeIconEngine : public QIconEngine
{
public:
    // The files of one icon, by pixel size; read on first use.
    struct File
    {
        QSize size;
        QString path;
    };

    // style->standardIcon(pixmap, option, widget), reading one size at a time
    // where Qt takes it from its own files (the Fusion style, or a proxy over
    // it, without an icon theme); else exactly that call.
    static QIcon standardIcon(const QStyle *style, QStyle::StandardPixmap pixmap,
                              const QStyleOption *option = nullptr,
                              const QWidget *widget = nullptr);

    explicit OneSizeIconEngine(QList<File> files);

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override { return m_files.isEmpty(); }

private:
    // The file Qt would paint at `size`: the smallest at least as large, else the largest.
    const File &bestFile(const QSize &size) const;
    // The icon holding the files read so far, the one for `size` among them.
    const QIcon &iconFor(const QSize &size);

    QList<File> m_files;
    QList<QString> m_read;
    QIcon m_icon;
};

} // namespace tranche
