#pragma once

#include "readers.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace RecStudio::Cli {

// Options that describe how to read a ratings file, shared by stats and split.
struct ReadOptionSet
{
    QCommandLineOption delimiter{QStringLiteral("delimiter"),
                                 QStringLiteral("Field delimiter: comma, semicolon, tab, pipe "
                                                "or double-colon (default: detected from the "
                                                "first line)."),
                                 QStringLiteral("name")};
    QCommandLineOption decimalComma{QStringLiteral("decimal-comma"),
                                    QStringLiteral("Ratings use a decimal comma, as in 3,5.")};
    QCommandLineOption noHeader{QStringLiteral("no-header"),
                                QStringLiteral("The file has no header line.")};
    QCommandLineOption userColumn{QStringLiteral("user-column"),
                                  QStringLiteral("User id column: header name or 1-based "
                                                 "position (default: userId)."),
                                  QStringLiteral("column")};
    QCommandLineOption itemColumn{QStringLiteral("item-column"),
                                  QStringLiteral("Item id column: header name or 1-based "
                                                 "position (default: movieId)."),
                                  QStringLiteral("column")};
    QCommandLineOption ratingColumn{QStringLiteral("rating-column"),
                                    QStringLiteral("Rating column: header name or 1-based "
                                                   "position (default: rating)."),
                                    QStringLiteral("column")};
    QCommandLineOption timestampColumn{QStringLiteral("timestamp-column"),
                                       QStringLiteral("Timestamp column: header name or "
                                                      "1-based position (default: timestamp); "
                                                      "'' reads no timestamps."),
                                       QStringLiteral("column")};
    QCommandLineOption minRating{QStringLiteral("min-rating"),
                                 QStringLiteral("Lowest valid rating (default: 0.5)."),
                                 QStringLiteral("value"), QStringLiteral("0.5")};
    QCommandLineOption maxRating{QStringLiteral("max-rating"),
                                 QStringLiteral("Highest valid rating (default: 5)."),
                                 QStringLiteral("value"), QStringLiteral("5")};

    void addTo(QCommandLineParser &parser) const;

    // Fills options from the parser; returns an error message or an empty string.
    QString read(const QCommandLineParser &parser, Model::ReadOptions &options) const;
};

} // namespace RecStudio::Cli
