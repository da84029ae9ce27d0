// multipart/form-data encoding (see multipart.h).
#include "api/multipart.h"

namespace hotline::api {

namespace {

bool occurs_in_parts(const std::string& boundary, const std::vector<open311::FormField>& fields,
                     const std::vector<FilePart>& files) {
  for (const auto& f : fields) {
    if (f.value.find(boundary) != std::string_view::npos || f.name.find(boundary) != std::string::npos) {
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
  constexpr std::string_view kField = "Content-Disposition: form-data; name=\"";
  constexpr std::string_view kFile = "\"; filename=\"";
  constexpr std::string_view kType = "\"\r\nContent-Type: ";
  constexpr std::string_view kHeadEnd = "\r\n\r\n";
  constexpr std::string_view kPartEnd = "\r\n";
  std::size_t size = boundary.size() + 6;
  for (const auto& f : fields) {
    size += delimiter.size() + kField.size() + f.name.size() + 1 + kHeadEnd.size() + f.value.size() + kPartEnd.size();
  }
  for (const auto& f : files) {
    size += delimiter.size() + kField.size() + f.name.size() + kFile.size() + f.filename.size() + kType.size() +
            f.content_type.size() + kHeadEnd.size() + f.data.size() + kPartEnd.size();
  }
  // One block for the whole body: growing it would copy the fields and leave each old block to zero.
  out.body.reserve(size);
  for (const auto& f : fields) {
    for (std::string_view piece : {std::string_view(delimiter), kField, std::string_view(f.name),
                                   std::string_view("\""), kHeadEnd, f.value.view(), kPartEnd}) {
      out.body += piece;
    }
  }
  for (const auto& f : files) {
    for (std::string_view piece :
         {std::string_view(delimiter), kField, std::string_view(f.name), kFile, std::string_view(f.filename), kType,
          std::string_view(f.content_type), kHeadEnd, std::string_view(f.data), kPartEnd}) {
      out.body += piece;
    }
  }
  out.body += "--";
  out.body += boundary;
  out.body += "--\r\n";
  return out;
}

}  // namespace hotline::api
