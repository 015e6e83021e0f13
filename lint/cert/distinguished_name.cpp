// Parsing of declared distinguished-name strings and order-insensitive DN comparison.
#include <algorithm>
#include <utility>

#include <openssl/objects.h>

#include "lint/cert/openssl_detail.h"
#include "lint/core/strings.h"

namespace lint::cert {

namespace {

bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view strip_oid_prefix(std::string_view t) {
  if (t.size() > 4 && ascii_lower(t.substr(0, 4)) == "oid.") return t.substr(4);
  return t;
}

bool is_dotted_oid(std::string_view t) {
  if (t.empty() || !is_digit(t.front()) || !is_digit(t.back())) return false;
  bool dot = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '.' && t[i - 1] == '.') return false;
    if (t[i] == '.')
      dot = true;
    else if (!is_digit(t[i]))
      return false;
  }
  return dot;
}

// A plausible attribute type: a keyword (letter, then letters, digits, '-') or a dotted OID.
bool is_type_token(std::string_view t) {
  t = strip_oid_prefix(t);
  if (is_dotted_oid(t)) return true;
  if (t.empty() || !is_alpha(t.front())) return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return is_alpha(c) || is_digit(c) || c == '-'; });
}

// Case-insensitive spellings of the common attribute types (keys in lower case).
constexpr std::pair<std::string_view, std::string_view> aliases[] = {
    {"cn", "CN"},
    {"commonname", "CN"},
    {"c", "C"},
    {"countryname", "C"},
    {"o", "O"},
    {"organizationname", "O"},
    {"ou", "OU"},
    {"organizationalunitname", "OU"},
    {"l", "L"},
    {"localityname", "L"},
    {"st", "ST"},
    {"s", "ST"},
    {"stateorprovincename", "ST"},
    {"street", "street"},
    {"streetaddress", "street"},
    {"serialnumber", "serialNumber"},
    {"organizationidentifier", "organizationIdentifier"},
    {"e", "emailAddress"},
    {"email", "emailAddress"},
    {"emailaddress", "emailAddress"},
    {"dc", "DC"},
    {"uid", "UID"},
    {"gn", "GN"},
    {"givenname", "GN"},
    {"sn", "SN"},
    {"surname", "SN"},
    {"title", "title"},
};

// The short name for a case-insensitive spelling in `aliases`, or "".
std::string alias(std::string_view type) {
  const std::string key = ascii_lower(type);
  for (const auto& [from, to] : aliases)
    if (from == key) return std::string(to);
  return {};
}

// One piece of DN text between separators, and the separator before it.
struct Piece {
  char separator;
  std::string_view text;
};

std::vector<Piece> split_pieces(std::string_view text, std::string_view separators) {
  std::vector<Piece> pieces;
  bool quoted = false;
  std::size_t start = 0;
  char sep = '\0';
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
      continue;
    }
    if (text[i] == '"') quoted = !quoted;
    if (quoted || separators.find(text[i]) == std::string_view::npos) continue;
    pieces.push_back({sep, text.substr(start, i - start)});
    sep = text[i];
    start = i + 1;
  }
  pieces.push_back({sep, text.substr(start)});
  return pieces;
}

// The position of the first '=' that is not escaped, or npos.
std::size_t find_equals(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\')
      ++i;
    else if (s[i] == '=')
      return i;
  }
  return std::string_view::npos;
}

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Removes surrounding quotes and RFC 2253 escapes ("\,", "\\", "\2C").
std::string unescape(std::string_view raw) {
  raw = trim(raw);
  if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"') raw = raw.substr(1, raw.size() - 2);
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\\' || i + 1 == raw.size()) {
      out += raw[i];
      continue;
    }
    const int hi = hex_value(raw[i + 1]);
    const int lo = i + 2 < raw.size() ? hex_value(raw[i + 2]) : -1;
    if (hi >= 0 && lo >= 0) {
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += raw[++i];
    }
  }
  return std::string(trim(out));
}

struct RawAttribute {
  std::string_view type;
  std::string value;  // raw (still escaped) text, pieces joined with their separators
};

std::vector<RawAttribute> group_pieces(const std::vector<Piece>& pieces) {
  std::vector<RawAttribute> attrs;
  for (const Piece& p : pieces) {
    const std::size_t eq = find_equals(p.text);
    const std::string_view type = eq == std::string_view::npos ? std::string_view() : trim(p.text.substr(0, eq));
    if (eq != std::string_view::npos && is_type_token(type)) {
      attrs.push_back({type, std::string(p.text.substr(eq + 1))});
    } else if (!attrs.empty()) {
      attrs.back().value += p.separator;
      attrs.back().value += p.text;
    } else if (!trim(p.text).empty()) {
      return {};  // text before the first "type=" is not a DN
    }
  }
  return attrs;
}

using Canonical = std::vector<std::pair<std::string, std::string>>;

Canonical canonical(const DistinguishedName& dn) {
  Canonical out;
  out.reserve(dn.size());
  for (const auto& a : dn) out.emplace_back(canonical_attribute_type(a.type), std::string(trim(a.value)));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string canonical_attribute_type(std::string_view type) {
  const std::string_view t = strip_oid_prefix(trim(type));
  if (t.empty()) return {};
  detail::ErrorQueueGuard guard;
  const int nid = OBJ_txt2nid(std::string(t).c_str());
  if (nid != NID_undef) {
    if (const char* sn = OBJ_nid2sn(nid)) return sn;
  }
  std::string a = alias(t);
  return a.empty() ? std::string(t) : a;
}

DistinguishedName parse_dn(std::string_view text) {
  text = trim(text);
  const bool slash_form = !text.empty() && text.front() == '/';
  if (slash_form) text.remove_prefix(1);
  DistinguishedName dn;
  for (const RawAttribute& a : group_pieces(split_pieces(text, slash_form ? "/+" : ",;+")))
    dn.push_back({canonical_attribute_type(a.type), unescape(a.value)});
  return dn;
}

bool same_name(const DistinguishedName& a, const DistinguishedName& b) {
  return a.size() == b.size() && canonical(a) == canonical(b);
}

}  // namespace lint::cert
