#include "command.h"

namespace RecStudio::Cli {

std::vector<Command> nexusCommands()
{
    return {};
}

} // namespace RecStudio::Cli
