#pragma once

#include <QMainWindow>

namespace RecStudio::Ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace RecStudio::Ui
