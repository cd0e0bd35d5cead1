#pragma once

#include "export/Exporter.h"

#include <QDialog>

#include <functional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pgrepl::ui {

// What the user chose to export. The caller adds what the session knows
// (user types, time zone, capture header) and hands it to an ExportJob.
struct ExportRequest
{
    QString path;
    ExportFormat format = ExportFormat::Jsonl;
    ExportSelection selection;
};

// The events each scope would export, as the window sees them when the
// dialog opens (store event indices, any order).
struct ExportScopes
{
    std::vector<quint32> selected; // the selected rows (a transaction row: all its events)
    std::vector<quint32> filtered; // the rows the filter shows
    std::vector<quint32> marked;
    qsizetype everything = 0; // events in the store
};

// Asks for an export's format, scope and output file: each scope shows its
// event count and is disabled when empty, the file's extension follows the
// format, and replacing an existing file needs a confirmation.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Scope : quint8 { Selected, Filtered, Marked, Everything };

    // The initial scope is the filtered rows, else everything, else the
    // first scope that has events.
    explicit ExportDialog(ExportScopes scopes, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    Scope scope() const;
    // Ignored for a scope with no events.
    void setScope(Scope scope);
    bool isScopeEnabled(Scope scope) const;
    qsizetype scopeCount(Scope scope) const;
    QString path() const;
    void setPath(const QString &path);

    // The choice as it stands; the path gets the format's extension when it
    // has none.
    ExportRequest request() const;

    // Asked before replacing an existing file; the default asks with a
    // message box. Returning false keeps the dialog open.
    void setOverwriteConfirmation(std::function<bool(const QString &path)> confirm);

    static QString defaultSuffix(ExportFormat format); // without the dot
    static QString fileFilter(ExportFormat format);

    void accept() override;

private:
    void onFormatChanged();
    void browse();
    void updateOk();
    QString normalisedPath() const;
    QRadioButton *button(Scope scope) const;

    ExportScopes m_scopes;
    QComboBox *m_format = nullptr;
    QButtonGroup *m_scopeGroup = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ExportFormat m_lastFormat = ExportFormat::Jsonl;
    std::function<bool(const QString &)> m_confirmOverwrite;
};

} // namespace pgrepl::ui
