// The column table of requests and the SQL, reads and binds it drives (see request_columns.h).
#include "store/request_columns.h"

#include <cstddef>
#include <optional>

namespace hotline::server {

namespace {

enum class Col {
  Id,
  Number,
  Token,
  QueryCode,
  ServiceCode,
  ServiceName,
  RequestType,
  Channel,
  Client,
  Step,
  Description,
  Address,
  AddressId,
  Zipcode,
  Lat,
  Lon,
  KioskStation,
  Anonymous,
  ContactName,
  Mobile,
  Email,
  ResidentId,
  DeviceId,
  AccountId,
  Unit,
  UnitName,
  StatusNotes,
  RequestedAt,
  UpdatedAt,
  AcceptedAt,
  DeadlineAt,
  Rating,
  RatingComment,
  RatedAt,
  ReworkCount,
};

struct Column {
  Col col;
  const char* select;    // expression in the SELECT list
  const char* inserted;  // column a new request sets, or null (assigned by SQLite, joined, or set by later steps)
};

constexpr Column kColumns[] = {
    {Col::Id, "r.id", nullptr},
    {Col::Number, "r.number", "number"},
    {Col::Token, "r.token", "token"},
    {Col::QueryCode, "r.query_code", "query_code"},
    {Col::ServiceCode, "r.service_code", "service_code"},
    {Col::ServiceName, "COALESCE(s.name, '')", nullptr},
    {Col::RequestType, "r.request_type", "request_type"},
    {Col::Channel, "r.channel", "channel"},
    {Col::Client, "r.client", "client"},
    {Col::Step, "r.step", "step"},
    {Col::Description, "r.description", "description"},
    {Col::Address, "r.address", "address"},
    {Col::AddressId, "r.address_id", "address_id"},
    {Col::Zipcode, "r.zipcode", "zipcode"},
    {Col::Lat, "r.lat", "lat"},
    {Col::Lon, "r.lon", "lon"},
    {Col::KioskStation, "r.kiosk_station", "kiosk_station"},
    {Col::Anonymous, "r.anonymous", "anonymous"},
    {Col::ContactName, "r.contact_name", "contact_name"},
    {Col::Mobile, "r.mobile", "mobile"},
    {Col::Email, "r.email", "email"},
    {Col::ResidentId, "r.resident_id", "resident_id"},
    {Col::DeviceId, "r.device_id", "device_id"},
    {Col::AccountId, "r.account_id", "account_id"},
    {Col::Unit, "r.unit", "unit"},
    {Col::UnitName, "COALESCE(u.name, '')", nullptr},
    {Col::StatusNotes, "r.status_notes", "status_notes"},
    {Col::RequestedAt, "r.requested_at", "requested_at"},
    {Col::UpdatedAt, "r.updated_at", "updated_at"},
    {Col::AcceptedAt, "r.accepted_at", nullptr},
    {Col::DeadlineAt, "r.deadline_at", nullptr},
    {Col::Rating, "r.rating", nullptr},
    {Col::RatingComment, "r.rating_comment", nullptr},
    {Col::RatedAt, "r.rated_at", nullptr},
    {Col::ReworkCount, "r.rework_count", nullptr},
};

constexpr bool columns_in_order() {
  for (std::size_t i = 0; i < std::size(kColumns); ++i) {
    if (static_cast<std::size_t>(kColumns[i].col) != i) {
      return false;
    }
  }
  return true;
}
static_assert(columns_in_order(), "kColumns lists every Col in declaration order: the position is the read index");

constexpr int at(Col c) {
  return static_cast<int>(c);
}

// The ?N of an inserted column; naming a column the insert does not set fails to compile.
consteval int param(Col c) {
  int n = 0;
  for (const auto& column : kColumns) {
    n += column.inserted != nullptr ? 1 : 0;
    if (column.col == c) {
      if (column.inserted == nullptr) {
        throw "not an inserted column";
      }
      return n;
    }
  }
  throw "unknown column";
}

}  // namespace

const std::string& request_select_sql() {
  static const std::string sql = [] {
    std::string out = "SELECT ";
    for (const auto& column : kColumns) {
      out += std::string(column.col == Col::Id ? "" : ", ") + column.select;
    }
    return out +
           " FROM requests r LEFT JOIN services s ON s.code = r.service_code LEFT JOIN units u ON u.code = r.unit";
  }();
  return sql;
}

const std::string& request_insert_sql() {
  static const std::string sql = [] {
    std::string names;
    std::string values;
    int n = 0;
    for (const auto& column : kColumns) {
      if (column.inserted == nullptr) {
        continue;
      }
      names += std::string(n == 0 ? "" : ", ") + column.inserted;
      values += (n == 0 ? "?" : ", ?") + std::to_string(n + 1);
      ++n;
    }
    return "INSERT INTO requests(" + names + ") VALUES (" + values + ") RETURNING id";
  }();
  return sql;
}

DbResult<RequestRecord> read_request(const Statement& s) {
  RequestRecord r;
  std::optional<DbError> failure;
  r.id = s.column_int(at(Col::Id));
  r.number = s.column_text(at(Col::Number));
  r.token = s.column_text(at(Col::Token));
  r.query_code = s.column_text(at(Col::QueryCode));
  r.service_code = s.column_text(at(Col::ServiceCode));
  r.service_name = s.column_text(at(Col::ServiceName));
  read_into(r.type, s.column_code(at(Col::RequestType), domain::kRequestTypeCodes), failure);
  read_into(r.channel, s.column_code(at(Col::Channel), domain::kChannelCodes), failure);
  r.client = s.column_text(at(Col::Client));
  read_into(r.step, s.column_code(at(Col::Step), workflow::kStepCodes), failure);
  r.description = s.column_text(at(Col::Description));
  r.address = s.column_optional_text(at(Col::Address));
  r.address_id = s.column_optional_text(at(Col::AddressId));
  r.zipcode = s.column_optional_text(at(Col::Zipcode));
  r.lat = s.column_optional_double(at(Col::Lat));
  r.lon = s.column_optional_double(at(Col::Lon));
  r.kiosk_station = s.column_optional_text(at(Col::KioskStation));
  r.anonymous = s.column_int(at(Col::Anonymous)) != 0;
  r.contact_name = s.column_optional_text(at(Col::ContactName));
  r.mobile = s.column_optional_text(at(Col::Mobile));
  r.email = s.column_optional_text(at(Col::Email));
  r.resident_id = s.column_optional_text(at(Col::ResidentId));
  r.device_id = s.column_optional_text(at(Col::DeviceId));
  r.account_id = s.column_optional_text(at(Col::AccountId));
  r.unit = s.column_optional_text(at(Col::Unit));
  r.unit_name = s.column_text(at(Col::UnitName));
  r.status_notes = s.column_optional_text(at(Col::StatusNotes));
  read_into(r.requested_at, s.column_instant(at(Col::RequestedAt)), failure);
  read_into(r.updated_at, s.column_instant(at(Col::UpdatedAt)), failure);
  read_into(r.accepted_at, s.column_optional_instant(at(Col::AcceptedAt)), failure);
  read_into(r.deadline_at, s.column_optional_instant(at(Col::DeadlineAt)), failure);
  read_into(r.rating, s.column_optional_code(at(Col::Rating), workflow::kSatisfactionCodes), failure);
  r.rating_comment = s.column_optional_text(at(Col::RatingComment));
  read_into(r.rated_at, s.column_optional_instant(at(Col::RatedAt)), failure);
  r.rework_count = static_cast<int>(s.column_int(at(Col::ReworkCount)));
  if (failure) {
    return base::unexpected(std::move(*failure));
  }
  return r;
}

void bind_request(Statement& insert, const RequestRecord& r, const std::string& number) {
  insert.bind(param(Col::Number), number)
      .bind(param(Col::Token), r.token)
      .bind(param(Col::QueryCode), r.query_code)
      .bind(param(Col::ServiceCode), r.service_code)
      .bind(param(Col::RequestType), domain::to_code(r.type))
      .bind(param(Col::Channel), domain::to_code(r.channel))
      .bind(param(Col::Client), r.client)
      .bind(param(Col::Step), workflow::to_code(r.step))
      .bind(param(Col::Description), r.description)
      .bind_optional(param(Col::Address), r.address)
      .bind_optional(param(Col::AddressId), r.address_id)
      .bind_optional(param(Col::Zipcode), r.zipcode)
      .bind_optional(param(Col::KioskStation), r.kiosk_station)
      .bind(param(Col::Anonymous), std::int64_t{r.anonymous})
      .bind_optional(param(Col::ContactName), r.contact_name)
      .bind_optional(param(Col::Mobile), r.mobile)
      .bind_optional(param(Col::Email), r.email)
      .bind_optional(param(Col::ResidentId), r.resident_id)
      .bind_optional(param(Col::DeviceId), r.device_id)
      .bind_optional(param(Col::AccountId), r.account_id)
      .bind_optional(param(Col::Unit), r.unit)
      .bind_optional(param(Col::StatusNotes), r.status_notes)
      .bind(param(Col::RequestedAt), r.requested_at)
      .bind(param(Col::UpdatedAt), r.updated_at);
  r.lat ? insert.bind(param(Col::Lat), *r.lat) : insert.bind_null(param(Col::Lat));
  r.lon ? insert.bind(param(Col::Lon), *r.lon) : insert.bind_null(param(Col::Lon));
}

}  // namespace hotline::server
