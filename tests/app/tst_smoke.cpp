#include "CliRunner.h"
#include "data/DefaultDatabase.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace mm;

// The application starts offscreen and shows its main window on a fresh database.
class TestSmoke : public QObject {
    Q_OBJECT

private slots:
    void mainWindowShows() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("smoke.sqlite"));
        auto db = openOrCreate(path, true);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("smoke.sqlite")));
        QVERIFY(window.menuBar()->actions().size() >= 2);
        QVERIFY(window.grab().width() > 0);
    }

    void binaryVersionWithoutDisplay() {
        const CliResult result = runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral(MODELMARKET_VERSION)));
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
