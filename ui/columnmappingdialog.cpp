#include "columnmappingdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace RecStudio::Ui {

namespace {

constexpr int previewLines = 12;
constexpr int noColumn = 0; // combo data: 1-based position, 0 for "none"

char detectDelimiter(const QString &line)
{
    char best = ',';
    qsizetype bestCount = 0;
    for (const char candidate : {',', ';', '\t', '|'}) {
        const qsizetype count = line.count(QLatin1Char(candidate));
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

// 1-based position of the first header cell equal to one of names (ignoring case), or
// noColumn.
int guessColumn(const QStringList &header, const QStringList &names)
{
    for (int column = 0; column < header.size(); ++column) {
        const QString cell = header.at(column).trimmed().toLower();
        for (const QString &name : names) {
            if (cell == name)
                return column + 1;
        }
    }
    return noColumn;
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Read ratings file"));
    readPreview(path);

    m_delimiter = new QComboBox;
    m_delimiter->addItem(tr("Comma (,)"), int(','));
    m_delimiter->addItem(tr("Semicolon (;)"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe (|)"), int('|'));
    const char detected = detectDelimiter(m_lines.value(0));
    m_delimiter->setCurrentIndex(m_delimiter->findData(int(detected)));

    m_hasHeader = new QCheckBox(tr("The first line holds column names"));
    static const QRegularExpression digitsOnly(QStringLiteral("^[\\d\\s.,;|\\t-]*$"));
    m_hasHeader->setChecked(!digitsOnly.match(m_lines.value(0)).hasMatch());
    m_decimalComma = new QCheckBox(tr("Ratings use a decimal comma (3,5)"));

    m_user = new QComboBox;
    m_item = new QComboBox;
    m_rating = new QComboBox;
    m_timestamp = new QComboBox;
    m_minRating = new QDoubleSpinBox;
    m_maxRating = new QDoubleSpinBox;
    for (QDoubleSpinBox *box : {m_minRating, m_maxRating}) {
        box->setRange(-1000.0, 1000.0);
        box->setDecimals(2);
        box->setSingleStep(0.5);
    }
    const Model::ReadOptions defaults;
    m_minRating->setValue(defaults.minRating);
    m_maxRating->setValue(defaults.maxRating);
    m_minRating->setToolTip(tr("Rows with a lower rating are skipped and listed"));
    m_maxRating->setToolTip(tr("Rows with a higher rating are skipped and listed"));

    m_preview = new QTableWidget;
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problem = new QLabel;
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);

    auto form = new QFormLayout;
    form->addRow(tr("File:"), new QLabel(QFileInfo(path).fileName()));
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(QString(), m_hasHeader);
    form->addRow(tr("User column:"), m_user);
    form->addRow(tr("Movie column:"), m_item);
    form->addRow(tr("Rating column:"), m_rating);
    form->addRow(tr("Timestamp column:"), m_timestamp);
    form->addRow(tr("Lowest valid rating:"), m_minRating);
    form->addRow(tr("Highest valid rating:"), m_maxRating);
    form->addRow(QString(), m_decimalComma);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:")));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 560);

    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateColumns);
    connect(m_hasHeader, &QCheckBox::toggled, this, &ColumnMappingDialog::updateColumns);
    for (QComboBox *combo : {m_user, m_item, m_rating, m_timestamp}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updatePreview);
    }
    updateColumns();

    // The Open button stays disabled while a required column is missing.
    auto updateOpen = [this, buttons] {
        buttons->button(QDialogButtonBox::Open)->setEnabled(m_problem->text().isEmpty());
    };
    for (QComboBox *combo : {m_user, m_item, m_rating, m_timestamp})
        connect(combo, &QComboBox::currentIndexChanged, this, updateOpen);
    updateOpen();
}

bool ColumnMappingDialog::isKnownLayout(const QString &path)
{
    static const QRegularExpression ml100kFile(QStringLiteral("^(u\\.data|u\\d+\\.(base|test))$"));
    const QString name = QFileInfo(path).fileName();
    return name.compare(QLatin1String("ratings.csv"), Qt::CaseInsensitive) == 0
           || ml100kFile.match(name).hasMatch();
}

Model::ReadOptions ColumnMappingDialog::readOptions() const
{
    Model::ReadOptions options;
    options.delimiter = delimiter();
    options.hasHeader = m_hasHeader->isChecked();
    options.decimalComma = m_decimalComma->isChecked();
    options.minRating = m_minRating->value();
    options.maxRating = m_maxRating->value();
    // Columns are always chosen by position here: the user picked them from the preview.
    options.user = {std::string(), m_user->currentData().toInt()};
    options.item = {std::string(), m_item->currentData().toInt()};
    options.rating = {std::string(), m_rating->currentData().toInt()};
    const int timestamp = m_timestamp->currentData().toInt();
    // No timestamp column: a name that matches no header gives every rating timestamp 0.
    // NOTE: without a header the reader still takes a fourth column as the timestamp.
    options.timestamp = timestamp == noColumn ? Model::ColumnChoice{"\x01none", 0}
                                              : Model::ColumnChoice{std::string(), timestamp};
    return options;
}

void ColumnMappingDialog::readPreview(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (m_lines.size() < previewLines && !file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine(64 * 1024));
        if (m_lines.isEmpty() && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        line = line.trimmed();
        if (!line.isEmpty())
            m_lines.append(line);
    }
}

char ColumnMappingDialog::delimiter() const
{
    return char(m_delimiter->currentData().toInt());
}

void ColumnMappingDialog::updateColumns()
{
    const QChar separator = QLatin1Char(delimiter());
    const QStringList first = m_lines.value(0).split(separator);
    QStringList names;
    for (int column = 0; column < first.size(); ++column) {
        names.append(m_hasHeader->isChecked()
                         ? tr("%1: %2").arg(column + 1).arg(first.at(column).trimmed())
                         : tr("Column %1").arg(column + 1));
    }
    // Columns whose header names the role are taken first. A required role without such
    // a name gets the first column no other role took. A missing timestamp stays "none"
    // when there is a header, because a wrong guess would give nonsense dates.
    const bool hasHeader = m_hasHeader->isChecked();
    const QStringList header = hasHeader ? first : QStringList();
    int user = guessColumn(header, {QStringLiteral("userid"), QStringLiteral("user"),
                                    QStringLiteral("user_id")});
    int item = guessColumn(header, {QStringLiteral("movieid"), QStringLiteral("itemid"),
                                    QStringLiteral("item"), QStringLiteral("movie"),
                                    QStringLiteral("movie_id"), QStringLiteral("item_id")});
    int rating = guessColumn(header, {QStringLiteral("rating"), QStringLiteral("score"),
                                      QStringLiteral("stars")});
    int timestamp = guessColumn(header, {QStringLiteral("timestamp"), QStringLiteral("time"),
                                         QStringLiteral("date")});
    const auto firstUnused = [&] {
        for (int column = 1; column <= int(names.size()); ++column) {
            if (column != user && column != item && column != rating && column != timestamp)
                return column;
        }
        return noColumn;
    };
    if (user == noColumn)
        user = firstUnused();
    if (item == noColumn)
        item = firstUnused();
    if (rating == noColumn)
        rating = firstUnused();
    if (timestamp == noColumn && !hasHeader)
        timestamp = firstUnused();

    const auto fill = [&names](QComboBox *combo, int selected, bool optional) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (optional)
            combo->addItem(tr("(none)"), noColumn);
        for (int column = 0; column < names.size(); ++column)
            combo->addItem(names.at(column), column + 1);
        const int index = combo->findData(selected);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    fill(m_user, user, false);
    fill(m_item, item, false);
    fill(m_rating, rating, false);
    fill(m_timestamp, timestamp, true);
    updatePreview();
}

void ColumnMappingDialog::updatePreview()
{
    const QChar separator = QLatin1Char(delimiter());
    const int firstData = m_hasHeader->isChecked() ? 1 : 0;
    const QList<QPair<QComboBox *, QString>> roles = {
        {m_user, tr("User", "column title: raw user id")},
        {m_item, tr("Movie", "column title: raw movie id")},
        {m_rating, tr("Rating", "column title: stars given by the user")},
        {m_timestamp, tr("Timestamp", "column title: when the rating was given")}};
    m_preview->clear();
    m_preview->setColumnCount(int(roles.size()));
    m_preview->setRowCount(int(std::max<qsizetype>(0, m_lines.size() - firstData)));
    QStringList titles;
    for (const auto &role : roles)
        titles.append(role.second);
    m_preview->setHorizontalHeaderLabels(titles);
    for (int line = firstData; line < m_lines.size(); ++line) {
        const QStringList cells = m_lines.at(line).split(separator);
        for (int column = 0; column < roles.size(); ++column) {
            const int position = roles.at(column).first->currentData().toInt();
            const QString text = position > 0 ? cells.value(position - 1).trimmed() : QString();
            m_preview->setItem(line - firstData, column, new QTableWidgetItem(text));
        }
    }
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    QString problem;
    if (m_lines.isEmpty())
        problem = tr("The file is empty or cannot be read.");
    else if (m_user->currentData().toInt() == m_item->currentData().toInt())
        problem = tr("The user and movie columns must differ: choose another movie column.");
    else if (m_rating->currentData().toInt() == m_user->currentData().toInt()
             || m_rating->currentData().toInt() == m_item->currentData().toInt())
        problem = tr("The rating column must differ from the user and movie columns.");
    m_problem->setText(problem);
}

} // namespace RecStudio::Ui
