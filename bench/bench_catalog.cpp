// The catalog model on a million models: how soon the first rows show, how long jumps, sorts
// and a text filter take, how much memory it holds and how long the GUI thread ever stalls.
// First, the window as `modelmarket FILE` opens it (CheckedOpen's openForWindow, MainWindow,
// offscreen): how soon its catalog shows the first rows, and how soon every page is checked and
// editing available.
//
//   bench_catalog [FILE]   (default /tmp/modelmarket-bench-1m.sqlite; generated when missing)
//
// A 5 ms timer on the main thread records the largest gap between its ticks while the model
// works: that is the longest the GUI would have been frozen. Prints a table and PASS/MISS per
// target; exits 1 when a target is missed, 3 when the file cannot be made or opened.

#include "core/EconomyConfig.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/ModelRepository.h"
#include "models/CatalogModel.h"
#include "ui/catalog/CatalogArea.h"
#include "ui/shell/CheckedOpen.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

using namespace mm;

namespace {

constexpr qint64 kModels = 1'000'000;
constexpr int kTimeoutMs = 60'000;

void print(const QString& text) {
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// kB from a /proc/self/status line ("VmHWM:   123456 kB"), or -1.
qint64 procStatusKb(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').front().toLongLong();
    }
    return -1;
}

// Linux: writing 5 to clear_refs resets VmHWM, so generating the file does not count.
bool resetPeakRss() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// The longest gap between the ticks of a 5 ms timer on this thread, while armed.
class StallMeter : public QObject {
public:
    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstNs = std::max(m_worstNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start() {
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    // Also counts the gap still open now (a stall at the very end).
    double worstMs() const {
        const qint64 open = m_clock.isValid() ? m_clock.nsecsElapsed() - m_lastNs : 0;
        return static_cast<double>(std::max(m_worstNs, open)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
};

// Runs the event loop until `done` holds, polling each millisecond; false on timeout.
bool waitUntil(const std::function<bool()>& done) {
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, [&] { loop.exit(1); });
    poll.start();
    return loop.exec() == 0;
}

// What a view does for a visible row: ask data() until the row is there.
bool waitForRow(CatalogModel& model, int row) {
    return waitUntil([&] {
        if (row >= model.rowCount())
            return false;
        static_cast<void>(model.data(model.index(row, 0)));
        return model.isRowLoaded(row);
    });
}

struct Figure {
    QString what;
    double ms = 0;
    double targetMs = 0; // 0: informational
    bool ok = true;      // the operation finished at all
};

QString formatRow(const Figure& figure) {
    const QString verdict = !figure.ok                    ? QStringLiteral("TIMEOUT")
                            : figure.targetMs <= 0        ? QStringLiteral("-")
                            : figure.ms < figure.targetMs ? QStringLiteral("PASS")
                                                          : QStringLiteral("MISS");
    const QString target = figure.targetMs > 0
                               ? QStringLiteral("< %1 ms").arg(figure.targetMs, 0, 'f', 0)
                               : QStringLiteral("");
    return QStringLiteral("%1 %2 %3 %4")
        .arg(figure.what, -44)
        .arg(QString::number(figure.ms, 'f', 1), 10)
        .arg(target, 12)
        .arg(verdict, 8);
}

Status ensureCatalog(const QString& path) {
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    auto count = ModelRepository(*db).count();
    if (!count)
        return count.error();
    if (*count > 0) {
        print(QStringLiteral("Reusing %1 (%2 models)").arg(path).arg(*count));
        return Ok{};
    }
    print(QStringLiteral("Generating %1 models into %2 (licenses=0, no usage charges)...")
              .arg(kModels)
              .arg(path));
    GeneratorOptions options;
    options.models = kModels;
    options.buyers = 200;
    options.licenses = 0;
    options.usageCharges = false;
    options.seed = 20251115;
    QElapsedTimer timer;
    timer.start();
    int lastTenth = -1;
    auto done = generateEconomy(*db, EconomyConfig::defaults(), options,
                                [&](double share, const QString& stage) {
                                    const int tenth = static_cast<int>(share * 10);
                                    if (tenth != lastTenth) {
                                        lastTenth = tenth;
                                        print(QStringLiteral("  %1% %2 (%3 s)")
                                                  .arg(tenth * 10)
                                                  .arg(stage)
                                                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
                                    }
                                    return true;
                                });
    if (!done)
        return done;
    print(QStringLiteral("Generated in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return Ok{};
}

struct WindowFigures {
    double firstRowsMs = 0;
    double editableMs = 0;
    bool checkedInBackground = false;
    bool ok = false;
};

// From nothing to the window's catalog showing row 0, then to editing available.
WindowFigures measureWindow(const QString& path) {
    WindowFigures figures;
    QElapsedTimer timer;
    timer.start();
    const DatabaseOpener open = [path] { return Database::open(path); };
    std::optional<Result<WindowDatabase>> answer;
    openForWindow(nullptr, path, open,
                  [&answer](Result<WindowDatabase> opened) { answer = std::move(opened); });
    if (!waitUntil([&answer] { return answer.has_value(); })) {
        print(QStringLiteral("The window did not open %1 in time").arg(path));
        return figures;
    }
    Result<WindowDatabase>& opened = *answer;
    if (!opened) {
        print(QStringLiteral("The window cannot open %1: %2").arg(path, opened.error().toString()));
        return figures;
    }
    figures.checkedInBackground = opened->pagesUnchecked;
    MainWindow window(std::move(opened->db));
    if (figures.checkedInBackground)
        window.checkPagesInBackground(open);
    window.show();
    auto* catalog = window.findChild<CatalogArea*>();
    const bool shown = waitUntil([&] {
        CatalogModel* model = catalog->model();
        return model->rowCount() > 0 && model->isRowLoaded(0);
    });
    figures.firstRowsMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const bool editable = waitUntil([&] { return !window.isCheckingPages(); });
    figures.editableMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    figures.ok = shown && editable && !window.workspace().isReadOnly();
    return figures;
}

} // namespace

int main(int argc, char** argv) {
    // The window needs a platform; offscreen measures it without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The window remembers recent files: keep the bench's out of the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const QString path =
        args.size() > 1 ? args.at(1) : QStringLiteral("/tmp/modelmarket-bench-1m.sqlite");

    if (auto ready = ensureCatalog(path); !ready) {
        print(QStringLiteral("Cannot prepare %1: %2").arg(path, ready.error().toString()));
        return 3;
    }

    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Database::open(path);
    if (!opened) {
        print(QStringLiteral("Cannot open %1: %2").arg(path, opened.error().toString()));
        return 3;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    const double openMs = static_cast<double>(openTimer.nsecsElapsed()) / 1e6;
    const bool peakReset = resetPeakRss();
    const qint64 rssBeforeKb = procStatusKb("VmRSS");

    QList<Figure> figures;
    StallMeter stalls;
    stalls.start();
    QElapsedTimer timer;
    auto measure = [&](const QString& what, double targetMs, const std::function<void()>& start,
                       const std::function<bool()>& done) {
        timer.start();
        start();
        const bool ok = waitUntil(done);
        figures.append(Figure{what, static_cast<double>(timer.nsecsElapsed()) / 1e6, targetMs, ok});
    };

    std::unique_ptr<CatalogModel> model;
    measure(
        QStringLiteral("first rows (count + row 0 loaded)"), 300,
        [&] { model = std::make_unique<CatalogModel>(*db); },
        [&] {
            if (model->rowCount() == 0)
                return false;
            static_cast<void>(model->data(model->index(0, 0)));
            return model->isRowLoaded(0);
        });
    const int rows = model->rowCount();
    auto row = [&](int wanted) { return [&, wanted] { return waitForRow(*model, wanted); }; };
    auto lastRow = [&] { return model->rowCount() - 1; };

    measure(
        QStringLiteral("jump to last row"), 500, [] {},
        [&] { return waitForRow(*model, lastRow()); });
    measure(
        QStringLiteral("jump to middle row (large OFFSET fallback)"), 500, [] {}, row(rows / 2));
    measure(
        QStringLiteral("next page after middle (keyset)"), 500, [] {},
        row(rows / 2 + CatalogModel::kPageSize + 5));
    {
        // Scroll 20 pages down from the middle, page by page, as a dragged scrollbar would.
        const int from = rows / 2 + 2 * CatalogModel::kPageSize;
        measure(
            QStringLiteral("scroll 20 pages (keyset, total)"), 0, [] {},
            [&] {
                for (int page = 0; page < 20; ++page) {
                    if (!waitForRow(*model, from + page * CatalogModel::kPageSize))
                        return false;
                }
                return true;
            });
    }
    measure(
        QStringLiteral("sort by composite (row 0 loaded)"), 500,
        [&] { model->sort(catalogSection(CatalogColumn::Composite), Qt::AscendingOrder); }, row(0));
    measure(
        QStringLiteral("  then jump to last row"), 500, [] {},
        [&] { return waitForRow(*model, lastRow()); });
    measure(
        QStringLiteral("sort by name desc (row 0 loaded)"), 500,
        [&] { model->sort(catalogSection(CatalogColumn::Name), Qt::DescendingOrder); }, row(0));
    measure(
        QStringLiteral("  then jump to last row"), 500, [] {},
        [&] { return waitForRow(*model, lastRow()); });
    measure(
        QStringLiteral("  then jump to row 250,000"), 500, [] {}, row(250'000));
    measure(
        QStringLiteral("sort by status (row 0 loaded)"), 500,
        [&] { model->sort(catalogSection(CatalogColumn::ModelStatus), Qt::AscendingOrder); },
        row(0));
    measure(
        QStringLiteral("  then jump to row 600,000 (in 'listed')"), 500, [] {}, row(600'000));
    measure(
        QStringLiteral("  then next page (keyset in equal keys)"), 500, [] {},
        row(600'000 + CatalogModel::kPageSize));
    {
        // More pages than the cache holds, scattered: the cache must stay at its cap.
        measure(
            QStringLiteral("visit 120 scattered pages (total)"), 0, [] {},
            [&] {
                for (int step = 1; step <= 120; ++step) {
                    const int wanted =
                        static_cast<int>((static_cast<qint64>(step) * 7'919 * 97) % rows);
                    if (!waitForRow(*model, wanted))
                        return false;
                }
                return true;
            });
    }
    const int pagesAfterWalk = model->cachedPageCount();
    measure(
        QStringLiteral("filter text \"Nova\" (count + row 0)"), 500,
        [&] {
            CatalogFilter filter;
            filter.text = QStringLiteral("Nova");
            model->setFilter(filter);
        },
        [&] {
            if (!model->isRowCountKnown() || model->rowCount() == 0)
                return false;
            static_cast<void>(model->data(model->index(0, 0)));
            return model->isRowLoaded(0);
        });
    const int filtered = model->rowCount();
    measure(
        QStringLiteral("  then jump to last row"), 500, [] {},
        [&] { return waitForRow(*model, lastRow()); });
    measure(
        QStringLiteral("filter size class Large (count + row 0)"), 500,
        [&] {
            CatalogFilter filter;
            filter.sizeClass = SizeClass::Large;
            model->setFilter(filter);
        },
        [&] {
            if (!model->isRowCountKnown() || model->rowCount() == 0)
                return false;
            static_cast<void>(model->data(model->index(0, 0)));
            return model->isRowLoaded(0);
        });
    measure(
        QStringLiteral("  then jump to last row"), 500, [] {},
        [&] { return waitForRow(*model, lastRow()); });
    measure(
        QStringLiteral("refresh (recount + row 0 reloaded)"), 500, [&] { model->refresh(); },
        [&] { return model->isRowCountKnown() && !model->isLoading() && waitForRow(*model, 0); });

    const double worstStallMs = stalls.worstMs();
    const qint64 peakKb = procStatusKb("VmHWM");
    const qint64 rssKb = procStatusKb("VmRSS");
    const int cachedPages = model->cachedPageCount();
    const quint64 dropped = model->staleResultsDropped();
    model.reset();

    // After the model's figures: a whole window leaves memory behind (its worker threads' malloc
    // arenas keep what they freed), which would count towards the model's peak.
    const WindowFigures window = measureWindow(path);

    print(QString());
    print(QStringLiteral("Catalog: %1 models, %2 matching \"Nova\"; opening the file took %3 ms")
              .arg(rows)
              .arg(filtered)
              .arg(openMs, 0, 'f', 1));
    const bool windowPass = window.ok && window.firstRowsMs < 500;
    print(QStringLiteral("window shows first rows of a 1M-model file: %1 s (target < 0.5 s) %2")
              .arg(window.firstRowsMs / 1000.0, 0, 'f', 3)
              .arg(windowPass ? QStringLiteral("PASS") : QStringLiteral("MISS")));
    print(QStringLiteral("  every page checked, editing available:    %1 s (%2)")
              .arg(window.editableMs / 1000.0, 0, 'f', 3)
              .arg(window.checkedInBackground ? QStringLiteral("checked in the background")
                                              : QStringLiteral("checked before showing")));
    print(QStringLiteral("%1 %2 %3 %4")
              .arg(QStringLiteral("operation"), -44)
              .arg(QStringLiteral("ms"), 10)
              .arg(QStringLiteral("target"), 12)
              .arg(QStringLiteral("result"), 8));
    bool allPass = true;
    for (const Figure& figure : figures) {
        print(formatRow(figure));
        if (!figure.ok || (figure.targetMs > 0 && figure.ms >= figure.targetMs))
            allPass = false;
    }
    const double peakMb = static_cast<double>(peakKb) / 1024.0;
    print(QStringLiteral("%1 %2 %3 %4")
              .arg(QStringLiteral("peak RSS (VmHWM, MB)") +
                       (peakReset ? QString() : QStringLiteral(" incl. generation")),
                   -44)
              .arg(QString::number(peakMb, 'f', 1), 10)
              .arg(QStringLiteral("< 200 MB"), 12)
              .arg(peakMb < 200 ? QStringLiteral("PASS") : QStringLiteral("MISS"), 8));
    print(QStringLiteral("%1 %2 %3 %4")
              .arg(QStringLiteral("main thread longest stall (ms)"), -44)
              .arg(QString::number(worstStallMs, 'f', 1), 10)
              .arg(QStringLiteral("< 50 ms"), 12)
              .arg(worstStallMs < 50 ? QStringLiteral("PASS") : QStringLiteral("MISS"), 8));
    allPass = allPass && peakMb < 200 && worstStallMs < 50 && windowPass;
    print(QStringLiteral("RSS before the model %1 MB, at the end %2 MB; %3 pages cached after the "
                         "scattered walk (cap %4), %5 at the end; %6 stale answers dropped")
              .arg(static_cast<double>(rssBeforeKb) / 1024.0, 0, 'f', 1)
              .arg(static_cast<double>(rssKb) / 1024.0, 0, 'f', 1)
              .arg(pagesAfterWalk)
              .arg(CatalogModel::kMaxCachedPages)
              .arg(cachedPages)
              .arg(dropped));
    print(allPass ? QStringLiteral("All targets met.") : QStringLiteral("Some targets missed."));
    return allPass ? 0 : 1;
}
