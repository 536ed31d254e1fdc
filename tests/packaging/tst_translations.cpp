#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Runs lupdate over the current sources into a temporary copy of each .ts file. The test
// fails when the copy has an entry that is unfinished (a new or changed string), obsolete
// or vanished (a string the sources no longer contain), so the committed translations
// cannot drift from the code. It also checks that each translation keeps the placeholders
// of its source text, because a lost %1 silently drops a value from the message.

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // empty when finished
    bool numerus = false;
    QStringList translations; // one per numerus form, or a single entry
};

struct UpdateResult
{
    QList<Message> messages;
    QString lupdateOutput;
};

QString describe(const Message &message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source.left(80));
}

QList<Message> parseTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }

    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, false, {}};
            current.numerus = xml.attributes().value(QLatin1String("numerus"))
                              == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // A numerus translation nests one <numerusform> per plural form.
            QStringList forms;
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                forms.append(xml.readElementText());
            }
            current.translations = forms;
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// Runs lupdate with the list file that the update_translations target also uses.
UpdateResult updatedCopy(const QString &tsFile, const QTemporaryDir &dir, QString *error)
{
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QFile::remove(copy);
    if (!QFile::copy(tsFile, copy)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(tsFile, copy);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(RECSTUDIO_LUPDATE_EXECUTABLE),
                  {QStringLiteral("@" RECSTUDIO_LUPDATE_LIST), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: %1 %2")
                     .arg(lupdate.errorString(), QString::fromUtf8(lupdate.readAll()));
        return {};
    }

    UpdateResult result;
    result.lupdateOutput = QString::fromUtf8(lupdate.readAll());
    result.messages = parseTs(copy, error);
    return result;
}

// True when the text marks a keyboard accelerator, as in "&File" ("&&" is a literal "&").
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return pattern.match(text).hasMatch();
}

// True when the text ends with an ellipsis, the sign that a dialog follows.
bool hasTrailingEllipsis(const QString &text)
{
    return text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1String("..."));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    QSet<QString> found;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        QString placeholder = it.next().captured();
        placeholder.remove(QLatin1Char('L')); // %L1 localizes %1 and is interchangeable
        found.insert(placeholder);
    }
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tsFile_isCompleteAfterLupdate_data() { addTsFileRows(); }
    void tsFile_isCompleteAfterLupdate();
    void tsFile_keepsPlaceholders_data() { addTsFileRows(); }
    void tsFile_keepsPlaceholders();
    void tsFile_keepsMenuMarkers_data() { addTsFileRows(); }
    void tsFile_keepsMenuMarkers();
    void lupdate_findsEveryContext();

private:
    static void addTsFileRows();

    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestTranslations::addTsFileRows()
{
    QTest::addColumn<QString>("tsFile");
    const QStringList files = QStringLiteral(RECSTUDIO_TS_FILES).split(QLatin1Char('|'));
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslations::tsFile_isCompleteAfterLupdate()
{
    QFETCH(QString, tsFile);

    QString error;
    const UpdateResult result = updatedCopy(tsFile, m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!result.messages.isEmpty(), "lupdate found no message at all");

    QStringList unfinished;
    QStringList stale;
    QStringList empty;
    for (const Message &message : result.messages) {
        if (message.type == QLatin1String("unfinished"))
            unfinished.append(describe(message));
        else if (message.type == QLatin1String("obsolete")
                 || message.type == QLatin1String("vanished"))
            stale.append(describe(message));
        else if (message.translations.contains(QString()))
            empty.append(describe(message));
    }

    const QString fix = QStringLiteral(
        "\nRun 'cmake --build <build> --target update_translations', then translate or "
        "remove these entries in %1 with Qt Linguist.")
                            .arg(tsFile);
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished entries:\n  ").arg(unfinished.size())
                        + unfinished.join(QStringLiteral("\n  ")) + fix));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("%1 obsolete or vanished entries:\n  ").arg(stale.size())
                        + stale.join(QStringLiteral("\n  ")) + fix));
    QVERIFY2(empty.isEmpty(),
             qPrintable(QStringLiteral("%1 finished entries with an empty translation:\n  ")
                            .arg(empty.size())
                        + empty.join(QStringLiteral("\n  ")) + fix));
}

void TestTranslations::tsFile_keepsPlaceholders()
{
    QFETCH(QString, tsFile);

    QString error;
    const QList<Message> messages = parseTs(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList mismatches;
    for (const Message &message : messages) {
        // Untranslated and stale entries are reported by tsFile_isCompleteAfterLupdate.
        if (!message.type.isEmpty())
            continue;
        QSet<QString> expected = placeholders(message.source);
        // A plural form for one item may spell the number out instead of using %n.
        if (message.numerus)
            expected.remove(QStringLiteral("%n"));
        for (const QString &translation : message.translations) {
            QSet<QString> actual = placeholders(translation);
            if (message.numerus)
                actual.remove(QStringLiteral("%n"));
            if (actual != expected)
                mismatches.append(describe(message) + QStringLiteral(" -> \"") + translation
                                  + QLatin1Char('"'));
        }
    }
    QVERIFY2(mismatches.isEmpty(),
             qPrintable(QStringLiteral("translations whose placeholders differ from the "
                                       "source:\n  ")
                        + mismatches.join(QStringLiteral("\n  "))));
}

// A translated menu entry keeps its accelerator, so every entry stays reachable from the
// keyboard, and its trailing ellipsis, the sign that a dialog opens.
void TestTranslations::tsFile_keepsMenuMarkers()
{
    QFETCH(QString, tsFile);

    QString error;
    const QList<Message> messages = parseTs(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList lostAccelerators;
    QStringList lostEllipses;
    for (const Message &message : messages) {
        if (!message.type.isEmpty())
            continue;
        for (const QString &translation : message.translations) {
            const QString entry = describe(message) + QStringLiteral(" -> \"") + translation
                                  + QLatin1Char('"');
            if (hasAccelerator(message.source) && !hasAccelerator(translation))
                lostAccelerators.append(entry);
            if (hasTrailingEllipsis(message.source) && !hasTrailingEllipsis(translation))
                lostEllipses.append(entry);
        }
    }
    QVERIFY2(lostAccelerators.isEmpty(),
             qPrintable(QStringLiteral("translations without the source's & accelerator:\n  ")
                        + lostAccelerators.join(QStringLiteral("\n  "))));
    QVERIFY2(lostEllipses.isEmpty(),
             qPrintable(QStringLiteral("translations without the source's trailing ellipsis:\n  ")
                        + lostEllipses.join(QStringLiteral("\n  "))));
}

// lupdate warns when tr() is called in a class without Q_OBJECT (or in a namespace): it
// then files the string under a context that the running code does not look up, so the
// translation would never show. Q_DECLARE_TR_FUNCTIONS or QCoreApplication::translate()
// with an explicit context avoid that.
void TestTranslations::lupdate_findsEveryContext()
{
    const QStringList files = QStringLiteral(RECSTUDIO_TS_FILES).split(QLatin1Char('|'));
    QString error;
    const UpdateResult result = updatedCopy(files.constFirst(), m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList warnings;
    const QStringList lines = result.lupdateOutput.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("lacks Q_OBJECT"))
            || line.contains(QLatin1String("Cannot invoke tr()")))
            warnings.append(line.trimmed());
    }
    QVERIFY2(warnings.isEmpty(), qPrintable(QStringLiteral("lupdate warnings:\n  ")
                                            + warnings.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
