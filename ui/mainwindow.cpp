#include "mainwindow.h"

namespace RecStudio::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Recommender Studio"));
}

} // namespace RecStudio::Ui
