// The words of 400 descriptions (see error_words.h).
#include "wire/error_words.h"

#include <string>
#include <string_view>

namespace hotline::server {

namespace {

struct Words {
  std::string_view en;
  std::string_view zh;
};

std::string_view pick(const Words& words, bool chinese) {
  return chinese ? words.zh : words.en;
}

// The Open311 parameter(s) a client sends for each validated field.
std::string_view parameter_of(domain::Field field) {
  using domain::Field;
  switch (field) {
    case Field::Type:
    case Field::ServiceCode:
      return "service_code";
    case Field::Description:
      return "description";
    case Field::Location:
      return "lat and long, or address_string";
    case Field::Latitude:
      return "lat";
    case Field::Longitude:
      return "long";
    case Field::Address:
      return "address_string";
    case Field::KioskStation:
      return "attribute[kiosk_station]";
    case Field::Anonymous:
      return "attribute[anonymous]";
    case Field::ContactName:
      return "first_name or last_name";
    case Field::Mobile:
      return "phone";
    case Field::ResidentId:
      return "attribute[resident_id]";
    case Field::Photos:
      return "media";
  }
  return "request";
}

Words words_of(domain::ErrorCode code) {
  using domain::ErrorCode;
  switch (code) {
    case ErrorCode::Required:
      return {"required for this service", "此项必填"};
    case ErrorCode::TooShort:
      return {"too short, at least {min} characters", "太短，至少{min}个字"};
    case ErrorCode::TooLong:
      return {"too long, at most {max} characters", "太长，最多{max}个字"};
    case ErrorCode::InvalidUtf8:
      return {"not valid UTF-8 text", "不是有效的UTF-8文本"};
    case ErrorCode::ControlCharacter:
      return {"contains invisible control characters", "含有不可见的控制字符"};
    case ErrorCode::InvalidMobile:
      return {"not a mainland mobile number (11 digits starting with 13 to 19)",
              "不是有效的手机号码（以13至19开头的11位数字）"};
    case ErrorCode::IdLength:
      return {"a resident ID has 18 characters, not {length}", "身份证号码应为18位，而不是{length}位"};
    case ErrorCode::IdCharacters:
      return {"a resident ID is 17 digits and then a digit or X", "身份证号码应为17位数字加1位数字或X"};
    case ErrorCode::IdAreaCode:
      return {"the first two digits are no province code", "前两位不是省份代码"};
    case ErrorCode::IdBirthDate:
      return {"the birth date in it does not exist", "其中的出生日期不存在"};
    case ErrorCode::IdBirthDateInFuture:
      return {"the birth date in it is in the future", "其中的出生日期晚于今天"};
    case ErrorCode::IdChecksum:
      return {"the check character does not match the other 17", "校验码与前17位不符"};
    case ErrorCode::OutOfRange:
      return {"must be from {min} to {max}", "应在{min}到{max}之间"};
    case ErrorCode::TypeMismatch:
      return {"this service belongs to another request type", "该服务属于其他诉求类型"};
    case ErrorCode::UnknownServiceCode:
      return {"no such service", "没有这个服务"};
    case ErrorCode::AnonymousNotAllowed:
      return {"this service cannot be anonymous: the department must be able to call back",
              "该服务不能匿名：承办单位需要回复诉求人"};
    case ErrorCode::NotAllowedWhenAnonymous:
      return {"must be left out when attribute[anonymous] is true", "匿名反映时不能填写"};
    case ErrorCode::TooManyPhotos:
      return {"at most {max} photos", "最多{max}张照片"};
    case ErrorCode::UnsupportedPhotoType:
      return {"photo {number} is neither JPEG nor PNG", "第{number}张照片不是JPEG或PNG格式"};
    case ErrorCode::InvalidStationId:
      return {"1 to 32 letters, digits, - or _", "应为1至32位字母、数字、-或_"};
  }
  return {"not accepted", "不被接受"};
}

Words words_of(open311::DecodeErrorCode code) {
  using open311::DecodeErrorCode;
  switch (code) {
    case DecodeErrorCode::TooLarge:
      return {"too large", "内容过大"};
    case DecodeErrorCode::InvalidUtf8:
      return {"not valid UTF-8 text", "不是有效的UTF-8文本"};
    case DecodeErrorCode::NotJson:
      return {"not valid JSON", "不是有效的JSON"};
    case DecodeErrorCode::TooDeep:
      return {"nested too deeply", "嵌套层级过深"};
    case DecodeErrorCode::WrongTopLevel:
      return {"expected a JSON object", "应为JSON对象"};
    case DecodeErrorCode::WrongType:
      return {"of the wrong type (for example text where a number belongs)", "类型不对（例如应填数字处填了文字）"};
    case DecodeErrorCode::MissingField:
      return {"required", "此项必填"};
    case DecodeErrorCode::InvalidValue:
      return {"not an accepted value", "取值无效"};
    case DecodeErrorCode::TooLong:
      return {"too long", "太长"};
    case DecodeErrorCode::BadPercentEscape:
      return {"has a % that is not followed by two hexadecimal digits", "含有后面不是两位十六进制数字的%"};
    case DecodeErrorCode::DuplicateField:
      return {"sent more than once", "重复提交"};
  }
  return {"not accepted", "不被接受"};
}

// "{name}" placeholders replaced by the error's parameters.
std::string filled(std::string_view text, const std::vector<base::MessageParam>& params) {
  std::string out(text);
  for (const auto& param : params) {
    const std::string placeholder = "{" + param.name + "}";
    for (auto at = out.find(placeholder); at != std::string::npos; at = out.find(placeholder, at)) {
      out.replace(at, placeholder.size(), param.value);
      at += param.value.size();
    }
  }
  return out;
}

}  // namespace

open311::ApiError describe_field_error(const domain::FieldError& error, bool chinese) {
  open311::ApiError out;
  out.code = 400;
  out.description =
      std::string(parameter_of(error.field)) + ": " + filled(pick(words_of(error.code), chinese), error.params);
  out.field_error = std::string(domain::to_code(error.field)) + "." + std::string(domain::to_code(error.code));
  return out;
}

std::string describe_decode_error(const open311::DecodeError& error, bool chinese) {
  const Words words = words_of(error.code);
  return describe(error.field.empty() ? std::string_view(chinese ? "请求" : "request") : error.field, words.en,
                  words.zh, chinese);
}

std::string describe_satisfaction_error(bool chinese) {
  return describe("satisfaction", "expected satisfied, basically_satisfied or unsatisfied",
                  "应为satisfied、basically_satisfied或unsatisfied", chinese);
}

std::string describe(std::string_view parameter, std::string_view english, std::string_view chinese_words,
                     bool chinese) {
  return std::string(parameter) + ": " + std::string(chinese ? chinese_words : english);
}

}  // namespace hotline::server
