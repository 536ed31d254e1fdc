#include "command.h"

namespace RecStudio::Cli {

std::vector<Command> trainingCommands()
{
    return {};
}

} // namespace RecStudio::Cli
