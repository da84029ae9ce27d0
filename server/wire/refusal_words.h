// 401, 403, 404, 429 and 500 descriptions in the client's language, as the 400s (error_words.h):
// routes word them in English; one post-routing hook rewords them in Chinese when the client asks.
#pragma once

#include <string>
#include <string_view>

#include "http/message.h"

namespace hotline::server {

// The Chinese words of an English refusal description, or "" when it is none of the known ones.
std::string chinese_refusal(std::string_view english);

// For a 401, 403, 404, 429 or 500 Open311 error answer: each description reworded in Chinese when
// the client's best language we have is Chinese, and Vary: Accept-Language on every such answer.
void word_refusal(const http::Request& req, http::Response& res);

}  // namespace hotline::server
