#pragma once

// Waiting for the main window's areas and dialogs without fixed sleeps: an area is settled once
// its background reads have arrived (and the revenue charts are drawn); a dialog is grabbed as
// soon as it is shown and always closed, so a modal exec() cannot hang a run. Shared by
// tst_screenshots and tools/take_screenshots.

#include "models/CatalogModel.h"
#include "models/LicenseTableModel.h"
#include "models/ListingTableModel.h"
#include "ui/revenue/RevenueArea.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <functional>

namespace mm::settling {

// True when nothing `area` shows is still being read.
inline bool isSettled(const QWidget& area) {
    for (const CatalogModel* model : area.findChildren<CatalogModel*>()) {
        if (!model->isRowCountKnown() || model->isLoading() ||
            (model->rowCount() > 0 && !model->isRowLoaded(0)))
            return false;
    }
    for (const ListingTableModel* model : area.findChildren<ListingTableModel*>()) {
        if (model->isLoading())
            return false;
    }
    for (const LicenseTableModel* model : area.findChildren<LicenseTableModel*>()) {
        if (model->isLoading())
            return false;
    }
    if (const auto* revenue = qobject_cast<const RevenueArea*>(&area))
        return revenue->loadsDrawn() >= 1 && !revenue->isLoading();
    return true;
}

// Arms a check on the event loop: the next modal dialog is passed to `grab` once it is shown,
// then rejected (or closed). `given up` runs instead when none appears within `timeoutMs`.
inline void onNextDialog(QObject* context, std::function<void(QWidget&)> grab,
                         std::function<void()> givenUp, int timeoutMs = 30000) {
    auto* poll = new QTimer(context);
    poll->setInterval(10);
    auto* deadline = new QTimer(poll);
    deadline->setSingleShot(true);
    deadline->start(timeoutMs);
    QObject::connect(deadline, &QTimer::timeout, poll, [poll, givenUp] {
        poll->deleteLater();
        givenUp();
    });
    QObject::connect(poll, &QTimer::timeout, context, [poll, grab] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        grab(*dialog);
        if (auto* asDialog = qobject_cast<QDialog*>(dialog))
            asDialog->reject();
        else
            dialog->close();
    });
    poll->start();
}

} // namespace mm::settling
