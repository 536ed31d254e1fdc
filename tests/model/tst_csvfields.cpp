#include "csvreader.h"
#include "csvwriter.h"
#include "textcodec.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace RecStudio::Model;

Q_DECLARE_METATYPE(std::vector<std::string>)

class TestCsvFields : public QObject
{
    Q_OBJECT

private slots:
    void split_fields_data();
    void split_fields();
    void split_badQuotes_data();
    void split_badQuotes();
    void detectDelimiter_picksMostFrequent_data();
    void detectDelimiter_picksMostFrequent();
    void csvField_roundTrip_data();
    void csvField_roundTrip();
    void appendRating_movieLensForm();
    void utf8_validation_data();
    void utf8_validation();
    void latin1_everyByteDecodes();
    void atomicWriter_keepsOldFileUntilCommit();
};

void TestCsvFields::split_fields_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<std::vector<std::string>>("fields");
    QTest::newRow("plain") << QStringLiteral("1,2,3.5,100") << ','
                           << std::vector<std::string>{"1", "2", "3.5", "100"};
    QTest::newRow("empty fields") << QStringLiteral(",a,,") << ','
                                  << std::vector<std::string>{"", "a", "", ""};
    QTest::newRow("quoted comma") << QStringLiteral("6,\"Heat, The (1995)\",Action") << ','
                                  << std::vector<std::string>{"6", "Heat, The (1995)", "Action"};
    QTest::newRow("doubled quotes") << QStringLiteral("1,\"say \"\"hi\"\"\",x") << ','
                                    << std::vector<std::string>{"1", "say \"hi\"", "x"};
    QTest::newRow("many quoted fields")
        << QStringLiteral("\"1\",\"22\",\"333\",\"a, b\",\"5\",6") << ','
        << std::vector<std::string>{"1", "22", "333", "a, b", "5", "6"};
    QTest::newRow("quoted empty") << QStringLiteral("\"\",b") << ','
                                  << std::vector<std::string>{"", "b"};
    QTest::newRow("tab") << QStringLiteral("1\t2\t3") << '\t'
                         << std::vector<std::string>{"1", "2", "3"};
    QTest::newRow("pipe with comma") << QStringLiteral("1|a,b|3") << '|'
                                     << std::vector<std::string>{"1", "a,b", "3"};
    QTest::newRow("double colon") << QStringLiteral("1::Heat: The Movie (1995)::Action")
                                  << doubleColon
                                  << std::vector<std::string>{"1", "Heat: The Movie (1995)",
                                                              "Action"};
    QTest::newRow("space before quote") << QStringLiteral("1, \"a,b\"") << ','
                                        << std::vector<std::string>{"1", "a,b"};
}

void TestCsvFields::split_fields()
{
    QFETCH(QString, line);
    QFETCH(char, delimiter);
    QFETCH(std::vector<std::string>, fields);
    FieldSplitter splitter(delimiter);
    const std::string text = line.toStdString();
    QVERIFY(splitter.split(text));
    const std::vector<std::string> actual(splitter.fields().begin(), splitter.fields().end());
    QCOMPARE(actual, fields);
}

void TestCsvFields::split_badQuotes_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("unclosed") << QStringLiteral("1,\"abc,2");
    QTest::newRow("text after closing quote") << QStringLiteral("1,\"abc\"x,2");
}

void TestCsvFields::split_badQuotes()
{
    QFETCH(QString, line);
    FieldSplitter splitter(',');
    QVERIFY(!splitter.split(line.toStdString()));
}

void TestCsvFields::detectDelimiter_picksMostFrequent_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QStringLiteral("userId,movieId,rating,timestamp") << false << ',';
    QTest::newRow("semicolon") << QStringLiteral("user;item;rating") << false << ';';
    QTest::newRow("tab") << QStringLiteral("1\t2\t3\t4") << false << '\t';
    QTest::newRow("pipe") << QStringLiteral("u|i|r") << false << '|';
    QTest::newRow("comma inside quotes") << QStringLiteral("\"a,b,c\";x;y") << false << ';';
    QTest::newRow("decimal comma row") << QStringLiteral("1;2;3,5") << true << ';';
    QTest::newRow("single column") << QStringLiteral("rating") << false << ',';
    QTest::newRow("double colon") << QStringLiteral("1::1193::5::978300760") << false
                                  << doubleColon;
}

void TestCsvFields::detectDelimiter_picksMostFrequent()
{
    QFETCH(QString, line);
    QFETCH(bool, decimalComma);
    QFETCH(char, expected);
    QCOMPARE(detectDelimiter(line.toStdString(), decimalComma), expected);
}

void TestCsvFields::csvField_roundTrip_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Toy Story (1995)");
    QTest::newRow("comma") << QStringLiteral("American President, The (1995)");
    QTest::newRow("quotes") << QStringLiteral("11'09\"01 - September 11 (2002)");
    QTest::newRow("accents") << QStringLiteral("Am\u00e9lie (2001)");
}

void TestCsvFields::csvField_roundTrip()
{
    QFETCH(QString, field);
    const std::string text = field.toStdString();
    std::string line = "1,";
    appendCsvField(line, text);
    line += ",Drama";
    FieldSplitter splitter(',');
    QVERIFY(splitter.split(line));
    QCOMPARE(splitter.fields().size(), std::size_t(3));
    QCOMPARE(std::string(splitter.fields()[1]), text);
}

void TestCsvFields::appendRating_movieLensForm()
{
    std::string out;
    for (const float rating : {0.5f, 4.0f, 3.5f, 5.0f, 3.75f}) {
        appendRating(out, rating);
        out += ' ';
    }
    QCOMPARE(out, std::string("0.5 4.0 3.5 5.0 3.75 "));
}

void TestCsvFields::utf8_validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("abc") << true;
    QTest::newRow("two bytes") << QByteArray("\xC3\xA9") << true;
    QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x8E\xAC") << true;
    QTest::newRow("latin-1 byte") << QByteArray("Mis\xE9rables") << false;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("truncated") << QByteArray("\xE2\x82") << false;
}

void TestCsvFields::utf8_validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(std::string_view(bytes.constData(), std::size_t(bytes.size()))), valid);
}

void TestCsvFields::latin1_everyByteDecodes()
{
    std::string all;
    for (int byte = 1; byte < 256; ++byte)
        all.push_back(char(byte));
    const std::string utf8 = latin1ToUtf8(all);
    QVERIFY(isValidUtf8(utf8));
    QCOMPARE(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())),
             QString::fromLatin1(all.data(), qsizetype(all.size())));
    QVERIFY(utf8.find("\xEF\xBF\xBD") == std::string::npos);
}

void TestCsvFields::atomicWriter_keepsOldFileUntilCommit()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const std::string path = folder.filePath(QStringLiteral("out.csv")).toStdString();
    {
        std::ofstream(path) << "old\n";
    }
    {
        AtomicFileWriter writer;
        QVERIFY(writer.open(path).ok());
        writer.write("new\n");
        // Destroyed without commit: the old file stays and no temporary file is left.
    }
    std::ifstream first(path);
    std::stringstream firstText;
    firstText << first.rdbuf();
    QCOMPARE(firstText.str(), std::string("old\n"));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);

    AtomicFileWriter writer;
    QVERIFY(writer.open(path).ok());
    writer.write("new\n");
    QVERIFY(writer.commit().ok());
    std::ifstream second(path);
    std::stringstream secondText;
    secondText << second.rdbuf();
    QCOMPARE(secondText.str(), std::string("new\n"));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);
}

QTEST_APPLESS_MAIN(TestCsvFields)
#include "tst_csvfields.moc"
