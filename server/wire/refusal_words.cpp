// The Chinese words of the refusals routes describe in English (see refusal_words.h).
#include "wire/refusal_words.h"

#include <array>

#include <nlohmann/json.hpp>

#include "http/accept_language.h"
#include "wire/http_support.h"

namespace hotline::server {

namespace {

// "<en_head><what><en_tail>" becomes "<zh_head><what><zh_tail>": the part between (a number, a code,
// seconds) is carried over.
struct Rewording {
  std::string_view en_head;
  std::string_view en_tail;
  std::string_view zh_head;
  std::string_view zh_tail;
};

constexpr std::array<Rewording, 15> kRewordings = {{
    {"not found", "", "没有这个地址", ""},
    {"media: not found", "", "media: 没有这张照片", ""},
    {"service_request_id: no request ", "", "service_request_id: 没有编号为", "的诉求"},
    {"service_code: no service ", "", "service_code: 没有代码为", "的服务"},
    {"token: unknown token", "", "token: 没有这个令牌", ""},
    {"unknown action ", "", "没有这个操作：", ""},
    {"query_code: does not match this request", "", "query_code: 与该诉求不符", ""},
    {"api_key: required", "", "api_key: 必须提供", ""},
    {"api_key: not valid", "", "api_key: 无效", ""},
    {"operator token required", "", "需要操作员令牌", ""},
    {"operator token not valid", "", "操作员令牌无效", ""},
    {"too many submissions from this address; retry after ", " s", "该地址提交过于频繁，请在", "秒后重试"},
    {"too many failed attempts from this address; retry after ", " s", "该地址失败次数过多，请在", "秒后重试"},
    {"internal error", "", "服务器内部错误", ""},
    {"storage unavailable", "", "存储暂不可用，请稍后重试", ""},
}};

bool is_refusal(int status) {
  return status == 401 || status == 403 || status == 404 || status == 429 || status == 500;
}

}  // namespace

std::string chinese_refusal(std::string_view english) {
  for (const auto& r : kRewordings) {
    const bool fixed = r.en_tail.empty() && r.en_head.back() != ' ';
    if (fixed ? english == r.en_head
              : english.starts_with(r.en_head) && english.ends_with(r.en_tail) &&
                    english.size() > r.en_head.size() + r.en_tail.size()) {
      const auto what = english.substr(r.en_head.size(), english.size() - r.en_head.size() - r.en_tail.size());
      return std::string(r.zh_head) + std::string(what) + std::string(r.zh_tail);
    }
  }
  return {};
}

void word_refusal(const http::Request& req, http::Response& res) {
  if (!is_refusal(res.status) || res.get_header_value("Content-Type") != kJsonType) {
    return;
  }
  const std::string vary = res.get_header_value("Vary");
  if (vary.find("Accept-Language") == std::string::npos) {
    res.replace_header("Vary", vary.empty() ? "Accept-Language" : vary + ", Accept-Language");
  }
  if (!wants_chinese(req)) {
    return;
  }
  auto errors = nlohmann::json::parse(res.body, nullptr, false);
  if (!errors.is_array()) {
    return;
  }
  for (auto& error : errors) {
    if (error.is_object() && error.contains("description") && error["description"].is_string()) {
      if (auto words = chinese_refusal(error["description"].get<std::string>()); !words.empty()) {
        error["description"] = std::move(words);
      }
    }
  }
  res.body = errors.dump();
}

}  // namespace hotline::server
