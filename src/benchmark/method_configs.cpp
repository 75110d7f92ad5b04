#include "benchmark/method_configs.h"

#include <map>
#include <set>
#include <stdexcept>

#include "dates/date_model_trainer.h"

namespace annals::benchmark {

std::shared_ptr<const DateModel> train_date_model_on(const std::vector<PreparedTopic>& topics,
                                                     const Topic* held_out, const std::string& trained_on) {
  std::vector<tls::DateTrainingExample> examples;
  for (const PreparedTopic& prepared : topics) {
    if (prepared.topic == held_out) continue;
    for (const Task& task : prepared.tasks) {
      std::set<Date> reference;
      for (const auto& [date, summary] : task.reference.dates) reference.insert(date);
      examples.push_back({&prepared.corpus, task.request, std::move(reference)});
    }
  }
  tls::DateTrainingOptions options;
  options.trained_on = trained_on;
  return std::make_shared<const DateModel>(tls::train_date_model(examples, options));
}

ConfigProvider default_method_configs(Diagnostics& diagnostics) {
  // One model per held-out topic, shared by that topic's tasks; null when training failed.
  auto cache = std::make_shared<std::map<const Topic*, std::shared_ptr<const DateModel>>>();
  return [cache, &diagnostics](const std::string& method, const Task& task,
                               const std::vector<PreparedTopic>& topics) {
    MethodConfig config;
    const MethodInfo* info = find_method(method);
    if (!info || !info->supervised || topics.size() < 2) return config;
    auto [it, first_time] = cache->try_emplace(task.topic);
    if (first_time) {
      try {
        it->second = train_date_model_on(topics, task.topic,
                                         "leave-one-topic-out: every topic of the run but " + task.topic->name);
      } catch (const std::invalid_argument& e) {
        diagnostics.warning(task.reference_path.string(), 0,
                            "cannot train a date model without topic " + task.topic->name + " (" + e.what() +
                                "); using the shipped model");
      }
    }
    config.date_model = it->second;
    return config;
  };
}

}  // namespace annals::benchmark
