// Converts a rules/ format schema (SchemaField tree) to a JSON Schema, draft 2020-12.
#include "lint/format/json_schema.h"

#include <string_view>
#include <utility>
#include <vector>

#include "lint/format/json_writer.h"

namespace lint {

namespace {

class SchemaWriter {
 public:
  explicit SchemaWriter(std::ostream& out) : m_out(out) {}

  void field(const SchemaField& f, int depth);
  /// The keywords of `f`, as members of an object already open at `depth` - 1.
  void members(const SchemaField& f, int depth, bool& first);

 private:
  void indent(int depth) { m_out << '\n' << std::string(static_cast<std::size_t>(depth) * 2, ' '); }
  // Starts a member: `,` unless it is the object's first, a new line, `"name": `.
  void key(std::string_view name, int depth, bool& first);
  void string_list(const std::vector<std::string>& items);
  void type_keywords(const SchemaField& f, int depth, bool& first);
  void enum_keyword(const SchemaField& f, int depth, bool& first);
  void map_keywords(const SchemaField& f, int depth, bool& first);
  void properties(const SchemaField& f, int depth, bool& first);
  void alternatives(const SchemaField& f, int depth, bool& first);

  std::ostream& m_out;
};

void SchemaWriter::key(std::string_view name, int depth, bool& first) {
  if (!first) m_out << ',';
  first = false;
  indent(depth);
  write_json_string(m_out, name);
  m_out << ": ";
}

void SchemaWriter::string_list(const std::vector<std::string>& items) {
  m_out << '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) m_out << ", ";
    write_json_string(m_out, items[i]);
  }
  m_out << ']';
}

// The description a field documents, with the rule that checks its content.
std::string description_of(const SchemaField& f) {
  std::string text = f.description;
  if (!f.owner.empty()) {
    if (!text.empty()) text += ' ';
    text.append("Its content is checked by ")
        .append(f.owner)
        .append(" (dsoplint explain ")
        .append(f.owner)
        .append(").");
  }
  return text;
}

// A JSON integer literal, optionally signed with '+' (which JSON leaves out).
bool is_integer(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  if (text.empty() || (text.size() > 1 && text[0] == '0')) return false;  // JSON has no leading zeros
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

// An integer field's allowed values are written as numbers, every other value as a string.
void SchemaWriter::enum_keyword(const SchemaField& f, int depth, bool& first) {
  if (f.values.empty()) return;
  key("enum", depth, first);
  m_out << '[';
  for (std::size_t i = 0; i < f.values.size(); ++i) {
    const std::string& v = f.values[i];
    if (i) m_out << ", ";
    if (f.type == "integer" && is_integer(v))
      m_out << (v[0] == '+' ? v.substr(1) : v);
    else
      write_json_string(m_out, v);
  }
  m_out << ']';
}

void SchemaWriter::type_keywords(const SchemaField& f, int depth, bool& first) {
  struct Mapping {
    std::string_view type, json_type, format;
  };
  static const Mapping kMappings[] = {
      {"map", "object", ""},      {"list", "array", ""},        {"string", "string", ""},
      {"integer", "integer", ""}, {"boolean", "boolean", ""},   {"date", "string", "date"},
      {"url", "string", "uri"},   {"email", "string", "email"}, {"path", "string", ""},
  };
  for (const Mapping& m : kMappings) {
    if (m.type != f.type) continue;
    key("type", depth, first);
    write_json_string(m_out, m.json_type);
    if (!m.format.empty()) {
      key("format", depth, first);
      write_json_string(m_out, m.format);
    }
  }
}

void SchemaWriter::properties(const SchemaField& f, int depth, bool& first) {
  key("properties", depth, first);
  m_out << '{';
  bool first_property = true;
  for (const auto& [name, child] : f.fields) {
    key(name, depth + 1, first_property);
    field(child, depth + 1);
  }
  indent(depth);
  m_out << '}';
  std::vector<std::string> required;
  for (const auto& [name, child] : f.fields)
    if (child.required && child.required_unless.empty()) required.push_back(name);
  if (!required.empty()) {
    key("required", depth, first);
    string_list(required);
  }
}

// `required_unless`: the field, or its sibling, must be there.
void SchemaWriter::alternatives(const SchemaField& f, int depth, bool& first) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& [name, child] : f.fields)
    if (child.required && !child.required_unless.empty()) pairs.emplace_back(name, child.required_unless);
  if (pairs.empty()) return;
  key("allOf", depth, first);
  m_out << '[';
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    if (i) m_out << ',';
    indent(depth + 1);
    m_out << "{\"anyOf\": [{\"required\": ";
    string_list({pairs[i].first});
    m_out << "}, {\"required\": ";
    string_list({pairs[i].second});
    m_out << "}]}";
  }
  indent(depth);
  m_out << ']';
}

void SchemaWriter::map_keywords(const SchemaField& f, int depth, bool& first) {
  if (!f.fields.empty()) {
    properties(f, depth, first);
    alternatives(f, depth, first);
  }
  if (!f.keys.empty()) {
    key("propertyNames", depth, first);
    m_out << "{\"enum\": ";
    string_list(f.keys);
    m_out << '}';
  }
  if (f.each) {
    key("additionalProperties", depth, first);
    field(*f.each, depth);
  } else if (!f.open && !f.fields.empty()) {
    key("additionalProperties", depth, first);
    m_out << "false";
  }
}

void SchemaWriter::members(const SchemaField& f, int depth, bool& first) {
  const std::string description = description_of(f);
  if (!description.empty()) {
    key("description", depth, first);
    write_json_string(m_out, description);
  }
  type_keywords(f, depth, first);
  enum_keyword(f, depth, first);
  if (f.type == "map") map_keywords(f, depth, first);
  if (f.type == "list" && f.each) {
    key("items", depth, first);
    field(*f.each, depth);
  }
}

void SchemaWriter::field(const SchemaField& f, int depth) {
  m_out << '{';
  bool first = true;
  members(f, depth + 1, first);
  if (!first) indent(depth);
  m_out << '}';
}

}  // namespace

void write_json_schema(std::ostream& out, const Schema& schema, const std::string& generator) {
  out << "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$comment\": ";
  std::string comment = "Generated by ";
  comment.append(generator).append(" from ").append(schema.file).append(" (dsoplint schema); do not edit.");
  write_json_string(out, comment);
  out << ",\n  \"title\": ";
  write_json_string(out, schema.name);
  if (!schema.description.empty()) {
    out << ",\n  \"description\": ";
    write_json_string(out, schema.description);
  }
  bool first = false;
  SchemaWriter(out).members(schema.root, 1, first);
  out << "\n}\n";
}

}  // namespace lint
