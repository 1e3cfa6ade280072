#include "store/bundle_problems.h"

namespace rm::bundle {

namespace {
Problem make(std::string code, std::string path, std::string en, std::string zh) {
  return Problem{std::move(code), std::move(path), std::move(en), std::move(zh)};
}
std::string str(std::string_view s) { return std::string(s); }
}  // namespace

Problem not_json(size_t line, size_t column, std::string_view detail) {
  const std::string where = "line " + std::to_string(line) + ", column " + std::to_string(column);
  const std::string where_zh = "第 " + std::to_string(line) + " 行第 " + std::to_string(column) + " 列";
  return make("not_json", "",
              "not a valid JSON file (" + where + ": " + str(detail) + "); the file may be truncated or damaged",
              "不是有效的 JSON 文件（" + where_zh + "：" + str(detail) + "），文件可能不完整或已损坏");
}

Problem too_large(size_t bytes) {
  return make("too_large", "", "file too large (" + std::to_string(bytes >> 20) + " MB)",
              "文件过大（" + std::to_string(bytes >> 20) + " MB）");
}

Problem not_a_bundle(std::string path) {
  return make("not_a_bundle", std::move(path), "not an RM Planner data file (format must be \"rmplanner-bundle\")",
              "不是客户经理工作台的数据文件（format 应为 \"rmplanner-bundle\"）");
}

Problem missing(std::string path) { return make("missing", std::move(path), "missing", "缺少此项"); }

Problem wrong_type(std::string path, std::string_view en, std::string_view zh) {
  return make("wrong_type", std::move(path), "expected " + str(en), "应为" + str(zh));
}

Problem not_a_date(std::string path) {
  return make("not_a_date", std::move(path), "not a date (YYYY-MM-DD)", "不是有效日期（应为 YYYY-MM-DD）");
}

Problem not_a_timestamp(std::string path) {
  return make("not_a_timestamp", std::move(path), "not a UTC time (YYYY-MM-DDTHH:MM:SS.mmmZ)",
              "不是有效的 UTC 时间（应为 YYYY-MM-DDTHH:MM:SS.mmmZ）");
}

Problem not_an_id(std::string path) {
  return make("not_an_id", std::move(path), "not a record id (lowercase UUID)", "不是有效的记录编号（小写 UUID）");
}

Problem not_a_stamp(std::string path) {
  return make("not_a_stamp", std::move(path), "not a change stamp (wall-ms:counter:actor-id)",
              "不是有效的修改时间戳（毫秒:计数:操作人编号）");
}

Problem out_of_range(std::string path, long long lo, long long hi) {
  const std::string range = std::to_string(lo) + " … " + std::to_string(hi);
  return make("out_of_range", std::move(path), "out of range (" + range + ")", "超出范围（" + range + "）");
}

Problem unknown_code(std::string path, std::string_view code) {
  return make("unknown_code", std::move(path), "unknown value \"" + str(code) + "\"", "无法识别的取值“" + str(code) + "”");
}

Problem unknown_field(std::string path) {
  return make("unknown_field", std::move(path), "unknown field", "无法识别的字段");
}

Problem duplicate_key(std::string path) {
  return make("duplicate_key", std::move(path), "appears twice", "重复出现");
}

Problem empty_text(std::string path) { return make("empty", std::move(path), "must not be empty", "不能为空"); }

Problem no_such_lunar_date(std::string path) {
  return make("no_such_lunar_date", std::move(path), "no such lunar date", "农历中没有这一天");
}

Problem stamp_before_creation(std::string path) {
  return make("stamp_before_creation", std::move(path), "change stamp is earlier than the record's creation",
              "修改时间早于记录的创建时间");
}

Problem stamp_in_future(std::string path) {
  return make("stamp_in_future", std::move(path),
              "change time is more than a day ahead of this computer's clock; the file comes from a device whose "
              "clock is wrong, or was altered. Nothing was imported: correct that device's clock and export again",
              "修改时间比本机时钟超前一天以上，文件来自时钟有误的设备或已被改动。未导入任何内容：请校正该设备的时钟后重新导出");
}

Problem stamp_counter_too_large(std::string path) {
  return make("stamp_counter_too_large", std::move(path),
              "change stamp's counter is near its largest value; the file was altered or made by faulty software. "
              "Nothing was imported",
              "修改时间戳的计数接近上限，文件已被改动或由有缺陷的软件生成。未导入任何内容");
}

Problem too_many_records(size_t limit) {
  return make("too_many_records", "",
              "the file holds more than " + std::to_string(limit) +
                  " records or values, more than this app can open safely; nothing was imported",
              "文件中的记录或数值超过 " + std::to_string(limit) + " 个，超出本应用可安全打开的范围；未导入任何内容");
}

Problem too_deep(size_t limit) {
  return make("too_deep", "",
              "the file nests values more than " + std::to_string(limit) +
                  " levels deep, which no RM Planner file does; nothing was imported",
              "文件中的数值嵌套超过 " + std::to_string(limit) + " 层，不是本应用的数据文件；未导入任何内容");
}

Problem out_of_memory() {
  return make("out_of_memory", "",
              "not enough memory to read this file; nothing was changed and your unsaved edits are kept. "
              "Split the file or import it on a computer with more memory",
              "内存不足，无法读取此文件；未做任何修改，未保存的编辑仍在。请拆分文件，或在内存更大的电脑上导入");
}

Problem journal_check_failed(const Problem& why) {
  return make("journal_check_failed", why.path,
              "this change could not be saved: it would not load back (" + why.message_en +
                  "). Your edits are still on screen but NOT saved; export a backup and report the problem",
              "此次修改无法保存：保存后将无法读回（" + why.message_zh + "）。修改仍显示在屏幕上但尚未保存；请导出备份并报告此问题");
}

Problem duplicate_id(std::string path, std::string_view id) {
  return make("duplicate_id", std::move(path), "id " + str(id) + " is used by an earlier record",
              "编号 " + str(id) + " 与前面的记录重复");
}

Problem dangling_reference(std::string path, std::string_view id) {
  return make("dangling_reference", std::move(path), "refers to " + str(id) + ", which is not in the file",
              "引用的记录 " + str(id) + " 不在文件中");
}

Problem newer_schema(int found, int supported) {
  return make("newer_schema", "schema_version",
              "written by a newer RM Planner (schema version " + std::to_string(found) + "; this version reads up to " +
                  std::to_string(supported) + "). Update RM Planner to open it.",
              "此文件由更新版本的客户经理工作台生成（数据版本 " + std::to_string(found) + "，本版本最高支持 " +
                  std::to_string(supported) + "），请升级后再打开。");
}

Problem older_schema_unsupported(int found, int oldest) {
  return make("unsupported_schema", "schema_version",
              "schema version " + std::to_string(found) + " is not supported (oldest readable: " +
                  std::to_string(oldest) + ")",
              "不支持数据版本 " + std::to_string(found) + "（最早可读版本：" + std::to_string(oldest) + "）");
}

}  // namespace rm::bundle
