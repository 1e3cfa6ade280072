// The client profile of docs/domain.md §1 — the "one-page profile" (客户信息一纸通).
// Tier, life stage, risk level and value are derived elsewhere from these
// facts and are not stored, except a manual tier override, whose approval is
// itself a fact to keep.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/calendar/lunar_calendar.h"  // LunarDate
#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"
#include "core/money.h"
#include "core/rating/credit_rating.h"

namespace rm {

struct ContactPoint {
  Channel channel = Channel::phone;
  std::string value;  // number, WeChat id, e-mail or postal address
  friend bool operator==(const ContactPoint&, const ContactPoint&) = default;
};

struct ImportantDate {
  ImportantDateKind kind = ImportantDateKind::other;
  std::string label;  // "结婚纪念日", "女儿生日"
  Date date;          // the original date; recurs yearly
  friend bool operator==(const ImportantDate&, const ImportantDate&) = default;
};

// Money the client has said they will need by a date (docs/domain.md §5): a
// product that locks it up past that date must not be sold.
struct LiquidityNeed {
  LiquidityPurpose purpose = LiquidityPurpose::other;
  Date date;       // when the money is needed
  Fen amount = 0;  // how much, when the client said
  friend bool operator==(const LiquidityNeed&, const LiquidityNeed&) = default;
};

// The client's average daily assets at this bank as the bank reported them
// on a date (a month's statement, a tier file): the tier of each period is
// judged from the reading in force then (docs/domain.md §1, "Tier history").
struct AssetReading {
  Date date;                     // in force from this day until the next reading
  Fen average_daily_assets = 0;
  friend bool operator==(const AssetReading&, const AssetReading&) = default;
};

// A tier set by hand instead of computed from assets; docs/domain.md §1 (Bank B)
// requires the approver by tier.
struct TierOverride {
  std::string tier;         // tier code of the active policy ("platinum", "B")
  std::string approved_by;  // actor id
  Date approved_on;
  std::string reason;
  friend bool operator==(const TierOverride&, const TierOverride&) = default;
};

struct Client {
  RecordMeta meta;
  std::string name;
  Gender gender = Gender::unknown;
  std::optional<Date> birthday;             // solar (Gregorian)
  std::optional<LunarDate> lunar_birthday;  // when present, the one the client celebrates
  MaritalStatus marital_status = MaritalStatus::unknown;
  Education education = Education::unknown;
  OccupationClass occupation = OccupationClass::unknown;
  std::string employer;
  std::string job_title;
  Fen annual_income = 0;         // pre-tax
  Fen spouse_annual_income = 0;  // pre-tax
  int children = 0;
  std::vector<std::string> interests;
  std::string address;
  std::string region;
  std::vector<ContactPoint> contact_points;
  std::optional<Channel> preferred_channel;
  ContactTime preferred_time = ContactTime::any;
  std::vector<ImportantDate> important_dates;
  ClientSource source = ClientSource::unknown;
  RecordId referrer_client_id;  // when referred by another client
  std::string referrer_name;       // when referred by someone who is not a client
  Orientation orientation = Orientation::unknown;
  ValueClass value_class = ValueClass::unknown;
  Motive motive = Motive::unknown;
  Fen average_daily_assets = 0;  // financial assets at this bank, the tiering basis
  std::vector<AssetReading> asset_history;  // earlier readings, oldest first; the figure above is the latest
  Fen assets_elsewhere = 0;      // known holdings at other institutions
  std::optional<TierOverride> tier_override;
  std::optional<Date> account_opened;  // start of the relationship (3-day call-back rule)
  bool derivatives_experience = false; // docs/domain.md §5: no derivative-linked offers without it
  std::vector<LiquidityNeed> liquidity_needs;
  RecordId manager_id;
  RecordId household_id;
  std::vector<std::string> tags;
  std::string notes;
  std::string id_number;  // resident identity card number (GB 11643), when the client gave it
  // The five factors of the credit rating as the manager scored them, and
  // when (docs/domain.md §6); none until scored.
  std::optional<CreditFactors> credit_factors;
  std::optional<Date> credit_scored_on;
};

}  // namespace rm
