// The answer language a client asks for with Accept-Language (RFC 9110 12.5.4).
#pragma once

#include "http/message.h"
#include "text/catalog.h"

namespace hotline::server {

// The preferred language we have, by quality: zh-TW/zh-Hant/zh-HK -> zh-TW, en* -> en, other zh -> zh-CN;
// zh-CN, the hotline's own language, when the header is absent or names nothing we have.
text::Language answer_language(const http::Request& req);
// The language of error descriptions: written for client developers, so English unless the client's
// best language we have is Chinese (Simplified or Traditional).
text::Language error_language(const http::Request& req);
// Whether error_language() is a Chinese one, for descriptions written in one Chinese only.
bool wants_chinese(const http::Request& req);

}  // namespace hotline::server
