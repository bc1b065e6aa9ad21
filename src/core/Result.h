#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace mm {

// A failure that a person can act on: `where` names the field, row or operation, `message` says
// what is wrong, `rule` is a stable key tests and scripts can match on.
struct Error {
    QString message;
    QString where;
    QString rule;

    QString toString() const {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

// Value or Error, for operations whose failure is ordinary (bad input), not exceptional.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

inline Error makeError(QString message, QString where = {}, QString rule = {}) {
    return Error{std::move(message), std::move(where), std::move(rule)};
}

} // namespace mm
