// multipart/form-data: exact layout, and a boundary that never occurs in the data.
#include <catch2/catch.hpp>

#include "api/multipart.h"

using namespace hotline;

TEST_CASE("multipart body layout") {
  const api::MultipartBody m =
      api::encode_multipart({{"service_code", "101"}, {"description", "井盖 破损"}},
                            {{"media", "p1.jpg", "image/jpeg", std::string("\xff\xd8\x00\x01", 4)}}, "abc");
  CHECK(m.content_type == "multipart/form-data; boundary=hotline-abc");
  const std::string expected = std::string(
                                   "--hotline-abc\r\n"
                                   "Content-Disposition: form-data; name=\"service_code\"\r\n\r\n"
                                   "101\r\n"
                                   "--hotline-abc\r\n"
                                   "Content-Disposition: form-data; name=\"description\"\r\n\r\n"
                                   "井盖 破损\r\n"
                                   "--hotline-abc\r\n"
                                   "Content-Disposition: form-data; name=\"media\"; filename=\"p1.jpg\"\r\n"
                                   "Content-Type: image/jpeg\r\n\r\n") +
                               std::string("\xff\xd8\x00\x01", 4) + "\r\n--hotline-abc--\r\n";
  CHECK(m.body == expected);
}

TEST_CASE("the boundary grows until it is absent from every part") {
  const api::MultipartBody m = api::encode_multipart({{"description", "x--hotline-k y hotline-ka"}},
                                                     {{"media", "a.png", "image/png", "hotline-kab"}}, "k");
  const std::string boundary = m.content_type.substr(m.content_type.find('=') + 1);
  CHECK(boundary.rfind("hotline-k", 0) == 0);
  CHECK(boundary.size() > std::string("hotline-kab").size());
  CHECK(std::string("x--hotline-k y hotline-ka").find(boundary) == std::string::npos);
  CHECK(std::string("hotline-kab").find(boundary) == std::string::npos);
}
