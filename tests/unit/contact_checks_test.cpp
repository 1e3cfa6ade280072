// Phone numbers, identity card numbers and e-mail addresses a client record
// may keep (core/text/contact_checks.h).
#include <catch_amalgamated.hpp>

#include "core/text/contact_checks.h"

using rm::valid_email;
using rm::valid_id_number;
using rm::valid_phone;

TEST_CASE("Phones: mainland mobiles and landlines with their area code, with or without +86", "[contact_checks]") {
  CHECK(valid_phone("13800138000"));
  CHECK(valid_phone("138 0013 8000"));
  CHECK(valid_phone("138-0013-8000"));
  CHECK(valid_phone("+86 138 0013 8000"));
  CHECK(valid_phone("+8613800138000"));
  CHECK(valid_phone("0086 13800138000"));
  CHECK(valid_phone("010-6588 0342"));
  CHECK(valid_phone("(010)65880342"));
  CHECK(valid_phone("021-62345678"));
  CHECK(valid_phone("0755-2345678"));   // 4-digit area code, 7-digit number
  CHECK(valid_phone("0571 87654321"));
  CHECK(valid_phone("+86 10 6588 0342"));  // the area code drops its 0 after +86
  CHECK(valid_phone("+86-755-23456789"));

  CHECK_FALSE(valid_phone("1234567"));        // 7 digits: what the wizard used to accept
  CHECK_FALSE(valid_phone("6588 0342"));      // a landline without its area code
  CHECK_FALSE(valid_phone("1380013800"));     // 10 digits
  CHECK_FALSE(valid_phone("138001380001"));   // 12 digits
  CHECK_FALSE(valid_phone("12800138000"));    // no mobile number starts 12
  CHECK_FALSE(valid_phone("+1 415 555 0100"));
  CHECK_FALSE(valid_phone("010-0588 0342"));  // subscriber numbers start with 2-9
  CHECK_FALSE(valid_phone("0123-4567890"));   // 01x other than 010 is no area code
  CHECK_FALSE(valid_phone("138OO138000"));
  CHECK_FALSE(valid_phone("1380013800+0"));
  CHECK_FALSE(valid_phone(""));
}

TEST_CASE("ID numbers: 18 characters, a real birth date, the GB 11643 check character", "[contact_checks]") {
  CHECK(valid_id_number("11010519491231002X"));
  CHECK(valid_id_number("11010519491231002x"));
  CHECK(valid_id_number("440304199001011233"));
  CHECK(valid_id_number("310101198512154021"));

  CHECK_FALSE(valid_id_number("110105194912310021"));  // wrong check character
  CHECK_FALSE(valid_id_number("440304199001011234"));
  CHECK_FALSE(valid_id_number("11010519491231002"));   // 17
  CHECK_FALSE(valid_id_number("110105491231002"));     // the old 15-digit form
  CHECK_FALSE(valid_id_number("4403041990A1011233"));
  CHECK_FALSE(valid_id_number("440304199013011230"));  // month 13
}

TEST_CASE("E-mail: one @, a dotted domain with a real top-level label", "[contact_checks]") {
  CHECK(valid_email("li.xiaoyan@example.com"));
  CHECK(valid_email("wang+vip@mail.bank.com.cn"));
  CHECK_FALSE(valid_email("li@example"));
  CHECK_FALSE(valid_email("li@@example.com"));
  CHECK_FALSE(valid_email("@example.com"));
  CHECK_FALSE(valid_email("li@.com"));
  CHECK_FALSE(valid_email("li@example.c"));
  CHECK_FALSE(valid_email("li xy@example.com"));
  CHECK_FALSE(valid_email("li@exa mple.com"));
  CHECK_FALSE(valid_email("li..xy@example.com"));
  CHECK_FALSE(valid_email("li@example.123"));
}
