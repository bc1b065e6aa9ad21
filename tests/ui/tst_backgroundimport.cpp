// The window's imports run on a worker behind a progress dialog (startInBackground, as File ▸
// Import uses it). Pressing the dialog's Cancel stops a streaming economy import part-way, and
// the file keeps every byte of what it held.

#include "FileChecks.h"
#include "ResultChecks.h"
#include "core/EconomyConfig.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/Exchange.h"
#include "ui/shell/BackgroundTask.h"

#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <optional>

using namespace mm;
using namespace Qt::StringLiterals;

class TestBackgroundImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelledEconomyImportWritesNothing();
    void finishedEconomyImportReplacesTheEconomy();

private:
    QTemporaryDir m_dir;
    QString m_json;
    QByteArray m_importedExport;
};

void TestBackgroundImport::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto source = Database::open(m_dir.filePath(u"source.sqlite"_s));
    QVERIFY(source);
    GeneratorOptions options;
    // Enough records that the import is still running when the dialog appears (after 300 ms),
    // even in an optimised build: about 1.5 s of work.
    options.models = 20'000;
    options.buyers = 400;
    options.licenses = 2'000;
    options.usageCharges = false;
    options.seed = 17;
    MM_VERIFY_OK(generateEconomy(**source, EconomyConfig::defaults(), options));
    auto economy = exchange::exportEconomy(**source);
    MM_VERIFY_OK(economy);
    m_importedExport = exchange::economyJsonText(*economy);
    m_json = m_dir.filePath(u"economy.json"_s);
    QFile file(m_json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_importedExport), m_importedExport.size());
}

void TestBackgroundImport::cancelledEconomyImportWritesNothing() {
    const QString path = m_dir.filePath(u"target.sqlite"_s);
    auto target = Database::open(path);
    QVERIFY(target);
    GeneratorOptions small;
    small.models = 40;
    small.buyers = 10;
    small.licenses = 30;
    small.seed = 3;
    MM_VERIFY_OK(generateEconomy(**target, EconomyConfig::defaults(), small));
    auto before = exchange::exportEconomy(**target);
    MM_VERIFY_OK(before);

    QWidget window;
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Press Cancel as the user would, once the dialog is up and the import has made progress.
    bool pressed = false;
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, &window, [&] {
        for (QProgressDialog* dialog : window.findChildren<QProgressDialog*>()) {
            auto* cancel = dialog->findChild<QPushButton*>();
            if (dialog->isVisible() && dialog->value() > 0 && cancel && !pressed) {
                pressed = true;
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        }
    });
    watcher.start(20);
    const QString json = m_json;
    std::optional<Status> done;
    startInBackground(
        &window, **target, u"Importing the economy…"_s,
        [json](Database& connection, const TaskProgress& progress) {
            return exchange::importEconomyFile(connection, json, true, progress);
        },
        [&done](const Status& status) { done = status; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
    watcher.stop();
    QVERIFY(pressed);
    MM_VERIFY_RULE(*done, "cancelled");

    auto after = exchange::exportEconomy(**target);
    MM_VERIFY_OK(after);
    QCOMPARE(exchange::economyJsonText(*after), exchange::economyJsonText(*before));
    auto problems = (*target)->integrityProblems();
    MM_VERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
}

void TestBackgroundImport::finishedEconomyImportReplacesTheEconomy() {
    auto target = Database::open(m_dir.filePath(u"finished.sqlite"_s));
    QVERIFY(target);
    QWidget window;
    const QString json = m_json;
    std::optional<Status> done;
    startInBackground(
        &window, **target, u"Importing the economy…"_s,
        [json](Database& connection, const TaskProgress& progress) {
            return exchange::importEconomyFile(connection, json, true, progress);
        },
        [&done](const Status& status) { done = status; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
    MM_VERIFY_OK(*done);
    auto after = exchange::exportEconomy(**target);
    MM_VERIFY_OK(after);
    QCOMPARE(exchange::economyJsonText(*after), m_importedExport);
}

QTEST_MAIN(TestBackgroundImport)
#include "tst_backgroundimport.moc"
