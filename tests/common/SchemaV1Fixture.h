#pragma once

// The rows of tests/data/schema_v1.sqlite, the committed version-1 file the migrations start
// from. Shared by tst_migrations, which checks the file, and tools/write_schema_v1_fixture,
// which writes it.

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace mm::schemav1 {

using namespace Qt::StringLiterals;

inline QVariant null() {
    return QVariant(QMetaType(QMetaType::LongLong));
}

struct Insert {
    QString sql;
    QVariantList values;
};

// The rows of the committed fixture. fixtureKeepsEveryRow checks a selection of them.
inline QList<Insert> fixtureRows() {
    const QString terms =
        uR"({"tier":"%1","floor_cents":%2,"attribution_required":%3,"research_only":%4})"_s;
    return {
        {u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {u"clock.today"_s, u"2025-03-01"_s}},
        {u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {u"currency"_s, u"USD"_s}},

        {u"INSERT INTO size_classes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"small"_s, u"Small"_s, 1'000'000LL, 5'000'000LL, 1, 3, 100'000'000LL, 3'000'000'000LL,
          0.02, 1}},
        {u"INSERT INTO size_classes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"medium"_s, u"Medium"_s, 10'000'000LL, 50'000'000LL, 7, 14, 3'000'000'000LL,
          20'000'000'000LL, 0.05, 2}},
        {u"INSERT INTO size_classes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"large"_s, u"Large"_s, 100'000'000LL, 500'000'000LL, 30, 60, 20'000'000'000LL,
          200'000'000'000LL, 0.08, 3}},
        {u"INSERT INTO size_classes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"frontier"_s, u"Frontier"_s, 1'000'000'000LL, null(), 90, 180, 200'000'000'000LL,
          2'000'000'000'000LL, 0.12, 4}},

        {u"INSERT INTO gpu_types VALUES (?, ?, ?, ?, ?)"_s,
         {u"h100"_s, u"H100"_s, 989.5, 250, 512}},

        {u"INSERT INTO license_tiers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"open_source"_s, u"Open Source"_s, 0, 0, 1, 0,
          u"academic,startup,commercial,enterprise"_s, null(), 0, 0, 0, 0, 1}},
        {u"INSERT INTO license_tiers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"academic"_s, u"Academic"_s, 100'000LL, 1'000'000LL, 1, 1, u"academic"_s, 5, 0, 12, 1, 0,
          2}},
        {u"INSERT INTO license_tiers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"commercial"_s, u"Commercial"_s, 5'000'000LL, 50'000'000LL, 0, 0,
          u"startup,commercial,enterprise"_s, 100, 20, 24, 1, 10, 3}},
        {u"INSERT INTO license_tiers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"enterprise"_s, u"Enterprise"_s, 100'000'000LL, null(), 0, 0, u"enterprise"_s, null(),
          10, 0, 0, 1000, 4}},

        {u"INSERT INTO research_projects VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
         {1, u"Sparse attention"_s, u"architecture"_s, 120, 2'500'000LL, u"2025-01-02"_s,
          u"2025-02-15"_s}},

        {u"INSERT INTO models VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {1, u"Atlas-7B"_s, u"transformer"_s, u"medium"_s, 7'000'000'000LL, 1'400'000'000'000LL,
          u"listed"_s, 71.5, 68.25, 80.0, 73.25, uR"({"gsm8k":51,"mmlu":64.2})"_s, 32'000'000LL,
          12.5, 40, u"2025-01-10"_s, 1}},
        {u"INSERT INTO models VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {2, u"Pixie-S"_s, u"diffusion"_s, u"small"_s, 900'000'000LL, 200'000'000'000LL,
          u"completed"_s, 55.0, 60.0, 90.0, 68.0, u"{}"_s, 3'100'000LL, 2.0, 0, u"2025-02-01"_s,
          3}},
        {u"INSERT INTO models VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {3, u"Draft-Omni"_s, u"multimodal"_s, u"large"_s, 70'000'000'000LL, 0, u"draft"_s, null(),
          null(), null(), null(), u"{}"_s, 0, 0.0, 0, u"2025-03-01"_s, 1}},

        {u"INSERT INTO training_jobs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
         u"?, ?, ?, ?, ?)"_s,
         {1,
          1,
          u"Atlas-7B"_s,
          u"transformer"_s,
          u"medium"_s,
          7'000'000'000LL,
          1'400'000'000'000LL,
          u"h100"_s,
          64,
          uR"({"engineers":{"junior":1,"mid":2,"principal":0,"senior":1},)"
          uR"("researchers":{"junior":0,"mid":1,"principal":0,"senior":1}})"_s,
          40,
          424242,
          u"completed"_s,
          25'000'000LL,
          4'000'000LL,
          3'000'000LL,
          12.5,
          12.5,
          32'000'000LL,
          u"2025-01-01"_s,
          u"2025-01-01"_s,
          u"2025-01-10"_s,
          null()}},

        {u"INSERT INTO buyers VALUES (?, ?, ?, ?, ?, ?)"_s,
         {1, u"Northwind University"_s, u"academic"_s, 1200, 2'000'000LL, 1}},
        {u"INSERT INTO buyers VALUES (?, ?, ?, ?, ?, ?)"_s,
         {2, u"Globex Corp"_s, u"enterprise"_s, 25000, 500'000'000LL, 2}},

        {u"INSERT INTO listings VALUES (?, ?, ?, ?, ?)"_s,
         {1, 1, u"academic"_s, 500'000LL, u"2025-01-11"_s}},
        {u"INSERT INTO listings VALUES (?, ?, ?, ?, ?)"_s,
         {2, 1, u"enterprise"_s, 150'000'000LL, u"2025-01-11"_s}},

        {u"INSERT INTO licenses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {1, 1, 1, u"academic"_s, u"research"_s, u"2025-01-15"_s, 500'000LL, 5, 0, 0, 12,
          terms.arg(u"academic"_s).arg(100000).arg(1).arg(1), u"2026-01-15"_s, u"active"_s, null(),
          null()}},
        {u"INSERT INTO licenses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {2, 1, 2, u"enterprise"_s, u"business"_s, u"2025-01-20"_s, 150'000'000LL, null(),
          2'000'000, 10, 0, terms.arg(u"enterprise"_s).arg(100000000).arg(0).arg(0), null(),
          u"active"_s, null(), null()}},
        {u"INSERT INTO licenses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {3, 2, 2, u"commercial"_s, u"business"_s, u"2025-02-05"_s, 6'000'000LL, 10, 500'000, 20,
          24, terms.arg(u"commercial"_s).arg(5000000).arg(0).arg(0), u"2027-02-05"_s, u"revoked"_s,
          u"2025-03-01"_s, u"breach of the deployment cap"_s}},

        {u"INSERT INTO usage_charges VALUES (?, ?, ?, ?, ?)"_s,
         {1, 2, u"2025-01"_s, 2'000'000, 20'000}},
        {u"INSERT INTO usage_charges VALUES (?, ?, ?, ?, ?)"_s,
         {2, 2, u"2025-02"_s, 2'100'000, 21'000}},
        {u"INSERT INTO usage_charges VALUES (?, ?, ?, ?, ?)"_s,
         {3, 3, u"2025-02"_s, 500'000, 10'000}},
        {u"INSERT INTO usage_charges VALUES (?, ?, ?, ?, ?)"_s, {4, 3, u"2025-03"_s, 0, 0}},
    };
}

} // namespace mm::schemav1
