// The built-in lexicon files, compiled into the binary (see data/CMakeLists.txt).
#pragma once
#include <string_view>
#include <vector>

namespace evkg {

struct EmbeddedFile {
  std::string_view name;   // e.g. "iso_3166-1.json", "countries.json", "people_europe.json"
  std::string_view bytes;
};

const std::vector<EmbeddedFile>& embedded_files();

}  // namespace evkg
