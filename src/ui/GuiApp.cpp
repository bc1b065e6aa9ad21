#include "ui/GuiApp.h"

#include "data/DefaultDatabase.h"
#include "ui/CheckedOpen.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"

#include <QApplication>
#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

namespace mm {

namespace {

QString databaseArgument(const QStringList& arguments, const Preferences& preferences) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--db") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (!arguments.at(i).startsWith(u'-') &&
            (i == 1 || arguments.at(i - 1) != QStringLiteral("--db")))
            return arguments.at(i);
    }
    return preferences.defaultDatabasePath.isEmpty() ? defaultDatabasePath()
                                                     : preferences.defaultDatabasePath;
}

} // namespace

int runGui(QApplication& app, const QStringList& arguments) {
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/modelmarket.svg")));
    const Preferences preferences = Preferences::load();
    preferences.apply();
    QString path = databaseArgument(arguments, preferences);
    for (;;) {
        auto db =
            openCheckingEveryPage(nullptr, path, [&path] { return openOrCreate(path, true); });
        if (db) {
            MainWindow window(std::move(*db));
            window.show();
            return app.exec();
        }
        // Nothing was changed on disk; let the user pick another file rather than just quitting.
        QMessageBox box(
            QMessageBox::Critical, QApplication::translate("mm::GuiApp", "Cannot open database"),
            QApplication::translate("mm::GuiApp", "ModelMarket cannot open %1.").arg(path));
        box.setInformativeText(db.error().toString());
        QPushButton* other = box.addButton(QApplication::translate("mm::GuiApp", "Open Another…"),
                                           QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton*>(other))
            return 1;
        path = QFileDialog::getOpenFileName(
            nullptr, QApplication::translate("mm::GuiApp", "Open Database"), {},
            QApplication::translate("mm::GuiApp",
                                    "ModelMarket databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return 1;
    }
}

} // namespace mm
