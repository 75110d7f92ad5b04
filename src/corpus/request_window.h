// Whether a day may appear on a requested timeline.
#pragma once

#include "annals/method.h"

namespace annals::tls {

inline bool in_window(Date day, const TimelineRequest& request) {
  return !(request.from && day < *request.from) && !(request.to && day > *request.to);
}

}  // namespace annals::tls
