#pragma once

#include "session/SlotAdmin.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace pgrepl::ui {

class SlotTableModel;

// The slot manager: every slot of the server with its health, create, copy
// and drop, "Why is this slot stuck?" (SlotAdmin's diagnosis in readable
// sections), and a way to start inspecting a slot. All server work goes
// through the SlotAdmin it is given.
class SlotManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    struct CreateRequest
    {
        QString name;
        QString plugin = QStringLiteral("pgoutput");
        bool twoPhase = false;
    };
    struct CopyRequest
    {
        QString newName;
        bool temporary = false;
    };
    // The questions the dialog asks, replaceable so that tests answer them.
    using CreatePrompt = std::function<std::optional<CreateRequest>()>;
    using CopyPrompt = std::function<std::optional<CopyRequest>(const QString &source)>;
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;

    explicit SlotManagerDialog(SlotAdmin *admin, QWidget *parent = nullptr);

    void setCreatePrompt(CreatePrompt prompt) { m_createPrompt = std::move(prompt); }
    void setCopyPrompt(CopyPrompt prompt) { m_copyPrompt = std::move(prompt); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    SlotTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected slot's name, empty when none.
    QString selectedSlot() const;
    bool selectSlot(const QString &name);
    QString statusText() const;
    QString detailsText() const;

    // The question Drop asks, naming what will be lost.
    static QString dropQuestion(const SlotInfo &slot);
    // The diagnosis as HTML sections: findings, consumer, counters, holders.
    static QString diagnosisHtml(const SlotDiagnosis &diagnosis);

public slots:
    void refresh();
    void createSlot();
    void copySlot();
    void dropSlot();
    void diagnoseSlot();
    void inspectSlot();

signals:
    void inspectRequested(const QString &slotName, bool temporaryCopy);

private:
    void onSlotsRefreshed(const QList<pgrepl::SlotInfo> &slotList, qint64 maxSlotWalKeepSize);
    void onDiagnosis(const pgrepl::SlotDiagnosis &diagnosis);
    void onOperationFinished(const QString &message);
    void onFailed(const QString &message);
    void updateButtons();
    void setStatus(const QString &text, bool error);
    std::optional<CreateRequest> askCreate();
    std::optional<CopyRequest> askCopy(const QString &source);
    bool askConfirmation(const QString &title, const QString &text);

    SlotAdmin *m_admin = nullptr;
    SlotTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_drop = nullptr;
    QPushButton *m_why = nullptr;
    QPushButton *m_inspect = nullptr;
    QCheckBox *m_temporaryCopy = nullptr;
    QString m_lastOperation; // shown with the refresh it triggers
    CreatePrompt m_createPrompt;
    CopyPrompt m_copyPrompt;
    Confirmation m_confirm;
};

} // namespace pgrepl::ui
