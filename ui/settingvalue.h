#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace RecStudio::Ui {

// A typed QSettings entry: one key and its default, declared next to the feature that
// uses it, so a key is never spelled twice and a missing value never reads as garbage.
template<typename T>
class SettingValue
{
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {}

    T get() const
    {
        const QSettings settings;
        return get(settings);
    }

    T get(const QSettings &settings) const
    {
        const QVariant stored = settings.value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }

    // Each QSettings object writes the file when destroyed, so code that stores several
    // values passes one object to the second overload.
    void set(const T &value) const
    {
        QSettings settings;
        set(value, settings);
    }

    void set(const T &value, QSettings &settings) const
    {
        settings.setValue(m_key, QVariant::fromValue(value));
    }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace RecStudio::Ui
