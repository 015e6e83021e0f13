/// The format writers that write as a run goes (text, JSON, SARIF); format_writer() picks one.
#pragma once

#include <memory>
#include <ostream>

#include "lint/format/format.h"

namespace lint {

std::unique_ptr<FormatWriter> text_writer(std::ostream& out, const OutputInfo& info);
std::unique_ptr<FormatWriter> json_writer(std::ostream& out, const OutputInfo& info);
std::unique_ptr<FormatWriter> sarif_writer(std::ostream& out, const Catalog& catalog, const OutputInfo& info);

}  // namespace lint
