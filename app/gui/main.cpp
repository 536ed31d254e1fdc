#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Recommender Studio"));
    QApplication::setOrganizationName(QStringLiteral("RecommenderStudio"));
    QApplication::setApplicationVersion(QStringLiteral(RECSTUDIO_VERSION));

    RecStudio::Ui::MainWindow window;
    window.show();
    return app.exec();
}
