#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pgrepl {
class ExportJob;
struct ExportResult;
} // namespace pgrepl

namespace pgrepl::ui {

// Shows an ExportJob running ("Exporting N of M..."), cancels it on Cancel
// (or on closing the window), and at the end says what was written and
// skipped, or why nothing was. Close then dismisses it.
class ExportProgress final : public QDialog
{
    Q_OBJECT

public:
    // job may already be running. It must stay alive until it has emitted
    // finished(); after that the dialog no longer touches it.
    explicit ExportProgress(ExportJob *job, QWidget *parent = nullptr);
    ~ExportProgress() override;

    QString statusText() const;
    bool isDone() const { return m_done; }
    QPushButton *button() const { return m_button; } // Cancel, then Close

    // The closing line for a result of an export to path.
    static QString summary(const ExportResult &result, const QString &path);

    // While the job runs: asks it to stop and stays open until it has.
    void reject() override;

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(const ExportResult &result);
    void onButton();

    ExportJob *m_job;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_button = nullptr;
    bool m_done = false;
};

} // namespace pgrepl::ui
