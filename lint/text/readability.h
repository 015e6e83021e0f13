// LIX readability index of a text's prose.
#pragma once

#include "lint/text/types.h"

namespace lint::text {

/// LIX = words / sentences + 100 × long words / words, where words are the prose words of `model`
/// (numbers included), sentences its sentences, and a long word has more than six letters
/// (alphabetic code points, so «særlig» has six). 0 for a text without words.
double lix(const TextModel& model);

}  // namespace lint::text
