#include "trainconfig.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace RecStudio::Model;

using ConfigChange = std::function<void(TrainConfig &)>;
Q_DECLARE_METATYPE(ConfigChange)

class TestTrainConfig : public QObject
{
    Q_OBJECT

private slots:
    void validate_defaultsAreValid();
    void validate_namesInvalidField_data();
    void validate_namesInvalidField();
    void describe_summarizesSettings();
    void algorithmNames_roundTrip();
};

void TestTrainConfig::validate_defaultsAreValid()
{
    QVERIFY(TrainConfig().validate().ok());
}

void TestTrainConfig::validate_namesInvalidField_data()
{
    QTest::addColumn<ConfigChange>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero factors") << ConfigChange([](TrainConfig &c) { c.factors = 0; })
                                  << QStringLiteral("Invalid factors 0");
    QTest::newRow("too many epochs") << ConfigChange([](TrainConfig &c) { c.epochs = 100001; })
                                     << QStringLiteral("Invalid epochs 100001");
    QTest::newRow("negative item regularization")
        << ConfigChange([](TrainConfig &c) { c.itemFactorReg = -0.5f; })
        << QStringLiteral("Invalid item factor regularization -0.5");
    QTest::newRow("NaN user bias regularization")
        << ConfigChange([](TrainConfig &c) { c.userBiasReg = NAN; })
        << QStringLiteral("Invalid user bias regularization");
    QTest::newRow("zero learning rate")
        << ConfigChange([](TrainConfig &c) { c.learningRate = 0.0f; })
        << QStringLiteral("Invalid learning rate 0");
    QTest::newRow("decay above one")
        << ConfigChange([](TrainConfig &c) { c.learningRateDecay = 1.5f; })
        << QStringLiteral("Invalid learning rate decay 1.5");
    QTest::newRow("zero threads") << ConfigChange([](TrainConfig &c) { c.threads = 0; })
                                  << QStringLiteral("Invalid threads 0");
    QTest::newRow("zero CG steps") << ConfigChange([](TrainConfig &c) { c.cgSteps = 0; })
                                   << QStringLiteral("Invalid CG steps 0");
    QTest::newRow("zero init scale") << ConfigChange([](TrainConfig &c) { c.initScale = 0.0f; })
                                     << QStringLiteral("Invalid initial scale 0");
}

void TestTrainConfig::validate_namesInvalidField()
{
    QFETCH(ConfigChange, change);
    QFETCH(QString, expected);
    TrainConfig config;
    change(config);
    const Status status = config.validate();
    QVERIFY(!status.ok());
    QVERIFY2(QString::fromStdString(status.error()).startsWith(expected),
             status.error().c_str());
}

void TestTrainConfig::describe_summarizesSettings()
{
    TrainConfig config;
    config.scaling = RegularizationScaling::Plain;
    QCOMPARE(config.describe(), std::string("ALS (Cholesky), 20 factors, λ=0.1, 20 epochs, seed 42"));

    config.algorithm = Algorithm::Sgd;
    config.learningRateDecay = 0.9f;
    config.parallelSgd = true;
    config.threads = 2;
    config.itemFactorReg = 0.2f;
    QCOMPARE(config.describe(),
             std::string("SGD, 20 factors, λ factors 0.1/0.2, bias 0.1/0.1 (user/item), learning "
                         "rate 0.01 × 0.9 per epoch, block-parallel, 20 epochs, 2 threads, "
                         "seed 42"));

    config = TrainConfig();
    QCOMPARE(config.describe(),
             std::string("ALS (Cholesky), 20 factors, λ=0.1 × ratings per row (ALS-WR), 20 "
                         "epochs, seed 42"));
    config.algorithm = Algorithm::GlobalMean;
    QCOMPARE(config.describe(), std::string("global mean"));
}

void TestTrainConfig::algorithmNames_roundTrip()
{
    for (Algorithm algorithm :
         {Algorithm::Als, Algorithm::Sgd, Algorithm::GlobalMean, Algorithm::Biases}) {
        const Result<Algorithm> parsed = algorithmFromString(toString(algorithm));
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value() == algorithm);
    }
    const Result<Algorithm> unknown = algorithmFromString("svd++");
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().find("svd++") != std::string::npos);
    QVERIFY(alsSolverFromString("CG").value() == AlsSolver::ConjugateGradient);
}

QTEST_APPLESS_MAIN(TestTrainConfig)
#include "tst_trainconfig.moc"
