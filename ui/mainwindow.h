#pragma once
// The editor window: one open PlanDocument with its timeline, catalog
// palette, inspector, findings and charts.

#include <QMainWindow>

#include <memory>

namespace tranche {

class PlanDocument;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens FILE (or a ":/scenarios/..." resource). On failure shows the reason and
    // keeps the current document; returns false.
    bool openFile(const QString &path);
    PlanDocument *document() const { return m_doc.get(); }

private:
    void updateTitle();
    void updateSummary();

    std::unique_ptr<PlanDocument> m_doc;
    class QLabel *m_summary = nullptr;
};

} // namespace tranche
