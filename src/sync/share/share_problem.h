// The ways a sync through a file share fails, as Problems (core/problem.h):
// a stable code, the share path concerned, and a plain message in English
// and Chinese that says what happened and what the user can do
// (docs/data-format.md, "Sync"). Offline is a normal state: the messages say
// that work goes on.
#pragma once
#include <string>
#include <string_view>

#include "core/problem.h"
#include "sync/share/http_exchange.h"

namespace rm::share {

// Codes: unreachable, connection_dropped, cors_refused, unauthorized (401),
// forbidden (403), not_webdav (405/501 to PROPFIND), locked (423 after every
// retry), precondition_exhausted (412 after every retry), read_back_mismatch,
// name_taken (a content-named file holds other content), bad_multistatus,
// not_yours (the layout forbids this role to write there), server_error
// (any other status). DETAIL, when given, is appended in parentheses.
Problem share_problem(std::string_view code, std::string path, std::string_view detail = {});

// The problem for an answer that carried no usable result: a transport
// failure, or an HTTP status of METHOD that is not success.
Problem problem_for_response(const HttpResponse& response, std::string_view method, std::string path);

}  // namespace rm::share
