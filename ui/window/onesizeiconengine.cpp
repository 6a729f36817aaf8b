#include "window/onesizeiconengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// Qt's own files of `pixmap` (in Qt Widgets' resources) with their sizes, or none.
QList<OneSizeIconEngine::File> qtFiles(QStyle::StandardPixmap pixmap, bool rtl)
{
    QString base;
    QList<QSize> sizes{{16, 16}, {32, 32}, {128, 128}};
    switch (pixmap) {
    case QStyle::SP_FileIcon:
        base = u"file"_s;
        break;
    case QStyle::SP_DialogOpenButton:
        base = u"standardbutton-open"_s;
        break;
    case QStyle::SP_DialogSaveButton:
        base = u"standardbutton-save"_s;
        break;
    case QStyle::SP_ArrowBack:
        base = rtl ? u"right"_s : u"left"_s;
        break;
    case QStyle::SP_ArrowForward:
        base = rtl ? u"left"_s : u"right"_s;
        break;
    case QStyle::SP_ToolBarHorizontalExtensionButton:
        base = rtl ? u"toolbar-ext-h-rtl"_s : u"toolbar-ext-h"_s;
        sizes = {{8, 5}, {16, 10}, {32, 20}};
        break;
    case QStyle::SP_ToolBarVerticalExtensionButton:
        base = u"toolbar-ext-v"_s;
        sizes = {{5, 8}, {10, 16}, {20, 32}};
        break;
    case QStyle::SP_LineEditClearButton: // Qt reads one size of this one
        base = u"cleartext"_s;
        sizes = {{16, 16}};
        break;
    default:
        return {};
    }
    QList<OneSizeIconEngine::File> files;
    for (const QSize &size : sizes) { // the files are named by their width
        const QString path =
            u":/qt-project.org/styles/commonstyle/images/%1-%2.png"_s.arg(base).arg(size.width());
        if (QFile::exists(path))
            files.append({size, path});
    }
    return files;
}

// The style a proxy style draws with, through every proxy.
const QStyle *baseOf(const QStyle *style)
{
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style;
}

int area(const QSize &size)
{
    return size.width() * size.height();
}

} // namespace

QIcon OneSizeIconEngine::standardIcon(const QStyle *style, QStyle::StandardPixmap pixmap,
                                      const QStyleOption *option, const QWidget *widget)
{
    const bool rtl =
        (option ? option->direction : QGuiApplication::layoutDirection()) == Qt::RightToLeft;
    QList<File> files = qtFiles(pixmap, rtl);
    // Another style, or an icon theme, draws its own icons: asked as before.
    if (files.isEmpty() || baseOf(style)->name() != "fusion"_L1 || !QIcon::themeName().isEmpty())
        return style->standardIcon(pixmap, option, widget);
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
        // Read as PNG, and only as PNG: QIcon::addFile() (and a reader left to
        // detect the format) would first ask every image format plugin whether
        // it knows the file, loading them all.
        QImageReader reader(file.path, "png");
        reader.setAutoDetectImageFormat(false);
        m_icon.addPixmap(QPixmap::fromImage(reader.read()));
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
