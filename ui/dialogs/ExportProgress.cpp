#include "dialogs/ExportProgress.h"

#include "export/ExportJob.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

namespace pgrepl::ui {

namespace {

constexpr int kBarSteps = 1000; // the bar's range: totals may not fit an int

int countForTr(qint64 n)
{
    return int(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

ExportProgress::ExportProgress(ExportJob *job, QWidget *parent) : QDialog(parent), m_job(job)
{
    setWindowTitle(tr("Export"));
    m_label = new QLabel(tr("Exporting…"), this);
    m_label->setObjectName(QStringLiteral("status"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, kBarSteps);
    m_bar->setValue(0);
    m_button = new QPushButton(tr("Cancel"), this);
    m_button->setObjectName(QStringLiteral("cancelOrClose"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addLayout(buttons);
    setMinimumWidth(420);

    connect(m_job, &ExportJob::progress, this, &ExportProgress::onProgress);
    connect(m_job, &ExportJob::finished, this, &ExportProgress::onFinished);
    connect(m_button, &QPushButton::clicked, this, &ExportProgress::onButton);
    if (m_job->isFinished())
        onFinished(m_job->result());
}

ExportProgress::~ExportProgress() = default;

QString ExportProgress::statusText() const
{
    return m_label->text();
}

QString ExportProgress::summary(const ExportResult &result, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    if (result.cancelled)
        return tr("Export cancelled: nothing was written to %1.").arg(where);
    if (!result.ok)
        return tr("Export failed: %1").arg(result.error);
    QString text = tr("Wrote %n record(s) to %1.", nullptr, countForTr(result.records)).arg(where);
    if (result.skipped > 0) {
        text += QLatin1Char('\n')
            + tr("Skipped %n change(s) this format cannot hold; the first because: %1", nullptr,
                countForTr(result.skipped))
                  .arg(result.firstSkipReason);
    }
    return text;
}

void ExportProgress::reject()
{
    if (!m_done) {
        onButton();
        return;
    }
    QDialog::reject();
}

void ExportProgress::onProgress(qint64 done, qint64 total)
{
    if (m_done || m_job->isCancelRequested())
        return;
    const QLocale locale;
    m_label->setText(tr("Exporting %1 of %2…").arg(locale.toString(done), locale.toString(total)));
    m_bar->setValue(total > 0 ? int(std::min(done, total) * kBarSteps / total) : 0);
}

void ExportProgress::onFinished(const ExportResult &result)
{
    m_done = true;
    if (result.ok)
        m_bar->setValue(kBarSteps);
    m_label->setText(summary(result, m_job->path()));
    m_button->setText(tr("Close"));
    m_button->setEnabled(true);
}

void ExportProgress::onButton()
{
    if (m_done) {
        accept();
        return;
    }
    m_job->cancel();
    m_label->setText(tr("Cancelling…"));
    m_button->setEnabled(false);
}

} // namespace pgrepl::ui
