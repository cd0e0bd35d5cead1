#include "dialogs/ExportDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <array>
#include <limits>

namespace pgrepl::ui {

namespace {

constexpr std::array kFormats {ExportFormat::Jsonl, ExportFormat::Csv, ExportFormat::Sql,
    ExportFormat::RawPgoutput, ExportFormat::Pgcap};
constexpr std::array kScopes {ExportDialog::Scope::Selected, ExportDialog::Scope::Filtered,
    ExportDialog::Scope::Marked, ExportDialog::Scope::Everything};

int countForTr(qsizetype n)
{
    return int(std::min<qsizetype>(n, std::numeric_limits<int>::max()));
}

} // namespace

ExportDialog::ExportDialog(ExportScopes scopes, QWidget *parent)
    : QDialog(parent), m_scopes(std::move(scopes))
{
    setWindowTitle(tr("Export"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (const ExportFormat f : kFormats) {
        QString label;
        switch (f) {
        case ExportFormat::Jsonl:
            label = tr("JSON lines (wal2json format-version 2)");
            break;
        case ExportFormat::Csv:
            label = tr("CSV");
            break;
        case ExportFormat::Sql:
            label = tr("SQL statements");
            break;
        case ExportFormat::RawPgoutput:
            label = tr("Raw pgoutput (as pg_recvlogical -f writes)");
            break;
        case ExportFormat::Pgcap:
            label = tr("pgcap capture");
            break;
        }
        m_format->addItem(label, int(f));
    }

    auto *scopeBox = new QGroupBox(tr("Events"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_scopeGroup = new QButtonGroup(this);
    for (const Scope s : kScopes) {
        const int n = countForTr(scopeCount(s));
        QString text;
        QString name;
        switch (s) {
        case Scope::Selected:
            text = tr("Selected rows (%n event(s))", nullptr, n);
            name = QStringLiteral("scopeSelected");
            break;
        case Scope::Filtered:
            text = tr("Rows the filter shows (%n event(s))", nullptr, n);
            name = QStringLiteral("scopeFiltered");
            break;
        case Scope::Marked:
            text = tr("Marked rows (%n event(s))", nullptr, n);
            name = QStringLiteral("scopeMarked");
            break;
        case Scope::Everything:
            text = tr("Everything (%n event(s))", nullptr, n);
            name = QStringLiteral("scopeEverything");
            break;
        }
        auto *radio = new QRadioButton(text, scopeBox);
        radio->setObjectName(name);
        radio->setEnabled(n > 0);
        m_scopeGroup->addButton(radio, int(s));
        scopeLayout->addWidget(radio);
    }
    for (const Scope s : {Scope::Filtered, Scope::Everything, Scope::Selected, Scope::Marked}) {
        if (isScopeEnabled(s)) {
            button(s)->setChecked(true);
            break;
        }
    }

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("File to write"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    // A row that is a layout gets no buddy from addRow: the label's
    // accelerator needs one to reach the path field.
    auto *outputLabel = new QLabel(tr("&Output:"), this);
    outputLabel->setBuddy(m_path);
    form->addRow(outputLabel, pathRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scopeBox);
    layout->addWidget(m_buttons);

    m_confirmOverwrite = [this](const QString &path) {
        return QMessageBox::question(this, tr("Replace file"),
                   tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    connect(m_scopeGroup, &QButtonGroup::idToggled, this, &ExportDialog::updateOk);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateOk();
}

ExportDialog::~ExportDialog() = default;

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scopeGroup->checkedId());
}

void ExportDialog::setScope(Scope scope)
{
    if (isScopeEnabled(scope))
        button(scope)->setChecked(true);
}

bool ExportDialog::isScopeEnabled(Scope scope) const
{
    return scopeCount(scope) > 0;
}

qsizetype ExportDialog::scopeCount(Scope scope) const
{
    switch (scope) {
    case Scope::Selected:
        return qsizetype(m_scopes.selected.size());
    case Scope::Filtered:
        return qsizetype(m_scopes.filtered.size());
    case Scope::Marked:
        return qsizetype(m_scopes.marked.size());
    case Scope::Everything:
        return m_scopes.everything;
    }
    return 0;
}

QString ExportDialog::path() const
{
    return m_path->text();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.path = normalisedPath();
    r.format = format();
    switch (scope()) {
    case Scope::Selected:
        r.selection = ExportSelection::events(m_scopes.selected);
        break;
    case Scope::Filtered:
        r.selection = ExportSelection::events(m_scopes.filtered);
        break;
    case Scope::Marked:
        r.selection = ExportSelection::events(m_scopes.marked);
        break;
    case Scope::Everything:
        r.selection = ExportSelection::all();
        break;
    }
    return r;
}

void ExportDialog::setOverwriteConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirmOverwrite = std::move(confirm);
}

QString ExportDialog::defaultSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Jsonl:
        return QStringLiteral("jsonl");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Sql:
        return QStringLiteral("sql");
    case ExportFormat::RawPgoutput:
        return QStringLiteral("bin");
    case ExportFormat::Pgcap:
        return QStringLiteral("pgcap");
    }
    return {};
}

QString ExportDialog::fileFilter(ExportFormat format)
{
    QString first;
    switch (format) {
    case ExportFormat::Jsonl:
        first = tr("JSON lines (*.jsonl)");
        break;
    case ExportFormat::Csv:
        first = tr("CSV files (*.csv)");
        break;
    case ExportFormat::Sql:
        first = tr("SQL files (*.sql)");
        break;
    case ExportFormat::RawPgoutput:
        first = tr("pg_recvlogical output (*.bin)");
        break;
    case ExportFormat::Pgcap:
        first = tr("Captures (*.pgcap)");
        break;
    }
    return first + QStringLiteral(";;") + tr("All files (*)");
}

void ExportDialog::accept()
{
    const QString target = normalisedPath();
    if (target.isEmpty() || m_scopeGroup->checkedId() < 0)
        return;
    if (QFileInfo(target).isDir()) {
        QMessageBox::warning(this, tr("Export"),
            tr("%1 is a folder: choose a file name.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (QFileInfo::exists(target) && m_confirmOverwrite && !m_confirmOverwrite(target))
        return;
    m_path->setText(target);
    QDialog::accept();
}

void ExportDialog::onFormatChanged()
{
    // A path that ends in the previous format's extension follows the new
    // one; an extension the user typed for their own reasons stays.
    const QString text = m_path->text();
    const QString oldSuffix = QLatin1Char('.') + defaultSuffix(m_lastFormat);
    if (text.endsWith(oldSuffix, Qt::CaseInsensitive)) {
        m_path->setText(
            text.left(text.size() - oldSuffix.size()) + QLatin1Char('.') + defaultSuffix(format()));
    }
    m_lastFormat = format();
}

void ExportDialog::browse()
{
    QFileDialog dialog(this, tr("Export to"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // accept() asks before replacing, once, whichever way the path came.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setNameFilter(fileFilter(format()));
    dialog.setDefaultSuffix(defaultSuffix(format()));
    if (!m_path->text().isEmpty())
        dialog.selectFile(m_path->text());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_path->setText(dialog.selectedFiles().constFirst());
}

void ExportDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_path->text().trimmed().isEmpty() && m_scopeGroup->checkedId() >= 0);
}

QString ExportDialog::normalisedPath() const
{
    const QString text = m_path->text().trimmed();
    if (text.isEmpty())
        return {};
    const QFileInfo info(text);
    if (info.isDir() || !info.suffix().isEmpty())
        return text;
    return text + QLatin1Char('.') + defaultSuffix(format());
}

QRadioButton *ExportDialog::button(Scope scope) const
{
    return static_cast<QRadioButton *>(m_scopeGroup->button(int(scope)));
}

} // namespace pgrepl::ui
