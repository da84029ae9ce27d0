// The hotline's ten intake channels; every request records the one it came through.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/wire_code.h"

namespace hotline::domain {

enum class Channel { Phone, Website, WeChat, QQ, App, Kiosk, Weibo, Email, Sms, MiniProgram };

inline constexpr std::pair<Channel, std::string_view> kChannelCodes[] = {
    {Channel::Phone, "phone"},   {Channel::Website, "web"},
    {Channel::WeChat, "wechat"}, {Channel::QQ, "qq"},
    {Channel::App, "app"},       {Channel::Kiosk, "kiosk"},
    {Channel::Weibo, "weibo"},   {Channel::Email, "email"},
    {Channel::Sms, "sms"},       {Channel::MiniProgram, "mini_program"},
};

constexpr std::string_view to_code(Channel channel) {
  return base::to_code(kChannelCodes, channel);
}
constexpr std::optional<Channel> channel_from_code(std::string_view code) {
  return base::from_code(kChannelCodes, code);
}
inline std::string label_key(Channel channel) {
  return "channel." + std::string(to_code(channel));
}

}  // namespace hotline::domain
