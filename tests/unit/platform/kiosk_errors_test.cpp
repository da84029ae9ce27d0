// CardReadError and PrintError: what the citizen is told for each problem (the detail stays in logs).
#include <catch2/catch.hpp>

#include "platform/id_card_reader.h"
#include "platform/receipt_printer.h"

using namespace hotline::platform;

TEST_CASE("a failed card read tells the citizen what to do") {
  CHECK(CardReadError{CardReadProblem::Unreadable, "bad checksum"}.message().key == "kiosk.bar.card_unreadable");
  CHECK(CardReadError{CardReadProblem::MovedTooSoon, ""}.message().key == "kiosk.bar.card_moved");
  CHECK(CardReadError{CardReadProblem::ReaderOffline, ""}.message().key == "kiosk.bar.reader_offline");
  CHECK(CardReadError{CardReadProblem::Unreadable, "bad checksum"}.message().params.empty());
}

TEST_CASE("a receipt that did not print says why") {
  CHECK(PrintError{PrintProblem::PaperOut, "DLE EOT 4"}.message().key == "kiosk.receipt.paper_out");
  CHECK(PrintError{PrintProblem::Offline, ""}.message().key == "kiosk.receipt.offline");
  CHECK(PrintError{PrintProblem::Failed, ""}.message().key == "kiosk.receipt.failed");
  CHECK(PrintError{PrintProblem::Failed, "font"}.message().params.empty());
}
