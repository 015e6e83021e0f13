// JSON output read back for tests with the project's YAML parser.
#include "tests/support/json_reader.h"

namespace lint::test {

NodeId ParsedJson::at(NodeId from, std::initializer_list<std::string> path) const {
  NodeId n = from;
  for (const auto& part : path) {
    if (doc().is_sequence(n)) {
      n = doc().node(doc().resolve(n)).children.at(std::stoul(part));
    } else {
      n = doc().get(n, part);
    }
    if (n == kNoNode) return n;
  }
  return n;
}

std::unique_ptr<ParsedJson> parse_json(const std::string& text) {
  auto p = std::make_unique<ParsedJson>();
  p->source = SourceFile("out.json", text);
  p->yaml = parse_yaml(p->source);
  return p;
}

}  // namespace lint::test
