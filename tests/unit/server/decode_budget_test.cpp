// The memory all concurrent decodes may hold: a lease is refused while the others hold too much, and
// every lease gives back exactly what it took, once.
#include <catch2/catch.hpp>

#include <optional>
#include <utility>

#include "cases/decode_budget.h"

using hotline::server::DecodeBudget;

TEST_CASE("a decode that does not fit beside those running is refused until they give back") {
  DecodeBudget budget(1000);
  auto first = budget.try_take(600);
  REQUIRE(first);
  CHECK_FALSE(budget.try_take(401));
  {
    auto second = budget.try_take(400);
    REQUIRE(second);
    CHECK_FALSE(budget.try_take(1));  // all of it is held
  }
  CHECK(budget.try_take(400));  // the second lease gave its 400 back
  first.reset();
  CHECK(budget.try_take(1000));
  CHECK_FALSE(budget.try_take(1001));  // more than the whole budget never fits
}

TEST_CASE("a moved lease gives back once") {
  DecodeBudget budget(100);
  std::optional<DecodeBudget::Lease> kept;
  {
    auto taken = budget.try_take(100);
    REQUIRE(taken);
    kept.emplace(std::move(*taken));
  }  // the moved-from lease is gone and gave nothing back
  CHECK_FALSE(budget.try_take(1));
  kept.reset();
  CHECK(budget.try_take(100));
}
