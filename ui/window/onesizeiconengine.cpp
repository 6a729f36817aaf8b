#include "window/onesizeiconengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// The name of Qt's own files of `pixmap` (in Qt Widgets' resources), or empty.
QString fileBase(QStyle::StandardPixmap pixmap)
{
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    switch (pixmap) {
    case QStyle::SP_FileIcon:
        return u"file"_s;
    case QStyle::SP_DialogOpenButton:
        return u"standardbutton-open"_s;
    case QStyle::SP_DialogSaveButton:
        return u"standardbutton-save"_s;
    case QStyle::SP_ArrowBack:
        return rtl ? u"right"_s : u"left"_s;
    case QStyle::SP_ArrowForward:
        return rtl ? u"left"_s : u"right"_s;
    default:
        return {};
    }
}

int area(const QSize &size)
{
    return size.width() * size.height();
}

} // namespace

QIcon OneSizeIconEngine::standardIcon(const QStyle *style, QStyle::StandardPixmap pixmap)
{
    const QString base = fileBase(pixmap);
    // Another style, or an icon theme, draws its own icons: asked as before.
    if (base.isEmpty() || style->name() != "fusion"_L1 || !QIcon::themeName().isEmpty())
        return style->standardIcon(pixmap);
    QList<File> files;
    for (const int side : {16, 32, 128}) {
        const QString path =
            u":/qt-project.org/styles/commonstyle/images/%1-%2.png"_s.arg(base).arg(side);
        if (QFile::exists(path))
            files.append({QSize(side, side), path});
    }
    if (files.isEmpty())
        return style->standardIcon(pixmap);
    return QIcon(new OneSizeIconEngine(std::move(files)));
}

OneSizeIconEngine::OneSizeIconEngine(QList<File> files) : m_files(std::move(files)) {}

const OneSizeIconEngine::File &OneSizeIconEngine::bestFile(const QSize &size) const
{
    const int wanted = area(size);
    const File *best = &m_files.first();
    for (const File &f : m_files) {
        const int a = area(f.size);
        const int b = area(best->size);
        if (std::min(a, b) >= wanted ? a < b : a > b)
            best = &f;
    }
    return *best;
}

const QIcon &OneSizeIconEngine::iconFor(const QSize &size)
{
    const File &file = bestFile(size);
    if (!m_read.contains(file.path)) {
        m_icon.addFile(file.path, file.size);
        m_read.append(file.path);
    }
    return m_icon;
}

QPixmap OneSizeIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // A ratio of 1: `size` is in device pixels already, as for any icon engine.
    return iconFor(size).pixmap(size, 1.0, mode, state);
}

void OneSizeIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                              QIcon::State state)
{
    const QPaintDevice *device = painter->device();
    const qreal ratio = device ? device->devicePixelRatio() : qApp->devicePixelRatio();
    painter->drawPixmap(rect, scaledPixmap(rect.size() * ratio, mode, state, ratio));
}

QSize OneSizeIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    QSize actual = bestFile(size).size;
    if (actual.width() > size.width() || actual.height() > size.height())
        actual.scale(size, Qt::KeepAspectRatio);
    return actual;
}

QList<QSize> OneSizeIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    QList<QSize> sizes;
    if (mode == QIcon::Normal && state == QIcon::Off) {
        for (const File &f : m_files)
            sizes.append(f.size);
    }
    return sizes;
}

QIconEngine *OneSizeIconEngine::clone() const
{
    return new OneSizeIconEngine(*this);
}

QString OneSizeIconEngine::key() const
{
    return u"OneSizeIconEngine"_s;
}

} // namespace tranche
