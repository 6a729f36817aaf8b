#pragma once
// A paint device for tests that records every text drawn on it: the string,
// its font size in points as it lands on the device (the painter's scale
// included, 96 dpi like the exports' logical pixels) and where. Nothing is
// rasterised; shapes are ignored.

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QTextItem>

#include <cmath>

namespace tranche::texttest {

struct DrawnText
{
    QString text;
    double points = 0; // font size on the device
    QPointF at;        // device coordinates of the baseline start
};

class TextRecordingEngine : public QPaintEngine
{
public:
    TextRecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    // Shapes are ignored (the defaults of the others end in these two).
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPath(const QPainterPath &) override {}
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QFont font = item.font();
        const double px = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72;
        const double scale = std::sqrt(std::abs(m_transform.determinant()));
        texts.append({item.text(), px * scale * 72 / 96, m_transform.map(p)});
    }
    Type type() const override { return QPaintEngine::User; }

    QList<DrawnText> texts;

private:
    QTransform m_transform;
};

class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(const QSize &size) : m_size(size) {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QList<DrawnText> &texts() const { return m_engine.texts; }
    void clear() { m_engine.texts.clear(); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return int(m_size.width() * 25.4 / 96);
        case PdmHeightMM:
            return int(m_size.height() * 25.4 / 96);
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    QSize m_size;
    mutable TextRecordingEngine m_engine;
};

} // namespace tranche::texttest
