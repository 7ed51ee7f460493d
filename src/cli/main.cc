// figdiff: checks the figures of a text across its language versions.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <functional>
#include <string>

#include "cli/commands.h"
#include "cli/output.h"

namespace figdiff::cli {

bool FinishOutput() {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    Error(std::string("error writing output: ") + std::strerror(errno));
    return false;
  }
  return true;
}

void Error(std::string_view what) {
  std::fprintf(stderr, "figdiff: %.*s\n", static_cast<int>(what.size()), what.data());
}

}  // namespace figdiff::cli

int main(int argc, char** argv) {
  using namespace figdiff::cli;
  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  CLI::App app{
      "figdiff: checks the figures (money, percentages, counts) of a text across its "
      "language versions"};
  app.set_version_flag("--version", "figdiff 0.1.0");
  app.require_subcommand(1);
  std::function<int()> run;
  struct Subcommand {
    std::function<std::function<int()>(CLI::App&)> setup;
  };
  for (const Subcommand& sub :
       {Subcommand{SetupExtract}, Subcommand{SetupCompare}, Subcommand{SetupCheck}}) {
    std::function<int()> command = sub.setup(app);
    app.get_subcommands({}).back()->callback([&run, command] { run = command; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 exits with 100-127 on usage errors; figdiff's contract is 2.
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitError;
  }
  int status = run ? run() : kExitError;
  if (!FinishOutput()) return kExitError;
  return status;
}
