// The written records the supervisor reads (reports.h): the communication
// report after a significant contact (客户沟通报告) and the day's work log
// (工作日志), one entry per manager per day.
#pragma once
#include <string>

#include "app/commands/command_support.h"

namespace rm {

struct WriteCommunicationReport {
  static constexpr std::string_view kind = "write_communication_report";
  static constexpr CommandLabel label{"撰写沟通报告", "Write communication report"};
  static constexpr Roles roles = Roles::manager;

  RecordId client_id;
  RecordId contact_id;  // optional: the contact it reports on (one of the client's)
  Date date;            // today or earlier
  std::string key_points;
  std::string needs;
  std::string next_actions;
};

// Saves the day's log; saving again the same day updates that day's entry.
struct SaveWorkLog {
  static constexpr std::string_view kind = "save_work_log";
  static constexpr CommandLabel label{"保存工作日志", "Save work log"};
  static constexpr Roles roles = Roles::manager;

  Date date;  // the day logged: today or earlier
  std::string morning_meeting;
  std::string contacts;
  std::string sales;
  std::string suggestions;
  std::string memo;
};

Result<Edit> decide(const WriteCommunicationReport& command, const CommandInput& in);
Result<Edit> decide(const SaveWorkLog& command, const CommandInput& in);
void read_args(CommandArgs& args, WriteCommunicationReport& command);
void read_args(CommandArgs& args, SaveWorkLog& command);

}  // namespace rm
