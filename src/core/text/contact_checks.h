// What a phone number, an identity card number and an e-mail address must
// look like before a client record keeps them (docs/domain.md §1, "The
// client profile"): checked once, by the client commands, so the forms, the
// JS hook, the CLI and imports refuse the same values.
#pragma once
#include <string_view>

namespace rm {

// A mainland number: an 11-digit mobile (1[3-9]…), or a landline with its
// area code (010 / 02x + 8 digits, 0xxx + 7 or 8 digits), either optionally
// after +86 / 0086 (the landline then without its leading 0). Spaces,
// hyphens and brackets around the area code are allowed.
bool valid_phone(std::string_view text);

// An 18-character resident identity number (GB 11643-1999): 17 digits, the
// birth date among them a real date, and the check character (0-9 or X).
bool valid_id_number(std::string_view text);

// name@domain.tld in ASCII: no spaces, one @, a domain of dot-separated
// labels of letters, digits and hyphens, ending in a 2+ letter label.
bool valid_email(std::string_view text);

}  // namespace rm
