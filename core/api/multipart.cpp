// multipart/form-data encoding (see multipart.h).
#include "api/multipart.h"

namespace hotline::api {

namespace {

bool occurs_in_parts(const std::string& boundary, const std::vector<open311::FormField>& fields,
                     const std::vector<FilePart>& files) {
  for (const auto& f : fields) {
    if (f.value.find(boundary) != std::string::npos || f.name.find(boundary) != std::string::npos) {
      return true;
    }
  }
  for (const auto& f : files) {
    if (f.data.find(boundary) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

MultipartBody encode_multipart(const std::vector<open311::FormField>& fields, const std::vector<FilePart>& files,
                               std::string_view boundary_seed) {
  std::string boundary = "hotline-" + std::string(boundary_seed);
  for (char extra = 'a'; occurs_in_parts(boundary, fields, files); extra = extra == 'z' ? 'a' : extra + 1) {
    boundary += extra;
  }
  MultipartBody out;
  out.content_type = "multipart/form-data; boundary=" + boundary;
  const std::string delimiter = "--" + boundary + "\r\n";
  for (const auto& f : fields) {
    out.body += delimiter;
    out.body += "Content-Disposition: form-data; name=\"" + f.name + "\"\r\n\r\n";
    out.body += f.value + "\r\n";
  }
  for (const auto& f : files) {
    out.body += delimiter;
    out.body += "Content-Disposition: form-data; name=\"" + f.name + "\"; filename=\"" + f.filename + "\"\r\n";
    out.body += "Content-Type: " + f.content_type + "\r\n\r\n";
    out.body += f.data;
    out.body += "\r\n";
  }
  out.body += "--" + boundary + "--\r\n";
  return out;
}

}  // namespace hotline::api
