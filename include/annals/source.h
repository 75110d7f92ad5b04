// Where articles come from, behind one interface: files and folders today;
// anything else that yields articles (a store, a feed) plugs in here.
#pragma once

#include <string>
#include <vector>

#include "annals/loader.h"

namespace annals {

class ArticleSource {
 public:
  virtual ~ArticleSource() = default;
  // Every article the source holds, in a stable order, with a diagnostic
  // for each record it had to reject. Never throws for bad data.
  virtual LoadResult read() = 0;
};

// Files, folders and "-" for standard input, as load_articles reads them.
class FileSource final : public ArticleSource {
 public:
  explicit FileSource(std::vector<std::string> inputs, LoadOptions options = {})
      : inputs_(std::move(inputs)), options_(std::move(options)) {}
  LoadResult read() override { return load_articles(inputs_, options_); }

 private:
  std::vector<std::string> inputs_;
  LoadOptions options_;
};

}  // namespace annals
