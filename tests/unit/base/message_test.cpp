// The message vocabulary type: looking up params by name, and value equality.
#include <catch2/catch.hpp>

#include "base/message.h"

using hotline::base::Message;

TEST_CASE("param finds a value by name") {
  const Message m{"domain.error.out_of_range", {{"min", "-90"}, {"max", "90"}}};
  CHECK(m.param("min") == std::optional<std::string_view>("-90"));
  CHECK(m.param("max") == std::optional<std::string_view>("90"));
  CHECK_FALSE(m.param("Max").has_value());
  CHECK_FALSE(m.param("").has_value());
  CHECK_FALSE(Message{"calendar.deadline_unavailable", {}}.param("max").has_value());
}

TEST_CASE("param takes the first of repeated names") {
  const Message m{"k", {{"n", "1"}, {"n", "2"}}};
  CHECK(m.param("n") == std::optional<std::string_view>("1"));
}

TEST_CASE("messages compare by key and params in order") {
  const Message m{"k", {{"a", "1"}, {"b", "2"}}};
  CHECK(m == Message{"k", {{"a", "1"}, {"b", "2"}}});
  CHECK_FALSE(m == Message{"other", {{"a", "1"}, {"b", "2"}}});
  CHECK_FALSE(m == Message{"k", {{"a", "1"}, {"b", "3"}}});
  CHECK_FALSE(m == Message{"k", {{"b", "2"}, {"a", "1"}}});
  CHECK_FALSE(m == Message{"k", {{"a", "1"}}});
}
