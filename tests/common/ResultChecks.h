#pragma once

// Qt Test checks for mm::Result and mm::Status, shared by every test that calls the layers.

#include <QString>
#include <QTest>

namespace mm::testing {
inline QString ruleText(const QString& rule) {
    return rule;
}
inline QString ruleText(const char* rule) {
    return QString::fromUtf8(rule);
}
} // namespace mm::testing

// Passes when `expr` holds a value (or Ok); otherwise fails with the error's text.
#define MM_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto& mmResult_ = (expr);                                                            \
        /* Qt 6.4 evaluates QVERIFY2's message even when the check passes. */                      \
        QVERIFY2(mmResult_.ok(),                                                                   \
                 qPrintable(mmResult_.ok() ? QString() : mmResult_.error().toString()));           \
    } while (false)

// Passes when `expr` failed with the rule `expectedRule` (a QString or a string literal).
#define MM_VERIFY_RULE(expr, expectedRule)                                                         \
    do {                                                                                           \
        const auto& mmResult_ = (expr);                                                            \
        QVERIFY2(!mmResult_.ok(), "expected an error");                                            \
        QCOMPARE(mmResult_.error().rule, mm::testing::ruleText(expectedRule));                     \
    } while (false)
