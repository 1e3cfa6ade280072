#include "core/demo/demo_names.h"

#include <array>
#include <string_view>

namespace rm::demo {

namespace {
struct Weighted {
  std::string_view text;
  int weight;  // per ten thousand of the population, roughly (2020 census order)
};

constexpr Weighted kSurnames[] = {
    {"王", 710}, {"李", 700}, {"张", 670}, {"刘", 540}, {"陈", 450}, {"杨", 310}, {"黄", 220}, {"赵", 200},
    {"吴", 200}, {"周", 190}, {"徐", 170}, {"孙", 150}, {"马", 150}, {"朱", 140}, {"胡", 130}, {"郭", 120},
    {"何", 120}, {"林", 110}, {"高", 110}, {"罗", 100}, {"郑", 100}, {"梁", 90},  {"谢", 80},  {"宋", 70},
    {"唐", 70},  {"许", 70},  {"韩", 70},  {"冯", 70},  {"邓", 70},  {"曹", 60},  {"彭", 60},  {"曾", 60},
    {"肖", 60},  {"田", 60},  {"董", 50},  {"袁", 50},  {"潘", 50},  {"于", 50},  {"蒋", 50},  {"蔡", 50},
    {"余", 50},  {"杜", 50},  {"叶", 50},  {"程", 50},  {"苏", 40},  {"魏", 40},  {"吕", 40},  {"丁", 40},
    {"任", 40},  {"沈", 40},  {"姚", 40},  {"卢", 40},  {"姜", 40},  {"崔", 30},  {"钟", 30},  {"谭", 30},
    {"陆", 30},  {"汪", 30},  {"范", 30},  {"金", 30},  {"石", 30},  {"廖", 30},  {"贾", 30},  {"夏", 30},
    {"韦", 30},  {"方", 30},  {"白", 30},  {"邹", 30},  {"孟", 30},  {"熊", 30},  {"秦", 30},  {"邱", 30},
    {"江", 30},  {"尹", 20},  {"薛", 20},  {"段", 20},  {"雷", 20},  {"侯", 20},  {"龙", 20},  {"史", 20},
    {"陶", 20},  {"黎", 20},  {"贺", 20},  {"顾", 20},  {"毛", 20},  {"郝", 20},  {"龚", 20},  {"邵", 20},
    {"万", 20},  {"钱", 20},  {"严", 20},  {"武", 20},  {"戴", 20},  {"莫", 20},  {"孔", 20},  {"汤", 20},
    {"欧阳", 5}, {"司马", 2}, {"诸葛", 1}, {"上官", 1},
};

// Given-name characters by generation: names of people born before 1970
// ("建国", "秀英") differ markedly from those born after 1990 ("子轩", "欣怡").
constexpr std::string_view kMaleOlder[] = {"建国", "建华", "国强", "志强", "国平", "建军", "卫东", "德明", "振华", "永刚",
                                           "伟",   "强",   "军",   "勇",   "刚",   "平",   "明",   "华",   "林",   "斌"};
constexpr std::string_view kFemaleOlder[] = {"秀英", "桂英", "秀兰", "玉兰", "桂兰", "凤英", "淑珍", "丽华", "红梅", "秀珍",
                                             "芳",   "敏",   "静",   "丽",   "艳",   "娟",   "霞",   "萍",   "红",   "玲"};
constexpr std::string_view kMaleMiddle[] = {"伟", "磊", "涛", "超", "鹏", "杰", "浩", "俊", "鑫", "亮", "海波", "晓东",
                                            "志刚", "文杰", "建伟", "海涛", "明辉", "春雷", "剑", "宁"};
constexpr std::string_view kFemaleMiddle[] = {"丽娜", "晓燕", "婷", "莉", "静怡", "雪", "晶", "颖", "慧", "倩", "红霞", "海燕",
                                              "丹", "琳", "洁", "燕", "梅", "蕾", "晓红", "春梅"};
constexpr std::string_view kMaleYounger[] = {"子轩", "浩然", "宇航", "俊杰", "博文", "一鸣", "家豪", "思远", "天佑", "晨阳",
                                             "子豪", "泽宇", "皓轩", "明轩", "宇", "昊", "辰", "睿", "航", "凯"};
constexpr std::string_view kFemaleYounger[] = {"欣怡", "梓涵", "雨涵", "诗涵", "可馨", "思琪", "佳怡", "雨桐", "梦瑶", "紫涵",
                                               "语嫣", "若曦", "一诺", "子怡", "悦", "萱", "琪", "瑶", "彤", "涵"};

template <size_t N>
std::string_view pick(Xoshiro256& rng, const std::string_view (&list)[N]) {
  return list[rng.below(N)];
}
}  // namespace

std::string surname(Xoshiro256& rng) {
  static const int total = [] {
    int t = 0;
    for (const auto& s : kSurnames) t += s.weight;
    return t;
  }();
  int r = static_cast<int>(rng.below(static_cast<uint64_t>(total)));
  for (const auto& s : kSurnames) {
    if (r < s.weight) return std::string(s.text);
    r -= s.weight;
  }
  return std::string(kSurnames[0].text);
}

std::string given_name(Xoshiro256& rng, Gender gender, int birth_year) {
  const bool female = gender == Gender::female;
  if (birth_year < 1970) return std::string(female ? pick(rng, kFemaleOlder) : pick(rng, kMaleOlder));
  if (birth_year < 1990) return std::string(female ? pick(rng, kFemaleMiddle) : pick(rng, kMaleMiddle));
  return std::string(female ? pick(rng, kFemaleYounger) : pick(rng, kMaleYounger));
}

std::string full_name(Xoshiro256& rng, Gender gender, int birth_year) {
  return surname(rng) + given_name(rng, gender, birth_year);
}

}  // namespace rm::demo
