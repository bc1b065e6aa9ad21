#include "ui/BackgroundTask.h"

#include "data/Database.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace mm {

Status runInBackground(
    QWidget* parent, const Database& db, const QString& label,
    const std::function<Status(Database& connection, const TaskProgress& progress)>& work) {
    QProgressDialog dialog(label, QApplication::translate("mm::BackgroundTask", "Cancel"), 0, 1000,
                           parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    std::atomic<int> permille{0};
    std::atomic<bool> cancelled{false};
    Status result = Ok{};

    QThread* thread = QThread::create([&] {
        auto connection = db.openAnotherConnection();
        if (!connection) {
            result = connection.error();
            return;
        }
        const TaskProgress progress = [&](double share) {
            permille = static_cast<int>(share * 1000);
            return !cancelled.load();
        };
        result = work(**connection, progress);
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelled = true; });
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &dialog, [&] { dialog.setValue(permille.load()); });
    timer.start(100);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return result;
}

} // namespace mm
