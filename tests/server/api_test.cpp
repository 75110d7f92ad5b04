// The JSON API against a real server on a random loopback port.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "annals/error.h"
#include "server_fixture.h"

namespace annals {
namespace {

using nlohmann::json;
using testing::RunningServer;
using testing::run_annals;

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer(); }
  static void TearDownTestSuite() { delete server; }

  static json get_json(const std::string& path, int expected_status = 200) {
    auto response = server->client().Get(path);
    EXPECT_TRUE(response) << path;
    if (!response) return nullptr;
    EXPECT_EQ(response->status, expected_status) << path << ": " << response->body;
    EXPECT_EQ(response->get_header_value("Content-Type"), "application/json") << path;
    return json::parse(response->body);
  }

  static RunningServer* server;
};

RunningServer* ApiTest::server = nullptr;

TEST_F(ApiTest, HealthInfoAndMethodsDescribeTheStore) {
  ASSERT_EQ(server->ingest_exit_code(), 0);
  EXPECT_EQ(get_json("/api/health")["status"], "ok");
  const json info = get_json("/api/info");
  EXPECT_EQ(info["articles"], 55);  // lines of data/demo/articles.jsonl
  EXPECT_EQ(info["first_date"], "2025-03-02");
  EXPECT_EQ(info["languages"], json::array({"en"}));
  const json methods = get_json("/api/methods");
  ASSERT_FALSE(methods["methods"].empty());
  EXPECT_EQ(methods, json::parse(run_annals("methods --format json").out));
}

TEST_F(ApiTest, TimelineIsWhatTheCommandLineWritesForTheSameRequest) {
  for (const auto& [query, options] : std::vector<std::pair<std::string, std::string>>{
           {"", ""},
           {"?dates=4&sentences=1&method=clust", " --dates 4 --sentences 1 --method clust"},
           {"?query=dam,inquiry&from=2025-03-03&to=2025-03-20&method=baseline&param.lead_sentences=2",
            " --query dam,inquiry --from 2025-03-03 --to 2025-03-20 --method baseline --param lead_sentences=2"},
           {"?dates=6&method=datewise&keep_boilerplate=true", " --dates 6 --method datewise --keep-boilerplate"}}) {
    const json api = get_json("/api/timeline" + query);
    auto cli = run_annals("timeline -q --store " + server->store() + " --format json" + options);
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    EXPECT_EQ(api, json::parse(cli.out)) << query;
    EXPECT_FALSE(api["timeline"].empty()) << query;
  }
}

TEST_F(ApiTest, BadParametersAreRefusedWithTheReason) {
  for (const auto& [query, words] : std::vector<std::pair<std::string, std::string>>{
           {"dates=0", "dates expects an integer from 1 to 10000"},
           {"dates=ten", "dates expects an integer"},
           {"sentences=1001", "sentences expects an integer from 1 to 1000"},
           {"from=2025-03-10&to=2025-03-01", "is after to"},
           {"from=March", "from expects a date YYYY-MM-DD"},
           {"method=oracle", "oracle"},
           {"method=clust&param.inflate=2", "inflate"},
           {"param.model=/etc/passwd", "param.model is not accepted"},
           {"dates=3&dates=4", "more than once"},
           {"param.lead_sentences=abc&param.lead_sentences=3", "lead_sentences is given more than once"},
           {"keep_boilerplate=yes", "keep_boilerplate expects true or false"},
           {"color=red", "unknown parameter 'color'"}}) {
    const json error = get_json("/api/timeline?" + query, 400);
    EXPECT_NE(error["error"].get<std::string>().find(words), std::string::npos) << query << ": " << error;
  }
  EXPECT_NE(get_json("/api/dates?dates=3", 400)["error"].get<std::string>().find("unknown parameter"),
            std::string::npos);
  EXPECT_EQ(get_json("/api/nothing-here", 404)["error"], "no such endpoint: /api/nothing-here");
}

TEST_F(ApiTest, DatesCountEveryArticleOnItsDayAndTheMentionsOfEachDay) {
  const json all = get_json("/api/dates");
  std::size_t articles = 0, mentions = 0;
  std::string previous;
  for (const json& day : all["days"]) {
    EXPECT_LT(previous, day["date"].get<std::string>());  // ascending, one row per day
    previous = day["date"];
    articles += day["articles"].get<std::size_t>();
    mentions += day["mentions"].get<std::size_t>();
  }
  EXPECT_EQ(articles, 55);
  EXPECT_GT(mentions, 0);
  const json window = get_json("/api/dates?from=2025-03-03&to=2025-03-03");
  ASSERT_EQ(window["days"].size(), 1);
  EXPECT_EQ(window["days"][0]["date"], "2025-03-03");
  const json day = get_json("/api/articles?date=2025-03-03");
  EXPECT_EQ(day["articles"].size(), window["days"][0]["articles"]);
}

TEST_F(ApiTest, AnArticleComesWithItsSentencesAndAnUnknownOneIs404) {
  const json first = get_json("/api/articles?date=2025-03-02")["articles"][0];
  const json article = get_json("/api/articles/" + first["id"].get<std::string>());
  EXPECT_EQ(article["id"], first["id"]);
  EXPECT_EQ(article["title"], first["title"]);
  ASSERT_GT(article["sentences"].size(), 1);
  EXPECT_EQ(article["sentences"][1]["position"], 1);
  EXPECT_FALSE(article["sentences"][0]["text"].get<std::string>().empty());
  EXPECT_EQ(get_json("/api/articles/no-such-id", 404)["error"], "no article with id 'no-such-id'");
}

TEST_F(ApiTest, OpenApiDescribesEveryRoute) {
  const json doc = get_json("/api/openapi.json");
  EXPECT_EQ(doc["openapi"], "3.0.3");
  for (const char* path : {"/api/health", "/api/info", "/api/methods", "/api/timeline", "/api/dates", "/api/articles",
                           "/api/articles/{id}", "/api/openapi.json"})
    EXPECT_TRUE(doc["paths"].contains(path)) << path;
  EXPECT_TRUE(doc["paths"]["/api/articles"].contains("post"));
}

TEST(ApiIngestTest, PostedArticlesAreAddedWithTheTokenAndBadLinesReported) {
  ServerOptions options;
  options.token = "s3cret";
  RunningServer server("", options);
  auto client = server.client();
  const std::string body =
      "{\"id\": \"new-1\", \"date\": \"2025-04-02\", \"text\": \"The new bridge over the Brennock opened on "
      "Tuesday.\", \"source\": \"Wire\"}\n"
      "not json\n"
      "{\"id\": \"new-2\", \"date\": \"2025-04-03\"}\n";
  auto refused = client.Post("/api/articles", body, "application/x-ndjson");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 401);
  EXPECT_EQ(refused->get_header_value("WWW-Authenticate"), "Bearer");
  auto wrong = client.Post("/api/articles", {{"Authorization", "Bearer s3cre7"}}, body, "application/x-ndjson");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);

  auto added = client.Post("/api/articles", {{"Authorization", "Bearer s3cret"}}, body, "application/x-ndjson");
  ASSERT_TRUE(added);
  ASSERT_EQ(added->status, 200) << added->body;
  const json report = json::parse(added->body);
  EXPECT_EQ(report["added"], 1);
  ASSERT_EQ(report["rejected"].size(), 2) << report;
  EXPECT_EQ(report["rejected"][0]["line"], 2);
  EXPECT_EQ(report["rejected"][1]["line"], 3);
  auto article = client.Get("/api/articles/new-1");
  ASSERT_TRUE(article);
  EXPECT_EQ(article->status, 200);
  EXPECT_EQ(json::parse(article->body)["outlet"], "Wire");
  EXPECT_EQ(json::parse(client.Get("/api/info")->body)["articles"], 56);

  auto nothing = client.Post("/api/articles", {{"Authorization", "Bearer s3cret"}}, "{oops\n", "application/x-ndjson");
  ASSERT_TRUE(nothing);
  EXPECT_EQ(nothing->status, 400);
}

TEST(ApiIngestTest, AnArticleWithoutTitleGetsTheHeadlineGluedToItsLead) {
  ServerOptions options;
  options.token = "s3cret";
  RunningServer server("", options);
  auto client = server.client();
  const std::string body =
      "{\"id\": \"glued-1\", \"date\": \"2025-04-02\", \"text\": \"Bridge over the Brennock reopens The new bridge "
      "over the Brennock opened to traffic on Tuesday after two years of work.\"}\n";
  auto added = client.Post("/api/articles", {{"Authorization", "Bearer s3cret"}}, body, "application/x-ndjson");
  ASSERT_TRUE(added);
  ASSERT_EQ(added->status, 200) << added->body;
  const json article = json::parse(client.Get("/api/articles/glued-1")->body);
  EXPECT_EQ(article["title"], "Bridge over the Brennock reopens");
  const json day = json::parse(client.Get("/api/articles?date=2025-04-02")->body);
  ASSERT_EQ(day["articles"].size(), 1u) << day;
  EXPECT_EQ(day["articles"][0]["title"], "Bridge over the Brennock reopens");
}

TEST(ServerOptionsTest, OtherHostsNeedATokenAndTheStoreMustExist) {
  auto options = [](std::string store, std::string host) {
    ServerOptions o;
    o.store = std::move(store);
    o.host = std::move(host);
    return o;
  };
  EXPECT_THROW(Server(options("x.db", "0.0.0.0")), UsageError);
  EXPECT_THROW(Server(options("x.db", "192.168.1.4")), UsageError);
  EXPECT_THROW(Server(options("/nonexistent/dir/x.db", "127.0.0.1")), Error);
  EXPECT_THROW(Server(options("", "127.0.0.1")), UsageError);
}

}  // namespace
}  // namespace annals
