/// WordMap: folded words to values, looked up without hashing the whole word or following a pointer.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lint::text {

/// An open-addressing table for the word lists of the data (language profiles, number words): a
/// text's every word is looked up, so the lookup mixes only the word's first eight bytes and its
/// length, and the slot keeps that key, so that the word itself is compared only on a match.
template <typename V>
class WordMap {
 public:
  /// The value of `word`, or null.
  const V* find(std::string_view word) const {
    const std::uint32_t i = index_of(word);
    return i == kEmpty ? nullptr : &m_entries[i].second;
  }

  const V& at(std::string_view word) const {
    if (const V* v = find(word)) return *v;
    throw std::out_of_range("WordMap::at: " + std::string(word));
  }

  bool contains(std::string_view word) const { return find(word) != nullptr; }

  /// The value of `word`, added as `value` first when the map does not have it.
  V& try_emplace(const std::string& word, V value) {
    if (const std::uint32_t i = index_of(word); i != kEmpty) return m_entries[i].second;
    if (2 * (m_entries.size() + 1) > m_slots.size()) grow();
    m_entries.emplace_back(word, std::move(value));
    place(key_of(word), static_cast<std::uint32_t>(m_entries.size() - 1));
    return m_entries.back().second;
  }

  /// Sets `word`'s value, replacing one it had.
  void set(const std::string& word, V value) { try_emplace(word, value) = std::move(value); }

  std::size_t size() const { return m_entries.size(); }
  bool empty() const { return m_entries.empty(); }
  void clear() {
    m_entries.clear();
    m_slots.clear();
  }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t index = kEmpty;  // into m_entries
  };

  // Where `word` is in m_entries, or kEmpty.
  std::uint32_t index_of(std::string_view word) const {
    if (m_entries.empty()) return kEmpty;
    const std::uint64_t key = key_of(word);
    for (std::size_t i = slot_of(key);; i = (i + 1) & (m_slots.size() - 1)) {
      const Slot& s = m_slots[i];
      if (s.index == kEmpty || (s.key == key && m_entries[s.index].first == word)) return s.index;
    }
  }

  static std::uint64_t key_of(std::string_view word) {
    std::uint64_t bytes = 0;
    std::memcpy(&bytes, word.data(), word.size() < sizeof bytes ? word.size() : sizeof bytes);
    return bytes ^ (static_cast<std::uint64_t>(word.size()) * 0x9E3779B97F4A7C15ULL);
  }

  std::size_t slot_of(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0xFF51AFD7ED558CCDULL) >> 32) & (m_slots.size() - 1);
  }

  void place(std::uint64_t key, std::uint32_t index) {
    std::size_t i = slot_of(key);
    while (m_slots[i].index != kEmpty) i = (i + 1) & (m_slots.size() - 1);
    m_slots[i] = {key, index};
  }

  void grow() {
    m_slots.assign(m_slots.empty() ? 16 : 2 * m_slots.size(), Slot{});
    for (std::uint32_t i = 0; i < m_entries.size(); ++i) place(key_of(m_entries[i].first), i);
  }

  std::vector<Slot> m_slots;  // a power of two, at most half full
  std::vector<std::pair<std::string, V>> m_entries;
};

}  // namespace lint::text
