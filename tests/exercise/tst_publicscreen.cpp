// The public screen shows the room only what the room may see: at several
// points of the bundled DPRK exercise, no text of its widget tree (labels,
// list items and their tooltips, tooltips, the window title) holds a
// controller note, the title or synopsis of an inject not fired (or not
// addressed to all), or a decision's rationale or note; and its figures are
// the last played month's. The same holds for the text the screen paints when
// rendered (captured from every drawn text item, the chart's included: the
// machine has no OCR, so the painting itself is read).

#include "exercise/exercisesession.h"
#include "exercise/publicscreen.h"
#include "model/money.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPaintEngine>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

const QString kPackage =
    QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.json");
const QString kLog =
    QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.log.json");

// Every text a viewer of the widget tree can see.
QStringList visibleTexts(const QWidget *root)
{
    QStringList texts{root->windowTitle(), root->toolTip()};
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        texts << w->toolTip() << w->statusTip() << w->whatsThis();
        if (const auto *label = qobject_cast<const QLabel *>(w))
            texts << label->text();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            for (int r = 0; model && r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                        texts << model->index(r, c).data(role).toString();
        }
    }
    return texts;
}

// A paint engine that keeps the text of every text item drawn and nothing else.
class TextPaintEngine : public QPaintEngine
{
public:
    TextPaintEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawTextItem(const QPointF &, const QTextItem &item) override { texts << item.text(); }
    Type type() const override { return QPaintEngine::User; }
    QStringList texts;
};

// A 1280x720 surface at 96 dpi that paints through TextPaintEngine.
class TextDevice : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return &engine; }
    mutable TextPaintEngine engine;

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
            return 1280;
        case PdmHeight:
            return 720;
        case PdmWidthMM:
            return 338;
        case PdmHeightMM:
            return 190;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 96; // dpi
        }
    }
};

// The text the widget paints, its pieces joined by spaces (wrapped lines rejoined).
QString paintedText(QWidget *widget)
{
    TextDevice device;
    widget->render(&device);
    static const QRegularExpression space(u"\\s+"_s);
    return device.engine.texts.join(u' ').replace(space, u" "_s);
}

} // namespace

class TestPublicScreen : public QObject
{
    Q_OBJECT
private slots:
    void showsOnlyWhatTheRoomMaySee_data();
    void showsOnlyWhatTheRoomMaySee();
    void titleIsPlainText();
};

void TestPublicScreen::showsOnlyWhatTheRoomMaySee_data()
{
    QTest::addColumn<int>("decisions"); // the first N decisions of the bundled log
    for (const int n : {0, 1, 3, 4, 6, 8, 10, 11, 13})
        QTest::addRow("%d decisions", n) << n;
}

void TestPublicScreen::showsOnlyWhatTheRoomMaySee()
{
    QFETCH(int, decisions);
    QStringList errors;
    std::unique_ptr<ExerciseSession> full = ExerciseSession::open(kPackage, kLog, errors);
    QVERIFY2(full, qPrintable(errors.join(u'\n')));
    std::unique_ptr<ExerciseSession> session = ExerciseSession::open(kPackage, {}, errors);
    QVERIFY2(session, qPrintable(errors.join(u'\n')));
    ExerciseLog log = full->log();
    log.decisions = log.decisions.mid(0, decisions);
    log.ratings.clear();
    log.improvements.clear();
    QCOMPARE(session->setLog(log).size(), 0);

    PublicScreen screen(session.get());
    const QStringList texts = visibleTexts(&screen);
    const auto shown = [&texts](const QString &secret) {
        for (const QString &t : texts)
            if (!secret.isEmpty() && t.contains(secret))
                return true;
        return false;
    };

    QSet<int> public_;
    for (const auto &[month, index] : session->firedInjects())
        if (session->package().injects.at(index).audience.contains(u"all"_s))
            public_.insert(index);
    const QList<Inject> &injects = session->package().injects;
    for (int i = 0; i < injects.size(); ++i) {
        QVERIFY2(!shown(injects.at(i).controllerNotes), qPrintable(injects.at(i).id));
        QCOMPARE(shown(injects.at(i).title), public_.contains(i));
        if (!public_.contains(i))
            QVERIFY2(!shown(injects.at(i).synopsis), qPrintable(injects.at(i).id));
    }
    for (const Decision &d : full->log().decisions) {
        QVERIFY2(!shown(d.rationale), qPrintable(d.rationale));
        QVERIFY2(!shown(d.text), qPrintable(d.text));
    }

    const ExerciseMonth *last = session->lastPlayed(); // none before the first advance
    QCOMPARE(last == nullptr, decisions == 0);
    QVERIFY(texts.contains(formatMoney(last ? last->exposure : 0)));
    QVERIFY(texts.contains(formatMoney(last ? last->releasedCumulative : 0)));
    QVERIFY(texts.contains(session->package().caveat));

    // The painting: the figures and the caveat are read back, no secret is.
    screen.resize(1280, 720);
    const QString painted = paintedText(&screen);
    QVERIFY2(painted.contains(session->package().caveat), qPrintable(painted));
    QVERIFY2(painted.contains(formatMoney(last ? last->exposure : 0)), qPrintable(painted));
    static const QRegularExpression space(u"\\s+"_s);
    const auto painted_ = [&painted](QString secret) {
        secret.replace(space, u" "_s);
        // A long text may be wrapped or cut: its first words are enough.
        return !secret.isEmpty() && painted.contains(secret.left(24));
    };
    for (int i = 0; i < injects.size(); ++i) {
        QVERIFY2(!painted_(injects.at(i).controllerNotes), qPrintable(injects.at(i).id));
        if (!public_.contains(i)) {
            QVERIFY2(!painted_(injects.at(i).title), qPrintable(injects.at(i).id));
            QVERIFY2(!painted_(injects.at(i).synopsis), qPrintable(injects.at(i).id));
        }
    }
    for (const Decision &d : full->log().decisions) {
        QVERIFY2(!painted_(d.rationale), qPrintable(d.rationale));
        QVERIFY2(!painted_(d.text), qPrintable(d.text));
    }
}

// The package's title comes from a file: one that looks like markup is shown
// to the room as written, never as rich text (no <img> loaded, no <h1>).
void TestPublicScreen::titleIsPlainText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile bundled(kPackage);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonObject exercise = root.value(u"exercise"_s).toObject();
    const QString title = u"<h1>Drill</h1> <img src='x.png'> & <b>more</b>"_s;
    exercise.insert(u"title"_s, title);
    root.insert(u"exercise"_s, exercise);
    const QString path = dir.filePath(u"drill.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();

    QStringList errors;
    std::unique_ptr<ExerciseSession> session = ExerciseSession::open(path, {}, errors);
    QVERIFY2(session, qPrintable(errors.join(u'\n')));
    QCOMPARE(session->package().title, title);
    PublicScreen screen(session.get());
    screen.resize(1280, 720);
    const QString painted = paintedText(&screen);
    QVERIFY2(painted.contains(title), qPrintable(painted));
}

QTEST_MAIN(TestPublicScreen)
#include "tst_publicscreen.moc"
