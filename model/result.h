#pragma once

#include <string>
#include <utility>
#include <variant>

namespace RecStudio::Model {

// Error returned by the core: an English sentence that names the value, the place
// (file, line or field) and the fix. The core has no Qt, so messages are not translated.
struct Error
{
    std::string message;
};

// A value or an Error. std::expected is C++23, so the core carries this small type
// across layer boundaries instead of throwing.
template<typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const std::string &error() const { return std::get<Error>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

// Result of an operation that produces no value.
struct Unit
{};
using Status = Result<Unit>;

inline Status success()
{
    return Unit{};
}

} // namespace RecStudio::Model
