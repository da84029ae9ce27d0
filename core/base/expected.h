// Expected<T, E>: a value or a typed error, for APIs that must never throw into the UI (no std::expected in C++20).
// Expected<void, E> is the result of an action that only succeeds or fails (`return {};` on success).
#pragma once

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace hotline::base {

template <typename E>
struct Unexpected {
  E error;
};

template <typename E>
Unexpected<std::decay_t<E>> unexpected(E&& error) {
  return {std::forward<E>(error)};
}

template <typename T, typename E>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : data_(std::in_place_index<0>, std::move(value)) {}
  template <typename G>
  Expected(Unexpected<G> error) : data_(std::in_place_index<1>, E(std::move(error.error))) {}

  bool has_value() const { return data_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & {
    assert(has_value());
    return std::get<0>(data_);
  }
  const T& value() const& {
    assert(has_value());
    return std::get<0>(data_);
  }
  T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(data_));
  }
  const E& error() const {
    assert(!has_value());
    return std::get<1>(data_);
  }

  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, E> data_;
};

template <typename E>
class [[nodiscard]] Expected<void, E> {
 public:
  Expected() = default;
  template <typename G>
  Expected(Unexpected<G> error) : error_(E(std::move(error.error))) {}

  bool has_value() const { return !error_.has_value(); }
  explicit operator bool() const { return has_value(); }

  void value() const { assert(has_value()); }
  const E& error() const {
    assert(!has_value());
    return *error_;
  }

 private:
  std::optional<E> error_;
};

}  // namespace hotline::base
