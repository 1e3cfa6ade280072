#include "sync/share/share_problem.h"

#include <array>

namespace rm::share {

namespace {
struct Message {
  std::string_view code, en, zh;
};

constexpr std::array kMessages = {
    Message{"unreachable",
            "The share cannot be reached (no network, a wrong address, or the server is off). Work goes on here; sync "
            "again when connected",
            "无法连接共享文件夹（没有网络、地址有误或服务器未开）。可以继续工作，联网后再同步"},
    Message{"connection_dropped",
            "The connection to the share broke off during the transfer; nothing of it counts as synced. Sync again",
            "传输途中与共享文件夹的连接中断，这一次不算同步成功，请再同步一次"},
    Message{"cors_refused",
            "The browser refused the share's answer: the server does not allow this site (CORS). Ask IT to allow it "
            "(docs/deploy.md)",
            "浏览器拒绝了共享服务器的应答：服务器未允许本站访问（CORS），请联系 IT 开放（见部署说明）"},
    Message{"unauthorized", "The share refused the user name or password",
            "共享文件夹拒绝了用户名或密码"},
    Message{"forbidden", "This user may not read or write this place on the share",
            "此用户无权读写共享文件夹中的这个位置"},
    Message{"not_webdav", "The address answers, but it is not a WebDAV share (it refuses to list a folder)",
            "此地址有应答，但不是 WebDAV 共享文件夹（不支持列出文件夹）"},
    Message{"locked", "The file is locked on the share and stayed locked through every retry. Sync again later",
            "共享上的文件被锁定，多次重试后仍未解锁，请稍后再同步"},
    Message{"precondition_exhausted",
            "The file kept changing on the share while it was written; gave up after every retry. Nothing was lost: "
            "sync again",
            "写入时共享上的文件一再被改动，重试多次后放弃。没有丢失任何内容，请再同步一次"},
    Message{"read_back_mismatch",
            "What the share gives back is not what was written, so the push does not count. Sync again; if it "
            "persists, the server alters files (ask IT)",
            "从共享读回的内容与写入的不一致，这次推送不算数。请再同步；如仍如此，是服务器改动了文件（请联系 IT）"},
    Message{"name_taken", "A file named after its content holds other content on the share; it was left as it is",
            "共享上以内容命名的文件里是别的内容，已保持原样未覆盖"},
    Message{"bad_multistatus", "The share's folder listing is not valid WebDAV XML",
            "共享文件夹返回的目录列表不是有效的 WebDAV XML"},
    Message{"not_yours", "This place on the share belongs to someone else; nothing was written there",
            "共享上的这个位置属于别人，未写入任何内容"},
    Message{"server_error", "The share answered with an error", "共享服务器返回了错误"},
};
}  // namespace

Problem share_problem(std::string_view code, std::string path, std::string_view detail) {
  const Message* m = &kMessages.back();
  for (const Message& candidate : kMessages)
    if (candidate.code == code) m = &candidate;
  Problem p{std::string(code), std::move(path), std::string(m->en), std::string(m->zh)};
  if (!detail.empty()) {
    p.message_en += " (" + std::string(detail) + ")";
    p.message_zh += "（" + std::string(detail) + "）";
  }
  return p;
}

Problem problem_for_response(const HttpResponse& response, std::string_view method, std::string path) {
  switch (response.failure) {
    case TransportFailure::unreachable: return share_problem("unreachable", std::move(path), response.detail);
    case TransportFailure::connection_dropped:
      return share_problem("connection_dropped", std::move(path), response.detail);
    case TransportFailure::cors_refused: return share_problem("cors_refused", std::move(path), response.detail);
    case TransportFailure::none: break;
  }
  const std::string status = "HTTP " + std::to_string(response.status) + " to " + std::string(method);
  switch (response.status) {
    case 401: return share_problem("unauthorized", std::move(path), status);
    case 403: return share_problem("forbidden", std::move(path), status);
    case 423: return share_problem("locked", std::move(path), status);
    case 412: return share_problem("precondition_exhausted", std::move(path), status);
    case 405:
    case 501:
      // A server without WebDAV refuses the listing method itself.
      if (method == "PROPFIND") return share_problem("not_webdav", std::move(path), status);
      break;
    default: break;
  }
  return share_problem("server_error", std::move(path), status);
}

}  // namespace rm::share
