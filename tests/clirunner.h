#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

namespace RecStudio::Tests {

// Exit code and output of one recstudio-cli run; exitCode is -1 after a crash or a
// time-out.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the recstudio-cli binary whose path the test target defines as RECSTUDIO_CLI_PATH.
// A non-zero addressSpaceLimit caps the child's virtual memory in bytes.
inline CliRun runCli(const QStringList &arguments, rlim_t addressSpaceLimit = 0)
{
    QProcess process;
    if (addressSpaceLimit > 0) {
        process.setChildProcessModifier([addressSpaceLimit] {
            const rlimit limit{addressSpaceLimit, addressSpaceLimit};
            setrlimit(RLIMIT_AS, &limit);
        });
    }
    process.start(QStringLiteral(RECSTUDIO_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace RecStudio::Tests
