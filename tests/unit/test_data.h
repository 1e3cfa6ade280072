// The files of tests/data (RM_TEST_DATA, set by CMakeLists.txt), read whole.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

namespace rm::test {

inline std::string read_test_file(const std::string& name) {
  std::ifstream in(std::string(RM_TEST_DATA) + "/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace rm::test
