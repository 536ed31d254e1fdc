#include "readoptionset.h"

namespace RecStudio::Cli {

void ReadOptionSet::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({delimiter, decimalComma, noHeader, userColumn, itemColumn,
                       ratingColumn, timestampColumn, minRating, maxRating});
}

QString ReadOptionSet::read(const QCommandLineParser &parser, Model::ReadOptions &options) const
{
    if (parser.isSet(delimiter)) {
        const QString name = parser.value(delimiter).toLower();
        if (name == QLatin1String("comma") || name == QLatin1String(","))
            options.delimiter = ',';
        else if (name == QLatin1String("semicolon") || name == QLatin1String(";"))
            options.delimiter = ';';
        else if (name == QLatin1String("tab") || name == QLatin1String("\t"))
            options.delimiter = '\t';
        else if (name == QLatin1String("pipe") || name == QLatin1String("|"))
            options.delimiter = '|';
        else if (name == QLatin1String("double-colon") || name == QLatin1String("::"))
            options.delimiter = Model::doubleColon;
        else
            return QStringLiteral("invalid --delimiter '%1': use comma, semicolon, tab, "
                                  "pipe or double-colon.")
                .arg(parser.value(delimiter));
    }
    options.decimalComma = parser.isSet(decimalComma);
    options.hasHeader = !parser.isSet(noHeader);
    const std::pair<const QCommandLineOption *, Model::ColumnChoice *> columns[] = {
        {&userColumn, &options.user},
        {&itemColumn, &options.item},
        {&ratingColumn, &options.rating},
        {&timestampColumn, &options.timestamp}};
    for (const auto &[option, choice] : columns) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option);
        bool isNumber = false;
        const int position = value.toInt(&isNumber);
        if (isNumber && position < 1)
            return QStringLiteral("invalid --%1 %2: positions start at 1.")
                .arg(option->names().constFirst(), value);
        if (isNumber)
            *choice = Model::ColumnChoice{std::string(), position};
        else
            *choice = Model::ColumnChoice{value.toStdString(), 0};
    }
    bool ok = false;
    options.minRating = parser.value(minRating).toDouble(&ok);
    if (!ok)
        return QStringLiteral("invalid --min-rating '%1': expected a number such as 0.5.")
            .arg(parser.value(minRating));
    options.maxRating = parser.value(maxRating).toDouble(&ok);
    if (!ok)
        return QStringLiteral("invalid --max-rating '%1': expected a number such as 5.")
            .arg(parser.value(maxRating));
    if (Model::Status valid = options.validate(); !valid)
        return QString::fromStdString(valid.error());
    return {};
}

} // namespace RecStudio::Cli
