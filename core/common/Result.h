#pragma once

#include "Error.h"

#include <utility>
#include <variant>

namespace pf {

// A value or the Error that prevented it; core's functions return this instead of throwing.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}
    Result(ErrorCode code, QString message) : m_data(Error{code, std::move(message)}) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    ErrorCode code() const { return ok() ? ErrorCode::None : error().code; }

private:
    std::variant<T, Error> m_data;
};

// Success or the Error that prevented it.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    Result(ErrorCode code, QString message) : m_error{code, std::move(message)} {}

    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }

private:
    Error m_error;
};

using Status = Result<void>;

} // namespace pf
