// A second program writing to a ModelMarket file, driven by the reliability tests (it is not a
// test itself). It writes the way the GUI does, through the production code paths:
//
//   reliability_writer paste DB --rows N --value V
//       One spreadsheet paste of V into the Performance column of the first N models (by id):
//       csv::parseText of the pasted TSV, planCellEdits (CatalogModel::applyValue per cell), one
//       EditModelsCommand pushed on the Workspace's undo stack: one command, one transaction.
//       tst_crash kills it with SIGKILL at random points.
//
//   reliability_writer edit-loop DB --count N --models NAME,NAME,... [--pause-ms P]
//       N read-modify-write edits through ModelRepository::update, each adding 1 to the research
//       points of the next model of the list, P ms apart (default 0). A stale edit (another
//       program saved the model in between) is reloaded and retried, so no increment may be
//       lost. Prints "edits=N stale=S licenses=L" (L: the licenses it sees at the end, sold by
//       others).
//
//   reliability_writer stale-race DB --model NAME --efficiency V
//       Loads the model, prints "loaded REVISION", waits for one line on standard input, then
//       saves efficiency V based on what it loaded. Prints "result ok" or "result RULE", then
//       re-reads the model and prints "reread EFFICIENCY REVISION". Exit 0 when saved, 1 when
//       refused, 3 on any other failure.
//
//   reliability_writer hold-lock DB --ms N
//       Takes the write lock (BEGIN IMMEDIATE), prints "locked", holds it N ms and commits
//       nothing: a long import or generate as another program sees it.
//
// Any storage failure prints "error: RULE: message" and exits 3.

#include "core/EconomyConfig.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/DbError.h"
#include "data/EconomyRepository.h"
#include "data/ModelRepository.h"
#include "data/Transaction.h"
#include "ui/catalog/CatalogCommands.h"
#include "ui/shell/Workspace.h"
#include "ui/shell/WriteGate.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>
#include <QThread>
#include <cstdio>
#include <iostream>
#include <string>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

constexpr int kOk = 0;
constexpr int kRefused = 1;
constexpr int kUsage = 2;
constexpr int kFailed = 3;

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

int fail(const Error& error) {
    out().flush();
    QTextStream err(stderr);
    err << "error: " << error.rule << ": " << error.toString() << '\n';
    return kFailed;
}

int usage(const QString& message) {
    QTextStream err(stderr);
    err << "usage error: " << message << '\n';
    return kUsage;
}

QString option(const QStringList& args, const QString& name, const QString& fallback = {}) {
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

Result<std::unique_ptr<Database>> openDb(const QString& path) {
    return Database::open(path);
}

int paste(const QString& path, const QStringList& args) {
    bool ok = false;
    const int rows = option(args, u"--rows"_s).toInt(&ok);
    const QString value = option(args, u"--value"_s);
    if (!ok || rows <= 0 || value.isEmpty())
        return usage(u"paste DB --rows N --value V"_s);
    auto db = openDb(path);
    if (!db)
        return fail(db.error());
    Workspace workspace(std::move(*db));
    Database& database = workspace.database();

    auto config = EconomyRepository(database).loadConfig();
    if (!config)
        return fail(config.error());
    QList<qint64> ids;
    {
        auto q = database.query(u"SELECT id FROM models ORDER BY id LIMIT ?"_s, {rows},
                                u"choosing the rows to paste into"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            ids.append(q->value(0).toLongLong());
    }
    // What a spreadsheet puts on the clipboard for a column of N cells.
    QString clipboard;
    for (qsizetype i = 0; i < ids.size(); ++i)
        clipboard += value + u'\n';
    auto block = csv::parseText(clipboard, u'\t');
    if (!block)
        return fail(block.error());
    if (block->size() != ids.size())
        return fail(makeError(
            u"the pasted block has %1 rows, expected %2"_s.arg(block->size()).arg(ids.size()), {},
            u"paste-shape"_s));
    QList<CellEdit> edits;
    edits.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        edits.append(CellEdit{ids.at(i), CatalogColumn::Performance,
                              QVariant(block->at(i).fields.value(0))});
    auto plan = planCellEdits(database, edits, *config);
    if (!plan)
        return fail(plan.error());
    if (!plan->problems.isEmpty())
        return fail(makeError(plan->problems.front().reason, plan->problems.front().modelName,
                              u"paste-value"_s));
    const qsizetype changed = plan->after.size();
    auto* command = new EditModelsCommand(workspace, std::move(plan->before),
                                          std::move(plan->after), u"Paste"_s);
    // Like the window, the paste waits for another program's lock in the gate's queue, with the
    // event loop running, and a paste that waited too long is reported through commandFailed.
    QString refused;
    QObject::connect(&workspace, &Workspace::commandFailed,
                     [&refused](const QString& message) { refused = message; });
    if (auto pushed = CatalogCommand::push(workspace, command); !pushed)
        return fail(pushed.error());
    if (workspace.writeGate().isWaiting()) {
        QEventLoop waiting;
        QObject::connect(&workspace.writeGate(), &WriteGate::waitingChanged, &waiting,
                         [&](const QString& message) {
                             if (message.isEmpty())
                                 waiting.quit();
                         });
        waiting.exec();
    }
    if (!refused.isEmpty())
        return fail(makeError(refused, path, QString(kRuleDbLocked)));
    out() << "pasted " << changed << '\n';
    return kOk;
}

int editLoop(const QString& path, const QStringList& args) {
    bool ok = false;
    const int count = option(args, u"--count"_s).toInt(&ok);
    const QStringList names = option(args, u"--models"_s).split(u',', Qt::SkipEmptyParts);
    const int pauseMs = option(args, u"--pause-ms"_s, u"0"_s).toInt();
    if (!ok || count <= 0 || names.isEmpty() || pauseMs < 0)
        return usage(u"edit-loop DB --count N --models NAME,..."_s);
    auto db = openDb(path);
    if (!db)
        return fail(db.error());
    ModelRepository models(**db);
    int stale = 0;
    for (int i = 0; i < count; ++i) {
        if (pauseMs > 0 && i > 0)
            QThread::msleep(static_cast<unsigned long>(pauseMs));
        const QString& name = names.at(i % names.size());
        for (int attempt = 0;; ++attempt) {
            auto found = models.findByName(name);
            if (!found)
                return fail(found.error());
            if (!found->has_value())
                return fail(makeError(u"no model named '%1'"_s.arg(name), {}, u"missing"_s));
            ModelRecord record = found->value();
            record.researchPoints += 1;
            auto saved = models.update(record);
            if (saved)
                break;
            if (saved.error().rule != u"stale-edit"_s || attempt > 1000)
                return fail(saved.error());
            ++stale;
        }
    }
    qint64 licenses = -1;
    {
        auto q = (*db)->query(u"SELECT COUNT(*) FROM licenses"_s, {}, u"counting licenses"_s);
        if (!q)
            return fail(q.error());
        if (q->next())
            licenses = q->value(0).toLongLong();
    }
    out() << "edits=" << count << " stale=" << stale << " licenses=" << licenses << '\n';
    return kOk;
}

int staleRace(const QString& path, const QStringList& args) {
    const QString name = option(args, u"--model"_s);
    bool ok = false;
    const double efficiency = option(args, u"--efficiency"_s).toDouble(&ok);
    if (name.isEmpty() || !ok)
        return usage(u"stale-race DB --model NAME --efficiency V"_s);
    auto db = openDb(path);
    if (!db)
        return fail(db.error());
    ModelRepository models(**db);
    auto found = models.findByName(name);
    if (!found)
        return fail(found.error());
    if (!found->has_value())
        return fail(makeError(u"no model named '%1'"_s.arg(name), {}, u"missing"_s));
    ModelRecord record = found->value();
    out() << "loaded " << record.revision << '\n';
    out().flush();

    std::string line;
    std::getline(std::cin, line); // the test says go once both have loaded

    record.efficiency = efficiency;
    auto saved = models.update(record);
    if (!saved && saved.error().rule.startsWith(u"db."_s))
        return fail(saved.error());
    out() << "result " << (saved ? u"ok"_s : saved.error().rule) << '\n';

    auto reread = models.findByName(name);
    if (!reread)
        return fail(reread.error());
    if (!reread->has_value())
        return fail(makeError(u"the model vanished"_s, {}, u"missing"_s));
    out() << "reread " << reread->value().efficiency.value_or(-1) << ' ' << reread->value().revision
          << '\n';
    return saved ? kOk : kRefused;
}

int holdLock(const QString& path, const QStringList& args) {
    bool ok = false;
    const int milliseconds = option(args, u"--ms"_s).toInt(&ok);
    if (!ok || milliseconds < 0)
        return usage(u"hold-lock DB --ms N"_s);
    auto db = openDb(path);
    if (!db)
        return fail(db.error());
    Transaction transaction(**db, u"holding the write lock"_s);
    if (auto begun = transaction.status(); !begun)
        return fail(begun.error());
    out() << "locked\n";
    out().flush();
    QThread::msleep(static_cast<unsigned long>(milliseconds));
    return kOk; // the guard rolls back: nothing was written
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return usage(u"reliability_writer paste|edit-loop|stale-race|hold-lock DB [options]"_s);
    const QString& mode = args.at(1);
    const QString& path = args.at(2);
    int code = kUsage;
    if (mode == u"paste"_s)
        code = paste(path, args);
    else if (mode == u"edit-loop"_s)
        code = editLoop(path, args);
    else if (mode == u"stale-race"_s)
        code = staleRace(path, args);
    else if (mode == u"hold-lock"_s)
        code = holdLock(path, args);
    else
        return usage(u"unknown mode '%1'"_s.arg(mode));
    out().flush();
    return code;
}
