#include "command.h"

namespace RecStudio::Cli {

std::vector<Command> dataCommands()
{
    return {};
}

} // namespace RecStudio::Cli
