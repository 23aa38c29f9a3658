// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace factline {

// What went wrong, in a sentence for the user: what happened, and what they can do.
// Core never shows or prints errors; it returns them, and the desktop program or the
// command-line tool decides how to tell the user.
struct Error {
    QString message;
};

// A value or an Error (std::expected is C++23; this is the part of it we need).
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// Success carries nothing.
struct Ok {};
using Status = Result<Ok>;

} // namespace factline
