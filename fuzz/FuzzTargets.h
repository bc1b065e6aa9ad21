#pragma once

// The code paths hostile input reaches, as plain functions: the libFuzzer entry points in fuzz/
// call them with generated input, and tests/reliability/tst_fuzzregressions calls them with the
// committed fixtures under tests/data/fuzz-regressions/, so a fixed crash stays fixed.
//
// Each function must return normally whatever the bytes are. It checks properties that must hold
// for every input and returns a description of the first one broken (empty when none is):
// an error must be a clean Error (a message, and for CSV a rule and a place), a parse must
// survive a write/parse round trip, and an accepted import must leave a file whose integrity
// and foreign keys check out. A crash, a sanitizer report or a returned violation is a finding.

#include <QByteArrayView>
#include <QString>

namespace mm::fuzz {

struct Outcome {
    bool accepted = false; // the input was taken (parsed, imported, applied)
    QString error;         // the Error a refused input produced, as a designer would read it
    QString violation;     // a broken property; empty when everything held
};

// csv::parse (UTF-8) and csv::parseText (decoded) with ',' and '\t', under the default limits and
// under small ones, plus formatRow -> parse round trips of what was read.
Outcome csvParser(QByteArrayView data);
// exchange::importCsv of the bytes as a catalog into an in-memory database seeded with a few
// models (so rows may update existing ones). Runs inside a transaction rolled back afterwards,
// so every input starts from the same data.
Outcome catalogImport(QByteArrayView data);
// exchange::importCsv of the bytes as buyers and then, separately, as licenses into an in-memory
// database seeded with a small economy: listed models, buyers, and licenses with months of usage
// charges (one revoked, one with a partial terms snapshot, one charged for no calls, one not yet
// charged), so rows may add and update, and updates of existing license ids reach the refusals
// that keep `check` passing. Each import runs in its own transaction, rolled back afterwards.
Outcome tableImport(QByteArrayView data);
// QJsonDocument::fromJson, then exchange::importEconomy (replace) when it is an object. Same
// in-memory database and rollback as catalogImport.
Outcome economyImport(QByteArrayView data);
// What pasting text into the catalog does before anything is written: csv::parseText with '\t'
// (spreadsheet TSV), then CatalogModel::applyValue for every cell, the column chosen by the
// cell's position, on a record chained from cell to cell.
Outcome paste(QByteArrayView data);

} // namespace mm::fuzz
