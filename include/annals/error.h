// The one error style of the public API.
//
// Problems with input records (a malformed line, an unreadable date) never
// throw: they become Diagnostics, and the rest of the input is used. Problems
// with what the caller asked for or with the files it named throw one of
// these, with a message meant for people that names the culprit and, where
// there is a choice, the valid choices.
#pragma once

#include <stdexcept>
#include <string>

namespace annals {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The request cannot be carried out as asked: an unknown method, parameter or
// format, a value out of range, a model that does not fit the method. The
// command line turns it into exit code 2.
class UsageError : public Error {
 public:
  using Error::Error;
};

// A file or stream could not be read or written; the message has the path and
// the system's reason.
class IoError : public Error {
 public:
  using Error::Error;
};

}  // namespace annals
