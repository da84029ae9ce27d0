// The answer language a client asks for with Accept-Language (RFC 9110 12.5.4).
#pragma once

#include "http/message.h"
#include "text/catalog.h"

namespace hotline::server {

// The preferred language we have, by quality: zh-TW/zh-Hant/zh-HK -> zh-TW, en* -> en, other zh -> zh-CN;
// zh-CN, the hotline's own language, when the header is absent or names nothing we have.
text::Language answer_language(const http::Request& req);
// Whether the client's best language we have is Chinese: error descriptions are written for client
// developers, in English unless the client asks for Chinese.
bool wants_chinese(const http::Request& req);

}  // namespace hotline::server
