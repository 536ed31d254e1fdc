#include "idmap.h"

#include <QTest>

#include <cstdint>
#include <limits>
#include <string>

using namespace RecStudio::Model;

class TestIdMap : public QObject
{
    Q_OBJECT

private slots:
    void numericIds_roundTrip_data();
    void numericIds_roundTrip();
    void canonicalText_staysNumeric();
    void nonCanonicalText_switchesToStrings_data();
    void nonCanonicalText_switchesToStrings();
    void stringMode_keepsEarlierIndices();
    void find_missingId_returnsMinusOne();
    void manyIds_roundTripWithoutOffByOne();
    void reserve_keepsContents();
};

void TestIdMap::numericIds_roundTrip_data()
{
    QTest::addColumn<qint64>("id");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("negative") << qint64(-17);
    QTest::newRow("above 2^53") << qint64(9007199254740993LL);
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max();
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min();
}

void TestIdMap::numericIds_roundTrip()
{
    QFETCH(qint64, id);
    IdMap map;
    map.insert(int64_t(123));
    const int32_t index = map.insert(int64_t(id));
    QCOMPARE(index, 1);
    QCOMPARE(map.insert(int64_t(id)), 1);
    QVERIFY(map.isNumeric());
    QCOMPARE(map.numericId(index), int64_t(id));
    QCOMPARE(map.rawId(index), std::to_string(id));
    QCOMPARE(map.find(int64_t(id)), 1);
    QCOMPARE(map.find(std::string_view(std::to_string(id))), 1);
    QCOMPARE(map.size(), 2);
}

void TestIdMap::canonicalText_staysNumeric()
{
    IdMap map;
    QCOMPARE(map.insert(std::string_view("42")), 0);
    QCOMPARE(map.insert(std::string_view("-7")), 1);
    QCOMPARE(map.insert(std::string_view("0")), 2);
    QCOMPARE(map.insert(std::string_view("9223372036854775807")), 3);
    QVERIFY(map.isNumeric());
    QCOMPARE(map.numericId(3), std::numeric_limits<int64_t>::max());
    QCOMPARE(map.insert(int64_t(42)), 0);
}

void TestIdMap::nonCanonicalText_switchesToStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("leading zero") << QStringLiteral("007");
    QTest::newRow("plus sign") << QStringLiteral("+7");
    QTest::newRow("minus zero") << QStringLiteral("-0");
    QTest::newRow("above int64") << QStringLiteral("9223372036854775808");
    QTest::newRow("letters") << QStringLiteral("tt0114709");
    QTest::newRow("decimal") << QStringLiteral("7.0");
}

void TestIdMap::nonCanonicalText_switchesToStrings()
{
    QFETCH(QString, text);
    const std::string raw = text.toStdString();
    IdMap map;
    QCOMPARE(map.insert(int64_t(7)), 0);
    QCOMPARE(map.insert(std::string_view(raw)), 1);
    QVERIFY(!map.isNumeric());
    // The earlier numeric id keeps its index and becomes its decimal text.
    QCOMPARE(map.rawId(0), std::string("7"));
    QCOMPARE(map.find(std::string_view("7")), 0);
    QCOMPARE(map.find(int64_t(7)), 0);
    QCOMPARE(map.rawId(1), raw);
    QCOMPARE(map.find(std::string_view(raw)), 1);
    QCOMPARE(map.size(), 2);
}

void TestIdMap::stringMode_keepsEarlierIndices()
{
    IdMap map;
    for (int64_t id = 0; id < 100; ++id)
        QCOMPARE(map.insert(id * 3), int32_t(id));
    QCOMPARE(map.insert(std::string_view("alice")), 100);
    QCOMPARE(map.insert(int64_t(300)), 101);
    for (int64_t id = 0; id < 100; ++id) {
        QCOMPARE(map.find(std::string_view(std::to_string(id * 3))), int32_t(id));
        QCOMPARE(map.rawId(int32_t(id)), std::to_string(id * 3));
    }
    QCOMPARE(map.rawId(101), std::string("300"));
}

void TestIdMap::find_missingId_returnsMinusOne()
{
    IdMap map;
    QCOMPARE(map.find(int64_t(1)), -1);
    QCOMPARE(map.find(std::string_view("x")), -1);
    map.insert(int64_t(1));
    QCOMPARE(map.find(int64_t(2)), -1);
    QCOMPARE(map.find(std::string_view("01")), -1);
    QCOMPARE(map.find(std::string_view("")), -1);
    QCOMPARE(map.rawId(5), std::string());
}

// The notebook filled its matrix at id instead of index and was off by one; every raw id
// must come back from its index unchanged.
void TestIdMap::manyIds_roundTripWithoutOffByOne()
{
    IdMap map;
    const int32_t count = 200000;
    for (int32_t k = 0; k < count; ++k) {
        const int64_t id = int64_t(k) * 7919 - 500000; // negative, zero and positive ids
        QCOMPARE(map.insert(id), k);
    }
    QCOMPARE(map.size(), count);
    for (int32_t k = 0; k < count; ++k) {
        const int64_t id = int64_t(k) * 7919 - 500000;
        const int32_t index = map.find(id);
        if (index != k)
            QFAIL(qPrintable(QStringLiteral("id %1 maps to %2, expected %3").arg(id).arg(index).arg(k)));
        if (map.numericId(index) != id)
            QFAIL(qPrintable(QStringLiteral("index %1 maps back to %2").arg(index).arg(map.numericId(index))));
    }
}

void TestIdMap::reserve_keepsContents()
{
    IdMap map;
    map.insert(int64_t(5));
    map.insert(int64_t(6));
    map.reserve(100000);
    QCOMPARE(map.find(int64_t(5)), 0);
    QCOMPARE(map.find(int64_t(6)), 1);
    QCOMPARE(map.insert(int64_t(7)), 2);
}

QTEST_APPLESS_MAIN(TestIdMap)
#include "tst_idmap.moc"
