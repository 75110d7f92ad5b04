#include "benchmark/method_configs.h"

namespace annals::benchmark {

ConfigProvider default_method_configs() {
  return [](const std::string&, const Task&, const std::vector<PreparedTopic>&) { return MethodConfig{}; };
}

}  // namespace annals::benchmark
