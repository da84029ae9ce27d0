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

// Calls use(piece) with the body's pieces in order: walked once to size the body, once to write it.
template <typename Use>
void for_each_piece(std::string_view boundary, std::string_view delimiter,
                    const std::vector<open311::FormField>& fields, const std::vector<FilePart>& files, Use use) {
  constexpr std::string_view kField = "Content-Disposition: form-data; name=\"";
  constexpr std::string_view kFile = "\"; filename=\"";
  constexpr std::string_view kType = "\"\r\nContent-Type: ";
  constexpr std::string_view kHeadEnd = "\r\n\r\n";
  constexpr std::string_view kPartEnd = "\r\n";
  for (const auto& f : fields) {
    for (std::string_view piece :
         {delimiter, kField, std::string_view(f.name), std::string_view("\""), kHeadEnd, f.value.view(), kPartEnd}) {
      use(piece);
    }
  }
  for (const auto& f : files) {
    for (std::string_view piece :
         {delimiter, kField, std::string_view(f.name), kFile, std::string_view(f.filename), kType,
          std::string_view(f.content_type), kHeadEnd, std::string_view(f.data), kPartEnd}) {
      use(piece);
    }
  }
  for (std::string_view piece : {std::string_view("--"), boundary, std::string_view("--\r\n")}) {
    use(piece);
  }
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
  // One block for the whole body: growing it would copy the fields and leave each old block to zero.
  std::size_t size = 0;
  for_each_piece(boundary, delimiter, fields, files, [&size](std::string_view piece) { size += piece.size(); });
  out.body.reserve(size);
  for_each_piece(boundary, delimiter, fields, files, [&out](std::string_view piece) { out.body += piece; });
  return out;
}

}  // namespace hotline::api
