// Native file access for the CLI and benchmarks. The core never touches files;
// these hand it bytes.
#pragma once
#include <optional>
#include <string>

namespace rm::native {

std::optional<std::string> read_file(const std::string& path, std::string* error = nullptr);
// Writes to PATH.tmp, flushes, then renames over PATH: a crash leaves the old or the new file.
bool write_file_atomic(const std::string& path, const std::string& bytes, std::string* error = nullptr);

}  // namespace rm::native
