// Umbrella header of the text-analysis module (namespace lint::text): pure functions over UTF-8 text, no I/O.
#pragma once

#include "lint/text/data.h"
#include "lint/text/durations.h"
#include "lint/text/extract.h"
#include "lint/text/identifiers.h"
#include "lint/text/language.h"
#include "lint/text/markdown.h"
#include "lint/text/mojibake.h"
#include "lint/text/phrases.h"
#include "lint/text/placeholders.h"
#include "lint/text/readability.h"
#include "lint/text/types.h"
#include "lint/text/unicode_checks.h"
#include "lint/text/word_pattern.h"
