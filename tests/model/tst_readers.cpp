#include "readers.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>

using namespace RecStudio::Model;
using RecStudio::Tests::fixturePath;

namespace {

std::string fixture(const char *name)
{
    return fixturePath(QLatin1String(name)).toStdString();
}

// Rating of (user raw id, item raw id), or -1 when absent.
float ratingOf(const Dataset &dataset, const std::string &user, const std::string &item)
{
    const int32_t u = dataset.users.find(std::string_view(user));
    const int32_t i = dataset.items.find(std::string_view(item));
    for (std::size_t k = 0; k < dataset.ratings.size(); ++k) {
        if (dataset.ratings.user[k] == u && dataset.ratings.item[k] == i)
            return dataset.ratings.rating[k];
    }
    return -1.0f;
}

const Movie *movieWithId(const std::vector<Movie> &movies, const std::string &id)
{
    const auto found = std::find_if(movies.begin(), movies.end(),
                                    [&](const Movie &movie) { return movie.rawId == id; });
    return found == movies.end() ? nullptr : &*found;
}

bool hasSkip(const LoadReport &report, int64_t line, const std::string &fragment)
{
    return std::any_of(report.firstSkipped.begin(), report.firstSkipped.end(),
                       [&](const SkippedLine &skipped) {
                           return skipped.line == line
                                  && skipped.reason.find(fragment) != std::string::npos;
                       });
}

} // namespace

class TestReaders : public QObject
{
    Q_OBJECT

private slots:
    void lineFormats_readSameRatings_data();
    void lineFormats_readSameRatings();
    void duplicates_keepLatestThenLastRow_data();
    void duplicates_keepLatestThenLastRow();
    void oddNumericIds_keptExactly();
    void stringIds_keptAsText();
    void decimalComma_readsRatings();
    void decimalComma_offExplainsSkip();
    void badRatings_skippedWithLineAndReason();
    void wrongFieldCount_skippedNotShifted_data();
    void wrongFieldCount_skippedNotShifted();
    void unusableFile_isClearError_data();
    void unusableFile_isClearError();
    void columnsByPosition_withoutTimestamp();
    void columnsByName_inAnyOrder();
    void noHeader_timestampLeftOut();
    void missingColumnName_isError();
    void wrongDelimiter_namesDelimiterInHeader();
    void nanRatingScale_isNotANumberError();
    void moviesFile_quotedTitles();
    void moviesFile_bomCrlfAndMultilineTitle();
    void moviesFile_latin1FallbackReported();
    void ml100kItems_decodeLatin1();
    void folders_detectLayout();
    void movieLensDat_readsDoubleColonLayout();
    void uDataFile_detectedByLoadPath();
    void sharingIds_keepsReferenceIndices();
    void progress_reportsAndCancels();
    void garbageInput_neverCrashes();
    void movieLensSmall_readsExactFigures();
    void ml100k_readsExactFigures();
    void ml100kSplitFiles_readWithTabLayout();
};

void TestReaders::lineFormats_readSameRatings_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("UTF-8 BOM") << QStringLiteral("bom.csv");
    QTest::newRow("CRLF") << QStringLiteral("crlf.csv");
    QTest::newRow("no final newline") << QStringLiteral("no_final_newline.csv");
    QTest::newRow("blank lines") << QStringLiteral("blank_lines.csv");
}

void TestReaders::lineFormats_readSameRatings()
{
    QFETCH(QString, file);
    const Result<Dataset> dataset = readRatingsFile(fixturePath(file).toStdString());
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(dataset->ratings.size(), std::size_t(3));
    QCOMPARE(dataset->userCount(), 2);
    QCOMPARE(dataset->itemCount(), 2);
    QCOMPARE(dataset->report.rowsSkipped, int64_t(0));
    QCOMPARE(ratingOf(dataset.value(), "1", "10"), 4.0f);
    QCOMPARE(ratingOf(dataset.value(), "1", "20"), 3.5f);
    QCOMPARE(ratingOf(dataset.value(), "2", "10"), 5.0f);
    QCOMPARE(dataset->ratings.timestamp[2], int64_t(300));
    // The BOM must not end up in the first header name or id.
    QVERIFY(dataset->users.isNumeric());
}

void TestReaders::duplicates_keepLatestThenLastRow_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("rows grouped by user") << QStringLiteral("duplicates_grouped.csv");
    QTest::newRow("rows not grouped") << QStringLiteral("duplicates.csv");
}

void TestReaders::duplicates_keepLatestThenLastRow()
{
    QFETCH(QString, file);
    const Result<Dataset> dataset = readRatingsFile(fixturePath(file).toStdString());
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(dataset->report.duplicatePairs, int64_t(2));
    // (1,10) appears 3 times in duplicates.csv and twice in the grouped file.
    const int64_t expectedRows = file == QLatin1String("duplicates.csv") ? 3 : 2;
    QCOMPARE(dataset->report.duplicateRows, expectedRows);
    QCOMPARE(ratingOf(dataset.value(), "1", "10"), 2.0f); // timestamp 300 is the latest
    QCOMPARE(ratingOf(dataset.value(), "2", "10"), 1.0f); // tie at 100: the last row wins
    QCOMPARE(ratingOf(dataset.value(), "1", "20"), 3.0f);
    QCOMPARE(dataset->report.rowsKept, int64_t(dataset->ratings.size()));
    QCOMPARE(dataset->report.linesRead, int64_t(dataset->ratings.size()) + expectedRows);
}

void TestReaders::oddNumericIds_keptExactly()
{
    const Result<Dataset> dataset = readRatingsFile(fixture("odd_ids_numeric.csv"));
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QVERIFY(dataset->users.isNumeric());
    QVERIFY(dataset->items.isNumeric());
    QCOMPARE(dataset->userCount(), 4);
    QCOMPARE(dataset->users.numericId(0), int64_t(0));
    QCOMPARE(dataset->users.numericId(1), int64_t(-1));
    QCOMPARE(dataset->users.numericId(2), int64_t(9007199254740993LL));
    QCOMPARE(dataset->users.rawId(3), std::string("-9223372036854775808"));
    QCOMPARE(dataset->items.rawId(2), std::string("9223372036854775807"));
    QCOMPARE(ratingOf(dataset.value(), "9007199254740993", "9223372036854775807"), 2.5f);
    // 2^53 + 1 is not representable as a double; it must not collapse onto 2^53.
    QCOMPARE(dataset->users.find(int64_t(9007199254740992LL)), -1);
}

void TestReaders::stringIds_keptAsText()
{
    const Result<Dataset> dataset = readRatingsFile(fixture("odd_ids_strings.csv"));
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QVERIFY(!dataset->users.isNumeric());
    QCOMPARE(dataset->userCount(), 5);
    QCOMPARE(dataset->users.rawId(0), std::string("1"));
    QCOMPARE(dataset->users.rawId(1), std::string("alice"));
    QCOMPARE(dataset->users.rawId(2), std::string("007"));
    QCOMPARE(dataset->users.rawId(3), std::string("7"));
    QCOMPARE(dataset->users.rawId(4), std::string("bob, jr"));
    QCOMPARE(ratingOf(dataset.value(), "007", "10"), 2.0f);
    QCOMPARE(ratingOf(dataset.value(), "7", "10"), 1.5f);
    QCOMPARE(ratingOf(dataset.value(), "bob, jr", "tt0114709"), 5.0f);
}

void TestReaders::decimalComma_readsRatings()
{
    ReadOptions options;
    options.decimalComma = true;
    options.user.name = "user";
    options.item.name = "item";
    options.rating.name = "score";
    options.timestamp.name = "time";
    const Result<Dataset> dataset = readRatingsFile(fixture("decimal_comma.csv"), options);
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(dataset->ratings.size(), std::size_t(3));
    QCOMPARE(ratingOf(dataset.value(), "1", "10"), 3.5f);
    QCOMPARE(ratingOf(dataset.value(), "2", "10"), 4.0f);
    QCOMPARE(ratingOf(dataset.value(), "3", "20"), 0.5f);
    QCOMPARE(dataset->ratings.timestamp[1], int64_t(200));
}

void TestReaders::decimalComma_offExplainsSkip()
{
    ReadOptions options;
    options.user.name = "user";
    options.item.name = "item";
    options.rating.name = "score";
    options.timestamp.name = "time";
    const Result<Dataset> dataset = readRatingsFile(fixture("decimal_comma.csv"), options);
    QVERIFY(dataset.ok());
    QCOMPARE(dataset->ratings.size(), std::size_t(1));
    QCOMPARE(dataset->report.rowsSkipped, int64_t(2));
    QVERIFY(hasSkip(dataset->report, 2, "decimal comma"));
}

void TestReaders::badRatings_skippedWithLineAndReason()
{
    const Result<Dataset> dataset = readRatingsFile(fixture("out_of_scale.csv"));
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    const LoadReport &report = dataset->report;
    QCOMPARE(dataset->ratings.size(), std::size_t(3));
    QCOMPARE(report.rowsSkipped, int64_t(6));
    QCOMPARE(report.skipCounts.outOfScale, int64_t(3));
    QCOMPARE(report.skipCounts.badRating, int64_t(3));
    QVERIFY(hasSkip(report, 3, "outside the scale 0.5 to 5"));
    QVERIFY(hasSkip(report, 4, "rating 5.5 is outside"));
    QVERIFY(hasSkip(report, 5, "rating -1 is outside"));
    QVERIFY(hasSkip(report, 6, "not finite"));
    QVERIFY(hasSkip(report, 7, "not finite"));
    QVERIFY(hasSkip(report, 8, "'abc' is not a number"));
    QCOMPARE(ratingOf(dataset.value(), "1", "17"), 0.5f);
    QCOMPARE(ratingOf(dataset.value(), "1", "18"), 5.0f);

    ReadOptions wide;
    wide.minRating = -1.0;
    wide.maxRating = 10.0;
    const Result<Dataset> widened = readRatingsFile(fixture("out_of_scale.csv"), wide);
    QVERIFY(widened.ok());
    QCOMPARE(widened->ratings.size(), std::size_t(6));
}

void TestReaders::wrongFieldCount_skippedNotShifted_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("fieldCountSkips");
    QTest::newRow("missing fields") << QStringLiteral("missing_fields.csv") << 2 << 5 << 1;
    QTest::newRow("extra fields") << QStringLiteral("extra_fields.csv") << 2 << 2 << 2;
}

void TestReaders::wrongFieldCount_skippedNotShifted()
{
    QFETCH(QString, file);
    QFETCH(int, kept);
    QFETCH(int, skipped);
    QFETCH(int, fieldCountSkips);
    const Result<Dataset> dataset = readRatingsFile(fixturePath(file).toStdString());
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(dataset->ratings.size(), std::size_t(kept));
    QCOMPARE(dataset->report.rowsSkipped, int64_t(skipped));
    QCOMPARE(dataset->report.skipCounts.fieldCount, int64_t(fieldCountSkips));
    QCOMPARE(ratingOf(dataset.value(), "1", "10"), 4.0f);
    QCOMPARE(ratingOf(dataset.value(), "2", "10"), 3.0f);
    QCOMPARE(dataset->itemCount(), 1); // no item id was taken from a shifted column
    QVERIFY(hasSkip(dataset->report, 3, "expected 4 fields"));
}

void TestReaders::unusableFile_isClearError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QStringLiteral("is empty");
    QTest::newRow("header only") << QStringLiteral("header_only.csv")
                                 << QStringLiteral("has a header but no rating lines");
    QTest::newRow("no valid row") << QStringLiteral("no_valid_rows.csv")
                                  << QStringLiteral("no valid rating: all 2 lines were "
                                                    "skipped. First problem: line 2");
    QTest::newRow("missing file") << QStringLiteral("does_not_exist.csv")
                                  << QStringLiteral("not found");
    QTest::newRow("UTF-16") << QStringLiteral("utf16.csv") << QStringLiteral("save it as UTF-8");
    QTest::newRow("gzip") << QStringLiteral("gzipped.csv") << QStringLiteral("decompress it");
    QTest::newRow("CR only") << QStringLiteral("cr_only.csv")
                             << QStringLiteral("carriage return only");
    QTest::newRow("folder") << QStringLiteral("movielens_folder")
                            << QStringLiteral("is a folder");
}

void TestReaders::unusableFile_isClearError()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    const std::string path = fixturePath(file).toStdString();
    const Result<Dataset> dataset = readRatingsFile(path);
    QVERIFY(!dataset.ok());
    QVERIFY2(dataset.error().find(fragment.toStdString()) != std::string::npos,
             dataset.error().c_str());
    QVERIFY2(dataset.error().find(path) != std::string::npos, dataset.error().c_str());
}

void TestReaders::columnsByPosition_withoutTimestamp()
{
    ReadOptions options;
    options.user = {"", 1};
    options.item = {"", 2};
    options.rating = {"", 3};
    const Result<Dataset> dataset = readRatingsFile(fixture("pipe_no_timestamp.csv"), options);
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(dataset->ratings.size(), std::size_t(3));
    QCOMPARE(ratingOf(dataset.value(), "2", "10"), 3.5f);
    QCOMPARE(dataset->ratings.timestamp[0], int64_t(0));
    QCOMPARE(dataset->report.warnings.size(), std::size_t(1));

    options.timestamp = {"", 4};
    const Result<Dataset> missing = readRatingsFile(fixture("pipe_no_timestamp.csv"), options);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().find("position 4") != std::string::npos, missing.error().c_str());
}

void TestReaders::columnsByName_inAnyOrder()
{
    ReadOptions options;
    options.user.name = "USER";
    options.item.name = "item";
    options.rating.name = "rating";
    options.timestamp.name = "timestamp";
    const Result<Dataset> dataset = readRatingsFile(fixture("reordered_tab.tsv"), options);
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(ratingOf(dataset.value(), "x", "A"), 4.5f);
    QCOMPARE(ratingOf(dataset.value(), "y", "B"), 3.0f);
    QCOMPARE(dataset->ratings.timestamp[1], int64_t(200));
}

void TestReaders::noHeader_timestampLeftOut()
{
    ReadOptions options;
    options.hasHeader = false;
    options.timestamp.name.clear();
    const Result<Dataset> dataset = readRatingsFile(fixture("u_data_small.data"), options);
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(dataset->ratings.size(), std::size_t(4));
    QCOMPARE(dataset->ratings.timestamp[0], int64_t(0));
    QCOMPARE(ratingOf(dataset.value(), "1", "2"), 3.0f);

    options.timestamp.name = "timestamp"; // the default name takes the fourth field
    const Result<Dataset> withTime = readRatingsFile(fixture("u_data_small.data"), options);
    QVERIFY(withTime.ok());
    QCOMPARE(withTime->ratings.timestamp[0], int64_t(881250949));

    options.rating.name = "score"; // a renamed column needs a position without a header
    const Result<Dataset> unnamed = readRatingsFile(fixture("u_data_small.data"), options);
    QVERIFY(!unnamed.ok());
    QVERIFY2(unnamed.error().find("give the position of the rating column")
                 != std::string::npos,
             unnamed.error().c_str());
}

void TestReaders::missingColumnName_isError()
{
    const Result<Dataset> dataset = readRatingsFile(fixture("pipe_no_timestamp.csv"));
    QVERIFY(!dataset.ok());
    QVERIFY2(dataset.error().find("no column named 'userId'") != std::string::npos,
             dataset.error().c_str());
    QVERIFY2(dataset.error().find("columns: u, i, r") != std::string::npos,
             dataset.error().c_str());
}

void TestReaders::wrongDelimiter_namesDelimiterInHeader()
{
    // A tab-separated file read with a forced comma has a one-column header.
    ReadOptions options;
    options.delimiter = ',';
    const Result<Dataset> dataset = readRatingsFile(fixture("reordered_tab.tsv"), options);
    QVERIFY(!dataset.ok());
    QVERIFY2(dataset.error().find("no column named 'userId'") != std::string::npos,
             dataset.error().c_str());
    QVERIFY2(dataset.error().find("contains a tab") != std::string::npos,
             dataset.error().c_str());
}

void TestReaders::nanRatingScale_isNotANumberError()
{
    ReadOptions options;
    options.minRating = std::nan("");
    const Status valid = options.validate();
    QVERIFY(!valid.ok());
    QVERIFY2(valid.error().find("must be finite numbers") != std::string::npos,
             valid.error().c_str());
    QVERIFY2(valid.error().find("nan to 5 ") != std::string::npos, valid.error().c_str());
}

void TestReaders::moviesFile_quotedTitles()
{
    const Result<std::vector<Movie>> movies = readMoviesFile(fixture("movies_quoted.csv"));
    QVERIFY2(movies.ok(), movies.ok() ? "" : movies.error().c_str());
    QCOMPARE(movies->size(), std::size_t(5));
    QCOMPARE(movieWithId(movies.value(), "6")->title, std::string("Heat (1995)"));
    QCOMPARE(movieWithId(movies.value(), "11")->title,
             std::string("American President, The (1995)"));
    QCOMPARE(movieWithId(movies.value(), "7789")->title,
             std::string("11'09\"01 - September 11 (2002)"));
    const Movie *creme = movieWithId(movies.value(), "182727");
    QCOMPARE(creme->title, std::string("Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e, \"Le\" (2018)"));
    QVERIFY(creme->genres.empty());
    const std::vector<std::string> toyStory{"Adventure", "Animation", "Children", "Comedy",
                                            "Fantasy"};
    QCOMPARE(movieWithId(movies.value(), "1")->genres, toyStory);
}

void TestReaders::moviesFile_bomCrlfAndMultilineTitle()
{
    const Result<std::vector<Movie>> movies = readMoviesFile(fixture("movies_bom_crlf.csv"));
    QVERIFY2(movies.ok(), movies.ok() ? "" : movies.error().c_str());
    QCOMPARE(movies->size(), std::size_t(2));
    QCOMPARE(movies->at(0).rawId, std::string("1"));
    QCOMPARE(movies->at(0).title, std::string("Am\xC3\xA9lie (2001)"));
    QCOMPARE(movies->at(1).title, std::string("Multi\r\nline, title (1999)"));
    QCOMPARE(movies->at(1).genres, std::vector<std::string>{"Drama"});
}

void TestReaders::moviesFile_latin1FallbackReported()
{
    LoadReport report;
    const Result<std::vector<Movie>> movies = readMoviesFile(fixture("movies_latin1.csv"),
                                                             &report);
    QVERIFY2(movies.ok(), movies.ok() ? "" : movies.error().c_str());
    QCOMPARE(movies->size(), std::size_t(2));
    QCOMPARE(movies->at(0).title, std::string("Am\xC3\xA9lie (2001)"));
    QCOMPARE(movies->at(1).title, std::string("Plain (1999)"));
    QCOMPARE(report.warnings.size(), std::size_t(1));
    QVERIFY(report.warnings[0].find("Latin-1") != std::string::npos);
    QCOMPARE(report.rowsSkipped, int64_t(1));
    QCOMPARE(report.firstSkipped.at(0).line, int64_t(4));
}

void TestReaders::ml100kItems_decodeLatin1()
{
    const Result<std::vector<Movie>> movies = readMl100kItems(fixture("latin1_u.item"));
    QVERIFY2(movies.ok(), movies.ok() ? "" : movies.error().c_str());
    QCOMPARE(movies->size(), std::size_t(3));
    QCOMPARE(movies->at(0).title, std::string("Mis\xC3\xA9rables, Les (1995)"));
    QCOMPARE(movies->at(1).title, std::string("M\xC3\xBCnchhausen (1943)"));
    QCOMPARE(movies->at(2).title, std::string("Se\xC3\xB1or Plot (1990)"));
    for (const Movie &movie : movies.value())
        QVERIFY(movie.title.find("\xEF\xBF\xBD") == std::string::npos); // no U+FFFD
    QCOMPARE(movies->at(0).genres, (std::vector<std::string>{"Drama", "Romance"}));
    QCOMPARE(movies->at(1).genres, (std::vector<std::string>{"Adventure", "Comedy"}));
    QCOMPARE(movies->at(2).genres, std::vector<std::string>{"unknown"});
}

void TestReaders::folders_detectLayout()
{
    const Result<Dataset> movieLens = loadPath(fixture("movielens_folder"));
    QVERIFY2(movieLens.ok(), movieLens.ok() ? "" : movieLens.error().c_str());
    QCOMPARE(movieLens->ratings.size(), std::size_t(3));
    QCOMPARE(movieLens->movies.size(), std::size_t(3)); // one movie has no rating
    QCOMPARE(movieLens->itemCount(), 2);
    QCOMPARE(movieLens->itemTitle(movieLens->items.find(int64_t(2))),
             std::string("Heat, The (1995)"));

    const Result<Dataset> ml100k = loadPath(fixture("ml100k_folder"));
    QVERIFY2(ml100k.ok(), ml100k.ok() ? "" : ml100k.error().c_str());
    QCOMPARE(ml100k->ratings.size(), std::size_t(4));
    QCOMPARE(ml100k->userCount(), 3);
    QCOMPARE(ml100k->itemTitle(ml100k->items.find(int64_t(1))),
             std::string("Mis\xC3\xA9rables, Les (1995)"));
    QCOMPARE(ml100k->ratings.timestamp[0], int64_t(881250949));

    const Result<Dataset> neither = loadPath(fixturePath(QString()).toStdString());
    QVERIFY(!neither.ok());
    QVERIFY2(neither.error().find("neither ratings.csv") != std::string::npos,
             neither.error().c_str());
}

void TestReaders::movieLensDat_readsDoubleColonLayout()
{
    const Result<Dataset> dataset = loadPath(fixture("movielens_dat_folder"));
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(dataset->ratings.size(), std::size_t(3));
    QCOMPARE(dataset->userCount(), 2);
    QCOMPARE(ratingOf(dataset.value(), "2", "1193"), 4.5f);
    QCOMPARE(dataset->ratings.timestamp[1], int64_t(978302109));
    QCOMPARE(dataset->movies.size(), std::size_t(3));
    QCOMPARE(dataset->itemTitle(dataset->items.find(int64_t(1193))),
             std::string("One Flew Over the Cuckoo's Nest (1975)"));
    QCOMPARE(dataset->movies[1].genres,
             (std::vector<std::string>{"Animation", "Children's", "Musical"}));
    QCOMPARE(dataset->movies[2].title, std::string("Mis\xC3\xA9rables, Les (1995)"));

    // A lone ratings.dat is recognised from its first line.
    const std::string file = fixture("movielens_dat_folder") + "/ratings.dat";
    const Result<Dataset> single = loadPath(file);
    QVERIFY2(single.ok(), single.ok() ? "" : single.error().c_str());
    QCOMPARE(single->ratings.size(), std::size_t(3));
    const Result<Dataset> explicitLayout = readRatingsFile(file, ReadOptions::movieLensDat());
    QVERIFY(explicitLayout.ok());
    QCOMPARE(explicitLayout->ratings.size(), std::size_t(3));
}

void TestReaders::uDataFile_detectedByLoadPath()
{
    const Result<Dataset> dataset = loadPath(fixture("u_data_small.data"));
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(dataset->ratings.size(), std::size_t(4));
    QCOMPARE(ratingOf(dataset.value(), "3", "3"), 1.0f);

    const Result<Dataset> explicitLayout = readRatingsFile(fixture("u_data_small.data"),
                                                           ReadOptions::ml100k());
    QVERIFY(explicitLayout.ok());
    QCOMPARE(explicitLayout->ratings.size(), std::size_t(4));
}

void TestReaders::sharingIds_keepsReferenceIndices()
{
    const Result<Dataset> reference = readRatingsFile(fixture("crlf.csv"));
    QVERIFY(reference.ok());
    const Result<Dataset> other = readRatingsFileSharingIds(fixture("duplicates.csv"),
                                                            reference.value());
    QVERIFY2(other.ok(), other.ok() ? "" : other.error().c_str());
    for (const char *user : {"1", "2"})
        QCOMPARE(other->users.find(std::string_view(user)),
                 reference->users.find(std::string_view(user)));
    QCOMPARE(other->items.find(int64_t(10)), reference->items.find(int64_t(10)));
    QCOMPARE(other->users.find(int64_t(3)), 2); // new ids follow
}

void TestReaders::progress_reportsAndCancels()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const std::string path = folder.filePath(QStringLiteral("big.csv")).toStdString();
    {
        std::ofstream file(path);
        file << "userId,movieId,rating,timestamp\n";
        for (int k = 0; k < 600000; ++k)
            file << (k % 5000) << ',' << (k / 5000) << ",3.5," << k << '\n';
    }
    std::vector<double> fractions;
    const Result<Dataset> dataset = readRatingsFile(path, {}, [&](double fraction) {
        fractions.push_back(fraction);
        return true;
    });
    QVERIFY(dataset.ok());
    QCOMPARE(dataset->ratings.size(), std::size_t(600000));
    QVERIFY(fractions.size() >= 2);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.back(), 1.0);

    const Result<Dataset> canceled = readRatingsFile(path, {}, [](double) { return false; });
    QVERIFY(!canceled.ok());
    QVERIFY(isCanceled(canceled.error()));
}

// Rows built from valid and broken fields, wrong separators, stray quotes and arbitrary
// bytes must give either a dataset whose every rating is in scale or an error naming the
// problem, never a crash.
void TestReaders::garbageInput_neverCrashes()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const std::string path = folder.filePath(QStringLiteral("garbage.csv")).toStdString();
    const std::vector<std::string> tokens{"1", "2", "42", "-7", "0", "3.5", "4,5", "5.0", "6",
                                          "nan", "\"7\"", "\"a,b\"", "", "x\xFF", "1e3",
                                          "9007199254740993", "\"", " 2 ", "0.5"};
    const std::string separators = ",,,,,,;|\t";
    std::mt19937_64 engine(2024);
    int readable = 0;
    for (int round = 0; round < 300; ++round) {
        std::string text = round % 3 == 0 ? "" : "userId,movieId,rating,timestamp\n";
        const std::size_t rows = engine() % 30;
        for (std::size_t row = 0; row < rows; ++row) {
            const std::size_t fields = 3 + engine() % 3;
            for (std::size_t field = 0; field < fields; ++field) {
                if (field > 0)
                    text.push_back(separators[std::size_t(engine() % separators.size())]);
                text += tokens[std::size_t(engine() % tokens.size())];
            }
            if (engine() % 20 == 0)
                text.push_back(char(engine() % 256));
            text += engine() % 4 == 0 ? "\r\n" : "\n";
        }
        std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
        for (const bool viaLoadPath : {false, true}) {
            const Result<Dataset> dataset = viaLoadPath ? loadPath(path) : readRatingsFile(path);
            if (!dataset.ok()) {
                QVERIFY(dataset.error().find(path) != std::string::npos);
                continue;
            }
            ++readable;
            const LoadReport &report = dataset->report;
            QCOMPARE(report.rowsKept, int64_t(dataset->ratings.size()));
            QCOMPARE(report.linesRead,
                     report.rowsKept + report.rowsSkipped + report.duplicateRows);
            for (const float rating : dataset->ratings.rating)
                QVERIFY(rating >= 0.5f && rating <= 5.0f);
        }
    }
    // Both outcomes must occur, or the input is not exercising the reader.
    QVERIFY2(readable > 50 && readable < 550, qPrintable(QString::number(readable)));
}

void TestReaders::movieLensSmall_readsExactFigures()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-latest-small");
    const Result<Dataset> dataset = loadPath(folder.toStdString());
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(dataset->ratings.size(), std::size_t(100836));
    QCOMPARE(dataset->userCount(), 610);
    QCOMPARE(dataset->itemCount(), 9724);
    QCOMPARE(dataset->movies.size(), std::size_t(9742));
    QCOMPARE(dataset->report.rowsSkipped, int64_t(0));
    QCOMPARE(dataset->report.duplicatePairs, int64_t(0));
    const Movie *heat = movieWithId(dataset->movies, "6");
    QVERIFY(heat);
    QCOMPARE(heat->title, std::string("Heat (1995)"));
    QCOMPARE(dataset->itemTitle(dataset->items.find(int64_t(6))), std::string("Heat (1995)"));
    QCOMPARE(ratingOf(dataset.value(), "1", "1"), 4.0f);

    // Round trip raw id -> index -> raw id for every user and item.
    for (int32_t index = 0; index < dataset->itemCount(); ++index)
        QCOMPARE(dataset->items.find(dataset->items.numericId(index)), index);
    for (int32_t index = 0; index < dataset->userCount(); ++index)
        QCOMPARE(dataset->users.find(std::string_view(dataset->users.rawId(index))), index);
}

void TestReaders::ml100k_readsExactFigures()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-100k");
    const Result<Dataset> dataset = loadPath(folder.toStdString());
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    QCOMPARE(dataset->ratings.size(), std::size_t(100000));
    QCOMPARE(dataset->userCount(), 943);
    QCOMPARE(dataset->itemCount(), 1682);
    QCOMPARE(dataset->movies.size(), std::size_t(1682));
    const Movie *miserables = movieWithId(dataset->movies, "543");
    QVERIFY(miserables);
    QCOMPARE(miserables->title, std::string("Mis\xC3\xA9rables, Les (1995)"));
    QCOMPARE(miserables->genres, (std::vector<std::string>{"Drama", "Musical"}));
    QCOMPARE(dataset->itemTitle(dataset->items.find(int64_t(1))),
             std::string("Toy Story (1995)"));
}

void TestReaders::ml100kSplitFiles_readWithTabLayout()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-100k");
    const std::string base = QDir(folder).filePath(QStringLiteral("u1.base")).toStdString();
    const std::string test = QDir(folder).filePath(QStringLiteral("u1.test")).toStdString();
    const Result<Dataset> train = readRatingsFile(base, ReadOptions::ml100k());
    QVERIFY2(train.ok(), train.ok() ? "" : train.error().c_str());
    QCOMPARE(train->ratings.size(), std::size_t(80000));
    const Result<Dataset> probe = readRatingsFileSharingIds(test, train.value(),
                                                            ReadOptions::ml100k());
    QVERIFY2(probe.ok(), probe.ok() ? "" : probe.error().c_str());
    QCOMPARE(probe->ratings.size(), std::size_t(20000));
    const Result<Dataset> detected = loadPath(test);
    QVERIFY(detected.ok());
    QCOMPARE(detected->ratings.size(), std::size_t(20000));
}

QTEST_APPLESS_MAIN(TestReaders)
#include "tst_readers.moc"
