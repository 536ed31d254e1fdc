#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace RecStudio::Tests {

// Folder of the small hand-made fixtures in tests/data.
inline QString fixturePath(const QString &name)
{
    return QDir(QStringLiteral(RECSTUDIO_TEST_FIXTURES)).filePath(name);
}

// Folder that contains the MovieLens sets: RECSTUDIO_DATA_DIR when set, else the
// ../shared/data folder next to the source tree.
inline QString movieLensRoot()
{
    const QString fromEnvironment = qEnvironmentVariable("RECSTUDIO_DATA_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(RECSTUDIO_DEFAULT_DATA_DIR)
                                     : fromEnvironment;
}

// Path of one MovieLens set such as "ml-latest-small", or an empty string when absent.
inline QString movieLensDir(const QString &name)
{
    const QString path = QDir(movieLensRoot()).filePath(name);
    return QFileInfo(path).isDir() ? path : QString();
}

// Folder of the verbatim Nexus example payloads, or an empty string when absent.
inline QString nexusExamplesDir()
{
    const QString path = QStringLiteral(RECSTUDIO_NEXUS_EXAMPLES_DIR);
    return QFileInfo(path).isDir() ? QDir(path).absolutePath() : QString();
}

} // namespace RecStudio::Tests

// Skips the current test with a message naming the missing data set and how to provide it.
#define RECSTUDIO_REQUIRE_MOVIELENS(variable, name)                                          \
    const QString variable = RecStudio::Tests::movieLensDir(QStringLiteral(name));           \
    if (variable.isEmpty())                                                                  \
        QSKIP(qPrintable(QStringLiteral("MovieLens set '%1' not found under %2; set "        \
                                        "RECSTUDIO_DATA_DIR to the folder that contains it") \
                             .arg(QStringLiteral(name), RecStudio::Tests::movieLensRoot())))
